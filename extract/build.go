package extract

// The document builder turns an article's roled lines into the Document of
// the spec: every non-blank line lands in exactly one place (title, a
// caption, a block, the attribution, residue, or for markup the container
// fields), and the derived fields (date, dateline, agency, names, stats)
// never take text away from where it stands.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/segment"
	"github.com/sahifa/sahifa/normalize"
)

// Normalizers of the two fixed profiles that every build uses (display to
// classify, search for the fingerprint) are pooled, so that their buffers
// are reused across articles and workers.
var (
	displayPool = sync.Pool{New: func() any { return normalize.New(normalize.Display) }}
	searchPool  = sync.Pool{New: func() any { return normalize.New(normalize.Search) }}
)

// blockSeparator joins blocks in Document.Text, and in what the fingerprint
// hashes.
var blockSeparator = []byte("\n\n")

// lineJoin joins the lines of a block, and what the fingerprint hashes.
var lineJoin = []byte(" ")

// pooled takes a Normalizer from p with its counts cleared; give it back
// with p.Put once its counts have been read.
func pooled(p *sync.Pool) *normalize.Normalizer {
	n := p.Get().(*normalize.Normalizer)
	n.ResetChanges()
	return n
}

// buildSafe builds one article's document: the error record of an
// article that gave none or has too many lines; a panic in the segmenter
// or the builder gives an error record for this article alone.
func buildSafe(a *container.Article, opt Options) (d *document.Document) {
	if a.Error != nil {
		return &document.Document{SchemaVersion: document.SchemaVersion, ID: a.Fields.ID, Input: a.Input, Error: a.Error}
	}
	if len(a.Lines) > container.MaxLines {
		d = errorDoc(a.Input, document.ErrTooLarge, fmt.Sprintf("more than %d lines: not one article; split it into articles", container.MaxLines))
		if a.Input.Format == container.Text {
			d.Error.Remedy = document.RemedyContainer
		}
		d.ID = a.Fields.ID
		return d
	}
	defer func() {
		if r := recover(); r != nil {
			d = internalError(a.Input, r)
			d.ID = a.Fields.ID
		}
	}()
	return build(a, opt)
}

// build segments a (when some line has no role yet) and builds its Document.
func build(a *container.Article, opt Options) *document.Document {
	disp := pooled(&displayPool)
	defer displayPool.Put(disp)
	feats := make([]segment.Feature, len(a.Lines))
	need := false
	for i := range a.Lines {
		if a.Lines[i].Role == document.RoleMarkup {
			continue
		}
		feats[i] = segment.NewFeature(disp, a.Lines[i].Text)
		if a.Lines[i].Role == "" {
			need = true
		}
	}
	if opt.Count != nil {
		countRepeats(a, feats, opt.Count)
	}
	if need {
		src, _ := a.Fields.Container["src"].(string)
		ctx := segment.Context{HasTitle: a.HasTitle, Source: src}
		var pre []document.Line
		if opt.Recurs != nil {
			pre = append(pre, a.Lines...)
		}
		segment.Run(a.Lines, feats, ctx)
		if opt.Recurs != nil {
			applyRepeats(a, feats, pre, opt.Recurs, ctx)
		}
	}

	// Under display without options the classification copy is the output:
	// each line is normalized once.
	shared := opt.Profile == normalize.Display && len(opt.Norm) == 0
	out := disp
	if !shared {
		out = normalize.New(opt.Profile, opt.Norm...)
	}
	norm := func(s string) string { return strings.TrimSpace(out.String(strings.TrimSpace(s))) }
	lineText := func(i int) string {
		if shared && feats[i].Norm != "" {
			return feats[i].Norm
		}
		return norm(a.Lines[i].Text)
	}

	d := &document.Document{
		SchemaVersion: document.SchemaVersion,
		Input:         a.Input,
		URL:           a.Fields.URL,
		Author:        a.Fields.Author,
		Excerpt:       a.Fields.Excerpt,
		Container:     a.Fields.Container,
		Captions:      []document.Caption{},
		Blocks:        []document.Block{},
		Residue:       []document.Residue{},
		Warnings:      append([]document.Warning{}, a.Warnings...),
		Lines:         make([]document.Line, 0, len(a.Lines)),
	}
	d.ID = a.Fields.ID
	if d.ID != nil && *d.ID == "" {
		d.ID = nil
	}

	// the article's language first: it decides each block's lang
	var wordsAR, wordsEN int
	for i := range a.Lines {
		if a.Lines[i].Role == document.RoleMarkup {
			continue
		}
		wordsAR += feats[i].ArabicWords
		wordsEN += feats[i].LatinWords
	}
	lang, dir := "ar", "rtl"
	if wordsEN > wordsAR {
		lang, dir = "en", "ltr"
	}
	if wordsAR+wordsEN > 0 {
		d.Language, d.Dir = &lang, &dir
	} // else no word to tell (an empty article): both stay null
	blockLang := func(f *segment.Feature) string {
		if lang == "ar" {
			if f.Arabic > 0 {
				return "ar"
			}
			if f.Latin > 0 {
				return "en"
			}
			return "ar"
		}
		if f.Latin > 0 || f.Arabic == 0 {
			return "en"
		}
		return "ar"
	}

	var (
		stats      = document.Stats{Lines: len(a.Lines), WordsAR: wordsAR, WordsEN: wordsEN}
		textParts  []string
		pageDate   *string
		headDate   *string // a date in a residue line under the title, over the text
		headAuthor *string // a name alone, or beside a place, in such a line
		// dateAboveTitle says pageDate came from above the title: a full
		// page's banner gives the day it was read, and a date under the
		// title, the article's, wins over it
		dateAboveTitle bool
		hijri          hijriPlaces
		byline         *string
		reporter       *string // a dateline line's reporter
	)
	lastCaption := -1 // index in d.Captions of a caption_en waiting for its Arabic line
	var joined joiner
	for i := range a.Lines {
		l := &a.Lines[i]
		f := &feats[i]
		d.Lines = append(d.Lines, document.Line{N: l.N, Role: l.Role, Rule: l.Rule, Text: l.Text, Continues: l.Continues})
		raw := strings.TrimSpace(l.Text)
		if l.Continues && joined.join(d, l.Role, lineText(i), norm, l.N, textParts) {
			continue
		}
		if l.Role == document.RoleBlank && i+1 < len(a.Lines) && a.Lines[i+1].Continues {
			continue // a double-spaced document's blank line inside a wrapped block
		}
		joined.flush()
		joined = joiner{}
		hijri.line(l.Role, f.Clean)
		switch l.Role {
		case document.RoleBlank, document.RoleMarkup, "":
			if l.Role == "" && raw != "" {
				// cannot happen after segment; keep the text anyway
				d.Blocks = append(d.Blocks, document.Block{Type: document.BlockParagraph, Lang: blockLang(f), Text: lineText(i), Line: l.N, Lines: []int{l.N}})
			}
			continue
		case document.RoleTitle:
			if d.Title == nil {
				t := lineText(i)
				t = segment.H1Text(t) // without a converter's marks: html2text's `****** العنوان ******`, Markdown's `# العنوان`
				d.Title = &t
				joined.title = true
			} else {
				d.Blocks = append(d.Blocks, document.Block{Type: document.BlockHeading, Lang: blockLang(f), Text: lineText(i), Line: l.N, Lines: []int{l.N}})
				stats.Headings++
				joined.block = true
			}
			lastCaption = -1
		case document.RoleCaptionEN:
			c := document.Caption{EN: strPtr(lineText(i)), Line: l.N}
			c.Place, c.Date = fields.CaptionDatePlace(f.Clean)
			if ag := fields.CaptionAgency(f.Clean); ag != "" {
				c.Agency = strPtr(ag)
			} else if _, cr, ok := fields.BareCredit(f.Clean); ok {
				c.Agency = strPtr(fields.Agency(cr))
			}
			d.Captions = append(d.Captions, c)
			lastCaption = len(d.Captions) - 1
			joined.caption = lastCaption + 1
			continue
		case document.RoleCaptionAR:
			var c *document.Caption
			if lastCaption >= 0 && segment.PrevWithText(a.Lines, i) >= 0 && a.Lines[segment.PrevWithText(a.Lines, i)].Role == document.RoleCaptionEN {
				c = &d.Captions[lastCaption]
			} else {
				d.Captions = append(d.Captions, document.Caption{Line: l.N})
				c = &d.Captions[len(d.Captions)-1]
			}
			arText := raw
			if t, cr, ok := fields.TrailingCredit(raw); ok {
				arText = t
				c.Credit = strPtr(norm(cr))
				if ag := fields.Agency(cr); ag != "" {
					c.Agency = strPtr(ag)
				}
			} else if t, cr, ok := fields.BareCredit(raw); ok {
				arText = t
				c.Credit = strPtr(norm(cr))
				c.Agency = strPtr(fields.Agency(cr))
			} else if n := segment.NextWithText(a.Lines, i); n >= 0 && a.Lines[n].Role == document.RoleCredit {
				cr := strings.Trim(strings.TrimSpace(a.Lines[n].Text), "() ")
				c.Credit = strPtr(norm(cr))
				if ag := fields.Agency(cr); ag != "" {
					c.Agency = strPtr(ag)
				}
			}
			c.AR = strPtr(norm(arText))
			lastCaption = -1
			joined.caption = len(d.Captions)
			continue
		case document.RoleAttribution:
			body := fields.AttributionBody(lineText(i))
			d.Attribution = &document.Attribution{Text: body.Text, Names: fields.AttributionNames(body.Names), Line: l.N}
			if body.Label != "" {
				d.Attribution.Label = &body.Label
			}
			joined.attribution = true
		case document.RoleResidue:
			d.Residue = append(d.Residue, document.Residue{Text: lineText(i), Kind: segment.ResidueKind(l.Rule), Line: l.N})
			joined.residue = true
			if d.Title != nil && stats.Paragraphs == 0 && f.Words <= maxHeadDateWords {
				// the article's head, under its title, over its text: a
				// date beside the author's name or the section's, the
				// author's name alone or beside the place
				if s, _, _, ok := fields.FindDate(f.Clean); ok && headDate == nil {
					headDate = &s
				}
				if headAuthor == nil {
					headAuthor = fields.HeadName(f.Clean)
				}
			}
		default:
			typ := blockType(l.Role)
			text := lineText(i)
			d.Blocks = append(d.Blocks, document.Block{Type: typ, Lang: blockLang(f), Text: text, Line: l.N, Lines: []int{l.N}})
			joined.block = true
			switch typ {
			case document.BlockParagraph:
				stats.Paragraphs++
				textParts = append(textParts, text)
				joined.text = len(textParts)
			case document.BlockHeading:
				stats.Headings++
				textParts = append(textParts, text)
				joined.text = len(textParts)
			case document.BlockListItem:
				stats.ListItems++
				textParts = append(textParts, text)
				joined.text = len(textParts)
			case document.BlockByline:
				if pageDate == nil || dateAboveTitle && d.Title != nil { // `حاورته: فلان الأحد 25 نوفمبر 2012`
					if s, _, _, ok := fields.FindDate(f.Clean); ok {
						pageDate, dateAboveTitle = &s, d.Title == nil
					}
				}
				if byline == nil {
					var au string
					switch l.Rule {
					case segment.RuleNameLine, segment.RuleNameAtTop, segment.RuleNameSignoff:
						au = fields.Name(f.Clean) // a name alone on its line is the author's
						if b, ok := fields.ParseBylineLine(f.Clean); ok && l.Rule == segment.RuleNameSignoff {
							au = b.Reporter // `مختار اليافعي - الرياض`
						}
					case segment.RuleSourceByline: // `المصدر: النهار - بسكال لوقا`
						au = fields.SourceReporter(f.Clean)
					case segment.RulePublishedByline: // `محمد السرارنشر في ميثاق الرابطة يوم …`
						au = fields.PublishedByline(f.Clean)
					case segment.RuleBylineUnderTitle: // `محمد شركي2020-03-26`
						au = fields.LooseByline(f.Clean)
					case segment.RuleBylineShape: // `صوفيا - محمد خلف:`
						if b, ok := fields.ParseBylineLine(f.Clean); ok {
							au = b.Reporter
							if d.Dateline == nil && b.Place != "" {
								d.Dateline = &document.Dateline{Text: strings.TrimSpace(l.Text), Place: &b.Place, Line: l.N}
							}
						}
					default:
						au = fields.BylineAuthor(f.Clean)
					}
					if au != "" {
						byline = strPtr(au)
					}
				}
			case document.BlockDateline:
				if pageDate == nil || dateAboveTitle && d.Title != nil {
					if s, _, _, ok := fields.FindDate(f.Clean); ok {
						pageDate, dateAboveTitle = &s, d.Title == nil
					}
				}
				parts := datelineParts(f, l)
				if d.Dateline == nil && l.Rule != segment.RuleDateLine && l.Rule != segment.RuleDateUnderTitle {
					d.Dateline = lineDateline(f, l, parts)
				}
				if reporter == nil { // `بغداد- حسين ثغب التميمي`
					if r := fields.DatelineReporter(parts); r != "" {
						reporter = &r
					} else if b, ok := fields.ParseBylineLine(f.Clean); ok && l.Rule == segment.RuleDatedByline {
						reporter = &b.Reporter
					}
				}
			}
		}
		lastCaption = -1
	}
	joined.flush()
	stats.Captions = len(d.Captions)

	// dateline: the container's, a dateline line, or the start of the
	// first paragraph
	if a.Fields.Dateline != nil {
		dl := document.Dateline{Text: *a.Fields.Dateline}
		dl.Place, dl.Agency = fields.DatelineParts(fields.DashSplit(script.Clean(*a.Fields.Dateline)))
		for i := range a.Lines {
			if a.Lines[i].Role == document.RoleDateline {
				dl.Line = a.Lines[i].N
				break
			}
		}
		d.Dateline = &dl
	}
	// the first paragraph may open with a dateline, or a byline; the
	// decks over it (headings) do not count
	heads := 0
	for k, b := range d.Blocks {
		if k-heads > 3 || k > 12 {
			break
		}
		if b.Type == document.BlockHeading {
			heads++
		}
		if b.Type != document.BlockParagraph {
			continue
		}
		idx := lineIndex(a, b.Line)
		if idx < 0 {
			break
		}
		c := feats[idx].Clean
		found := false
		if d.Dateline == nil || d.Dateline.Place == nil && d.Dateline.Agency == nil {
			// none yet, or a date alone (`<DATELINE>08/12/2009`): the
			// paragraph's opening may name the place
			if t, pl, ag, ok := fields.PrefixDateline(c); ok {
				d.Dateline = &document.Dateline{Text: t, Place: pl, Agency: ag, Line: b.Line}
				found = true
			}
		}
		if rep, pl, ok := fields.PrefixByline(c); ok {
			found = true
			if byline == nil {
				byline = &rep
			}
			if d.Dateline == nil && pl != nil {
				t, _, _ := strings.Cut(c, ":")
				d.Dateline = &document.Dateline{Text: strings.TrimSpace(t), Place: pl, Line: b.Line}
			}
		}
		if f := &feats[idx]; !found && len(b.Lines) == 1 && f.Words < 15 && !f.SentenceEnd() {
			heads++ // a deck left a paragraph: the body is further on
			continue
		}
		break
	}

	// date: container, a date line of the page, a date in the article's
	// head, the first caption's date
	d.Date = a.Fields.Date // an ISO date: containers parse theirs
	if d.Date == nil && pageDate != nil {
		d.Date = pageDate
	}
	if d.Date == nil {
		d.Date = headDate
	}
	if d.Date == nil {
		for _, c := range d.Captions {
			if c.Date != nil {
				d.Date = c.Date
				break
			}
		}
	}
	d.DateHijri = hijri.date(a) // recorded beside date, never converted
	if d.Title == nil && a.Fields.Title != nil {
		// the title lines win: a multi-line container title gives its first
		// line as the title and the next as headings
		t := norm(*a.Fields.Title)
		d.Title = &t
	}
	if d.Author == nil && byline != nil {
		d.Author = byline
	}
	if d.Author == nil && reporter != nil {
		d.Author = reporter
	}
	if d.Author == nil && d.Title != nil { // `معاناة الكتب من خصومها / الحسن ولد الشيخ`
		if au := fields.TitleAuthor(*d.Title); au != "" {
			d.Author = &au
		}
	}
	if d.Author == nil {
		d.Author = headAuthor
	}

	text := strings.Join(textParts, "\n\n")
	d.Text = &text
	// the fingerprint is taken on the search profile of the raw text, so it
	// does not depend on the output profile or its options
	search := pooled(&searchPool)
	defer searchPool.Put(search)
	h := sha256.New()
	first := true
	for i := range a.Lines {
		switch blockType(a.Lines[i].Role) {
		case document.BlockParagraph, document.BlockHeading, document.BlockListItem:
			if a.Lines[i].Role == document.RoleTitle {
				continue
			}
			switch {
			case a.Lines[i].Continues && !first:
				h.Write(lineJoin)
			case !first:
				h.Write(blockSeparator)
			}
			first = false
			search.WriteString(h, strings.TrimSpace(a.Lines[i].Text))
		}
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	fp := "sha256:" + hex.EncodeToString(sum[:])
	d.Fingerprint = &fp
	d.Stats = &stats
	changes := map[string]int{}
	for k, v := range out.Changes() {
		changes[k] += v
	}
	d.Normalization = &document.Normalization{Profile: opt.Profile.String(), Changes: changes}

	nonBlank := 0
	for i := range a.Lines {
		if a.Lines[i].Role != document.RoleBlank && a.Lines[i].Role != document.RoleMarkup {
			nonBlank++
		}
	}
	if nonBlank == 0 {
		d.Warnings = append(d.Warnings, document.Warning{Code: document.WarnEmpty, Message: "the article has no text"})
	} else if d.Title == nil {
		d.Warnings = append(d.Warnings, document.Warning{Code: document.WarnNoTitle, Message: "no title line found and the container gave none"})
	}
	return d
}

// blockType maps a line role to its block type, "" when it makes no block.
func blockType(r document.Role) string {
	switch r {
	case document.RoleParagraph:
		return document.BlockParagraph
	case document.RoleHeading, document.RoleTitle:
		return document.BlockHeading
	case document.RoleListItem:
		return document.BlockListItem
	case document.RoleByline:
		return document.BlockByline
	case document.RoleDateline:
		return document.BlockDateline
	case document.RoleCredit:
		return document.BlockCredit
	case document.RoleEmbed:
		return document.BlockEmbed
	}
	return ""
}

func lineIndex(a *container.Article, n int) int {
	for i := range a.Lines {
		if a.Lines[i].N == n {
			return i
		}
	}
	return -1
}

// datelineParts are the parts of a dateline line: its dashed parts, or
// for a dated dateline the parts around its date (`العواصم: الوكالات
// 2012-07-08 12:06 AM`).
func datelineParts(f *segment.Feature, l *document.Line) []string {
	if l.Rule == segment.RuleDatedDateline {
		if _, parts, ok := fields.DatedDateline(f.Clean); ok {
			return parts
		}
	}
	return fields.DashSplit(f.Clean)
}

// lineDateline reads a line that is only a dateline, as the rule that
// decided it says it is written; parts are its datelineParts.
func lineDateline(f *segment.Feature, l *document.Line, parts []string) *document.Dateline {
	dl := &document.Dateline{Text: strings.TrimSpace(l.Text), Line: l.N}
	switch l.Rule {
	case segment.RuleSPADateline:
		dl.Place, dl.Agency = fields.SPADateline(f.Clean)
	case segment.RuleAgencyDateline:
		dl.Place, dl.Agency = fields.AgencyDateline(f.Clean)
	case segment.RulePlaceReporter: // `الجزائر: سمية يوسفي`
		if i := strings.IndexAny(f.Clean, ":/"); i > 0 {
			dl.Place = strPtr(strings.TrimSpace(f.Clean[:i]))
		}
	case segment.RuleDatedByline: // `الخميس 03 ماي 2012الجزائر: حميد عبد القادر`
		if b, ok := fields.ParseBylineLine(f.Clean); ok && b.Place != "" {
			dl.Place = &b.Place
		}
	default: // `الرياض - واس`; a dated dateline's parts around its date
		dl.Place, dl.Agency = fields.DatelineParts(parts)
	}
	return dl
}

func strPtr(s string) *string { return &s }

// maxHeadDateWords is the most words of a line of an article's head
// (under its title, over its text) that the date is read from.
const maxHeadDateWords = 12
