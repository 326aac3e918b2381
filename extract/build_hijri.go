package extract

import (
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// The Hijri date (document.DateHijri) is read where the date is: the
// container's fields, else a byline or dateline line of the page (`نجران
// 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`), else a line above the body
// that is only a date (`٢٥ شوال ١٤٣٦هـ`, which the segmenter, finding no
// Gregorian date in it, may take for a heading). Page chrome (residue)
// is never read: a site's banner gives today's date, not the article's.

// containerDateKeys are the container fields that may hold the date (the
// keys the containers read theirs from) and the dateline.
var containerDateKeys = []string{"date", "time", "date_time", "pubdate", "dateline"}

// hijriPlaces collects an article's Hijri date, line by line.
type hijriPlaces struct {
	page *string // the first byline or dateline line with a Hijri date
	top  *string // the first line above the body that is only a Hijri date
	body bool    // a paragraph or list item has been seen
}

// line reads one line of the article, of role r and cleaned text c.
func (h *hijriPlaces) line(r document.Role, c string) {
	switch r {
	case document.RoleDateline, document.RoleByline:
		if h.page == nil {
			if s, _, _, ok := fields.FindHijri(c); ok {
				h.page = &s
			}
		}
	case document.RoleTitle, document.RoleHeading:
		if !h.body && h.top == nil {
			if s, ok := fields.IsHijriDateLine(c); ok {
				h.top = &s
			}
		}
	case document.RoleParagraph, document.RoleListItem:
		h.body = true
	}
}

// date is the article's Hijri date: the container's, the page's, or the
// top's; nil when none gives one.
func (h *hijriPlaces) date(a *container.Article) *string {
	if a.Fields.Dateline != nil {
		if s, _, _, ok := fields.FindHijri(*a.Fields.Dateline); ok {
			return &s
		}
	}
	for _, k := range containerDateKeys {
		if v, ok := a.Fields.Container[k].(string); ok {
			if s, _, _, ok := fields.FindHijri(v); ok {
				return &s
			}
		}
	}
	if h.page != nil {
		return h.page
	}
	return h.top
}
