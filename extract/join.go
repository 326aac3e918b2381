package extract

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// joiner is where the last line went, for the lines that continue it (a
// hard-wrapped paragraph, title or caption).
//
// The continuing lines' texts are gathered and added to their place once,
// by flush, when the run of continuing lines ends: adding each to a
// growing string would copy it once per line, and a unit of n lines
// would cost n² (a whole file read as one wrapped paragraph).
type joiner struct {
	title, block, residue, attribution bool
	caption                            int // index in d.Captions + 1, 0 when none
	text                               int // index in the text parts + 1, 0 when none

	// dst (and dst2, the text part of a block) is the text the pending
	// lines continue; names says dst is the attribution's, whose names
	// are read again from its whole text
	dst, dst2 *string
	names     *document.Attribution
	pending   []string
}

// join adds a continuing line's text (in role role) to where the line
// before it went; it reports false when that is not known, and the line
// is then placed as any other. The text is added by flush.
func (j *joiner) join(d *document.Document, role document.Role, text string, norm func(string) string, n int, parts []string) bool {
	switch {
	case j.title && role == document.RoleTitle && d.Title != nil:
		j.add(d.Title, nil, text)
	case j.block && len(d.Blocks) > 0 && blockType(role) != "" && blockType(role) == d.Blocks[len(d.Blocks)-1].Type:
		// a line continues a block of its own type only: a fragment
		// the segmenter read as a paragraph's does not join a list item
		b := &d.Blocks[len(d.Blocks)-1]
		b.Lines = append(b.Lines, n)
		var part *string
		if j.text > 0 {
			part = &parts[j.text-1]
		}
		j.add(&b.Text, part, text)
	case j.residue && role == document.RoleResidue && len(d.Residue) > 0:
		j.add(&d.Residue[len(d.Residue)-1].Text, nil, text)
	case j.attribution && role == document.RoleAttribution && d.Attribution != nil:
		j.add(&d.Attribution.Text, nil, text)
		j.names = d.Attribution
	case j.caption > 0 && (role == document.RoleCaptionAR || role == document.RoleCaptionEN):
		c := &d.Captions[j.caption-1]
		p := &c.AR
		if role == document.RoleCaptionEN {
			p = &c.EN
		}
		if *p == nil {
			return false
		}
		t := text
		if c.Credit == nil && role == document.RoleCaptionAR {
			if rest, cr, ok := fields.TrailingCredit(text); ok {
				t = norm(rest)
				c.Credit = strPtr(norm(cr))
				if ag := fields.Agency(cr); ag != "" {
					c.Agency = strPtr(ag)
				}
			}
		}
		j.add(*p, nil, t)
	default:
		return false
	}
	return true
}

// add queues text to be added to dst (and dst2), flushing what was queued
// for another place first.
func (j *joiner) add(dst, dst2 *string, text string) {
	if dst != j.dst || dst2 != j.dst2 {
		j.flush()
		j.dst, j.dst2 = dst, dst2
	}
	j.pending = append(j.pending, text)
}

// flush adds the queued texts to their place, each after a lineJoin.
func (j *joiner) flush() {
	if len(j.pending) == 0 {
		return
	}
	sep := string(lineJoin)
	s := sep + strings.Join(j.pending, sep)
	*j.dst += s
	if j.dst2 != nil {
		*j.dst2 += s
	}
	if j.names != nil {
		j.names.Names = fields.AttributionNames(j.names.Text)
	}
	j.pending, j.names = j.pending[:0], nil
}
