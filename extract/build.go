package extract

// The document builder turns an article's roled lines into the Document of
// the spec: every non-blank line lands in exactly one place (title, a
// caption, a block, the attribution, residue, or for markup the container
// fields), and the derived fields (date, dateline, agency, names, stats)
// never take text away from where it stands.

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"
	"sync"

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

// pooled takes a Normalizer from p with its counts cleared; give it back
// with p.Put once its counts have been read.
func pooled(p *sync.Pool) *normalize.Normalizer {
	n := p.Get().(*normalize.Normalizer)
	n.ResetChanges()
	return n
}

// build segments a (when some line has no role yet) and builds its Document.
func build(a *article, opt Options) *Document {
	disp := pooled(&displayPool)
	defer displayPool.Put(disp)
	feats := make([]lineFeat, len(a.Lines))
	need := false
	for i := range a.Lines {
		if a.Lines[i].Role == RoleMarkup {
			continue
		}
		feats[i] = newLineFeat(disp, a.Lines[i].Text)
		if a.Lines[i].Role == "" {
			need = true
		}
	}
	if need {
		segmentFeats(a.Lines, feats, a.HasTitle)
		containerRules(a, feats)
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
		if shared && feats[i].norm != "" {
			return feats[i].norm
		}
		return norm(a.Lines[i].Text)
	}

	d := &Document{
		SchemaVersion: SchemaVersion,
		Input:         a.Input,
		URL:           a.Fields.URL,
		Author:        a.Fields.Author,
		Excerpt:       a.Fields.Excerpt,
		Container:     a.Fields.Container,
		Captions:      []Caption{},
		Blocks:        []Block{},
		Residue:       []Residue{},
		Warnings:      append([]Warning{}, a.Warnings...),
		Lines:         make([]Line, 0, len(a.Lines)),
	}
	d.ID = docID(a)

	// the article's language first: it decides each block's lang
	var wordsAR, wordsEN int
	for i := range a.Lines {
		if a.Lines[i].Role == RoleMarkup {
			continue
		}
		wordsAR += feats[i].wa
		wordsEN += feats[i].we
	}
	lang, dir := "ar", "rtl"
	if wordsEN > wordsAR {
		lang, dir = "en", "ltr"
	}
	d.Language, d.Dir = &lang, &dir
	blockLang := func(f *lineFeat) string {
		if lang == "ar" {
			if f.ar > 0 {
				return "ar"
			}
			if f.lat > 0 {
				return "en"
			}
			return "ar"
		}
		if f.lat > 0 || f.ar == 0 {
			return "en"
		}
		return "ar"
	}

	var (
		stats     = Stats{Lines: len(a.Lines), WordsAR: wordsAR, WordsEN: wordsEN}
		textParts []string
		pageDate  *string
		byline    *string
	)
	lastCaption := -1 // index in d.Captions of a caption_en waiting for its Arabic line
	for i := range a.Lines {
		l := &a.Lines[i]
		f := &feats[i]
		d.Lines = append(d.Lines, Line{N: l.N, Role: l.Role, Rule: l.Rule, Text: l.Text})
		raw := strings.TrimSpace(l.Text)
		switch l.Role {
		case RoleBlank, RoleMarkup, "":
			if l.Role == "" && raw != "" {
				// cannot happen after segment; keep the text anyway
				d.Blocks = append(d.Blocks, Block{Type: BlockParagraph, Lang: blockLang(f), Text: lineText(i), Line: l.N})
			}
			continue
		case RoleTitle:
			if d.Title == nil {
				t := lineText(i)
				d.Title = &t
			} else {
				d.Blocks = append(d.Blocks, Block{Type: BlockHeading, Lang: blockLang(f), Text: lineText(i), Line: l.N})
				stats.Headings++
			}
			lastCaption = -1
		case RoleCaptionEN:
			c := Caption{EN: strPtr(lineText(i)), Line: l.N}
			c.Place, c.Date = captionDatePlace(f.c)
			if ag := agencyInEnglish(f.c); ag != "" {
				c.Agency = strPtr(ag)
			}
			d.Captions = append(d.Captions, c)
			lastCaption = len(d.Captions) - 1
			continue
		case RoleCaptionAR:
			var c *Caption
			if lastCaption >= 0 && prevNonBlank(a.Lines, i) >= 0 && a.Lines[prevNonBlank(a.Lines, i)].Role == RoleCaptionEN {
				c = &d.Captions[lastCaption]
			} else {
				d.Captions = append(d.Captions, Caption{Line: l.N})
				c = &d.Captions[len(d.Captions)-1]
			}
			arText := raw
			if t, cr, ok := trailingCredit(raw); ok {
				arText = t
				c.Credit = strPtr(norm(cr))
				if ag := agencyOf(cr); ag != "" {
					c.Agency = strPtr(ag)
				}
			} else if n := nextNonBlank(a.Lines, i); n >= 0 && a.Lines[n].Role == RoleCredit {
				cr := strings.Trim(strings.TrimSpace(a.Lines[n].Text), "() ")
				c.Credit = strPtr(norm(cr))
				if ag := agencyOf(cr); ag != "" {
					c.Agency = strPtr(ag)
				}
			}
			c.AR = strPtr(norm(arText))
			lastCaption = -1
			continue
		case RoleAttribution:
			body := attributionBody(lineText(i))
			d.Attribution = &Attribution{Text: body.text, Names: attributionNames(body.names), Line: l.N}
		case RoleResidue:
			d.Residue = append(d.Residue, Residue{Text: lineText(i), Kind: residueKind(l.Rule), Line: l.N})
		default:
			typ := blockType(l.Role)
			text := lineText(i)
			d.Blocks = append(d.Blocks, Block{Type: typ, Lang: blockLang(f), Text: text, Line: l.N})
			switch typ {
			case BlockParagraph:
				stats.Paragraphs++
				textParts = append(textParts, text)
			case BlockHeading:
				stats.Headings++
				textParts = append(textParts, text)
			case BlockListItem:
				stats.ListItems++
				textParts = append(textParts, text)
			case BlockByline:
				if byline == nil {
					if au := bylineAuthor(f.c, l.Rule); au != "" {
						byline = strPtr(au)
					}
				}
			case BlockDateline:
				if pageDate == nil {
					if s, ok := arabicDate(f.c); ok {
						pageDate = &s
					} else if s, ok := numericDate(f.c); ok {
						pageDate = &s
					}
				}
				if d.Dateline == nil && l.Rule != ruleDateLine {
					d.Dateline = lineDateline(f, l)
				}
			}
		}
		lastCaption = -1
	}
	stats.Captions = len(d.Captions)

	// dateline: the container's, a dateline line, or the start of the
	// first paragraph
	if a.Fields.Dateline != nil {
		dl := Dateline{Text: *a.Fields.Dateline}
		parts := dashSplit(cleanForClass(*a.Fields.Dateline))
		dl.Place, dl.Agency = parseDatelineParts(parts)
		for i := range a.Lines {
			if a.Lines[i].Role == RoleDateline {
				dl.Line = a.Lines[i].N
				break
			}
		}
		d.Dateline = &dl
	}
	if d.Dateline == nil {
		for k, b := range d.Blocks {
			if k > 3 {
				break
			}
			if b.Type != BlockParagraph {
				continue
			}
			idx := lineIndex(a, b.Line)
			if idx < 0 {
				break
			}
			if t, pl, ag, ok := prefixDateline(feats[idx].c); ok {
				d.Dateline = &Dateline{Text: t, Place: pl, Agency: ag, Line: b.Line}
			}
			break
		}
	}

	// date: container, a date line of the page, the first caption's date
	if a.Fields.Date != nil {
		if s, ok := containerDate(*a.Fields.Date); ok {
			d.Date = &s
		}
	}
	if d.Date == nil && pageDate != nil {
		d.Date = pageDate
	}
	if d.Date == nil {
		for _, c := range d.Captions {
			if c.Date != nil {
				d.Date = c.Date
				break
			}
		}
	}
	if d.Title == nil && a.Fields.Title != nil {
		// the title lines win: a multi-line container title gives its first
		// line as the title and the next as headings
		t := norm(*a.Fields.Title)
		d.Title = &t
	}
	if d.Author == nil && byline != nil {
		d.Author = byline
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
		case BlockParagraph, BlockHeading, BlockListItem:
			if a.Lines[i].Role == RoleTitle {
				continue
			}
			if !first {
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
	d.Normalization = &Normalization{Profile: opt.Profile.String(), Changes: changes}

	nonBlank := 0
	for i := range a.Lines {
		if a.Lines[i].Role != RoleBlank && a.Lines[i].Role != RoleMarkup {
			nonBlank++
		}
	}
	if nonBlank == 0 {
		d.Warnings = append(d.Warnings, Warning{Code: WarnEmpty, Message: "the article has no text"})
	} else if d.Title == nil {
		d.Warnings = append(d.Warnings, Warning{Code: WarnNoTitle, Message: "no title line found and the container gave none"})
	}
	return d
}

// blockType maps a line role to its block type, "" when it makes no block.
func blockType(r Role) string {
	switch r {
	case RoleParagraph:
		return BlockParagraph
	case RoleHeading, RoleTitle:
		return BlockHeading
	case RoleListItem:
		return BlockListItem
	case RoleByline:
		return BlockByline
	case RoleDateline:
		return BlockDateline
	case RoleCredit:
		return BlockCredit
	case RoleEmbed:
		return BlockEmbed
	}
	return ""
}

func lineIndex(a *article, n int) int {
	for i := range a.Lines {
		if a.Lines[i].N == n {
			return i
		}
	}
	return -1
}

// docID is the container's id, else the file (or member) name without its
// extension.
func docID(a *article) *string {
	if a.Fields.ID != nil && *a.Fields.ID != "" {
		return a.Fields.ID
	}
	p := a.Input.Path
	if a.Input.Member != nil && *a.Input.Member != "" {
		m := *a.Input.Member
		return strPtr(strings.TrimSuffix(m, path.Ext(m)))
	}
	if p == "" || p == "-" {
		return nil
	}
	base := path.Base(strings.ReplaceAll(p, "\\", "/"))
	return strPtr(strings.TrimSuffix(base, path.Ext(base)))
}

type attrParts struct{ text, names string }

// attributionBody separates the label of an attribution line
// (`المصدر : `, `* نقلا عن `) from the text that names the parties, which
// is the attribution's text (`الجزيرة + وكالات`).
func attributionBody(t string) attrParts {
	s := strings.TrimLeft(t, "* ")
	for _, p := range []string{"المصدر", "المصادر", "نقلاً عن", "نقلا عن", "بالاتفاق مع", "خدمة", "خاص بـ", "خاص ب"} {
		if strings.HasPrefix(s, p) {
			rest := strings.TrimLeft(s[len(p):], " :-–")
			if rest == "" {
				break
			}
			return attrParts{text: rest, names: strings.Trim(rest, "«»{}\" ")}
		}
	}
	return attrParts{text: t, names: s}
}

// bylineAuthor takes the author's name out of a byline
// (`إعداد: صالح آل زمانان, تصوير : صالح الدغاري` → `صالح آل زمانان`).
// Photo credits alone give no author.
func bylineAuthor(c, rule string) string {
	if rule == ruleNameLine {
		return c
	}
	k := fold(c, 400)
	for _, p := range []string{"اعداد", "بقلم", "كتبت", "كتب", "تقرير", "حوار", "تحرير", "متابعه"} {
		i := strings.Index(k, p)
		if i < 0 {
			continue
		}
		// fold keeps byte offsets only for unchanged runes; work on words instead
		words := strings.Fields(c)
		for wi, w := range words {
			if strings.HasPrefix(fold(w, 32), p) {
				rest := strings.Join(words[wi+1:], " ")
				rest = strings.TrimLeft(rest, " :-–")
				if j := strings.IndexAny(rest, ",،"); j >= 0 {
					rest = rest[:j]
				}
				if j := strings.Index(rest, " تصوير"); j >= 0 {
					rest = rest[:j]
				}
				if j := strings.Index(rest, " - "); j >= 0 {
					rest = rest[:j]
				}
				rest = strings.TrimSpace(strings.TrimRight(rest, " :-–"))
				if rest != "" && strings.Count(rest, " ") <= 5 {
					return rest
				}
				return ""
			}
		}
	}
	return ""
}

// agencyInEnglish finds the agency credited in an English caption.
func agencyInEnglish(c string) string {
	switch {
	case strings.Contains(c, "EPA"):
		return "EPA"
	case strings.Contains(c, "REUTERS") || strings.Contains(c, "Reuters/"):
		return "Reuters"
	case strings.Contains(c, "AFP"):
		return "AFP"
	case strings.Contains(c, "AP Photo"):
		return "AP"
	case strings.Contains(c, "Getty"):
		return "Getty"
	case strings.Contains(c, "Anadolu") || strings.Contains(c, "ANADOLU"):
		return "Anadolu"
	}
	return ""
}

// lineDateline reads a line that is only a dateline.
func lineDateline(f *lineFeat, l *rawLine) *Dateline {
	dl := &Dateline{Text: strings.TrimSpace(l.Text), Line: l.N}
	c := f.c
	switch l.Rule {
	case ruleSPADateline:
		// `نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`
		words := strings.Fields(c)
		var place []string
		for _, w := range words {
			if hasDigit(w) {
				break
			}
			place = append(place, w)
		}
		if len(place) > 0 && len(place) <= 3 {
			dl.Place = strPtr(strings.Join(place, " "))
		}
		if last := words[len(words)-1]; agencyOf(last) != "" {
			dl.Agency = strPtr(agencyOf(last))
		}
	case ruleCNNDateline:
		t := strings.TrimRight(c, " -–—")
		i := strings.LastIndexByte(t, '(')
		in := t[i+1 : len(t)-1]
		words := strings.Fields(t[:i])
		var place []string
		for _, w := range words {
			if hasDigit(w) {
				break
			}
			place = append(place, w)
		}
		if p := strings.TrimRight(strings.Join(place, " "), "،, "); p != "" {
			dl.Place = strPtr(p)
		}
		if in == "CNN" {
			dl.Agency = strPtr("CNN")
		} else if a := agencyOf(in); a != "" {
			dl.Agency = strPtr(a)
		}
	default:
		dl.Place, dl.Agency = parseDatelineParts(dashSplit(c))
	}
	return dl
}

// containerRules are the rules that need what the container said: CNN
// pages in the ANT corpus end with five teasers of other stories.
func containerRules(a *article, feats []lineFeat) {
	src, _ := a.Fields.Container["src"].(string)
	if !strings.EqualFold(strings.TrimSpace(src), "cnn") {
		return
	}
	var body []int
	for i := range a.Lines {
		switch a.Lines[i].Role {
		case RoleBlank, RoleMarkup, RoleTitle, "":
			continue
		}
		body = append(body, i)
	}
	if len(body) < 9 {
		return
	}
	tail := body[len(body)-5:]
	for _, i := range tail {
		switch a.Lines[i].Role {
		case RoleParagraph, RoleHeading, RoleCaptionAR:
		default:
			return
		}
	}
	for _, i := range tail {
		setRole(&a.Lines[i], RoleResidue, ruleTeasers)
	}
}
