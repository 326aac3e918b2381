// Package lexicon holds every word list sahifa's rules read, once, as
// data: agencies and their credits, places, press names, month names, and
// the words lines open with (bylines, sources, page chrome). A list says
// whether it is written folded (see extract/internal/script.Fold: alef
// forms to ا, ة to ه, ى to ي, Latin lower case, harakat dropped) or as
// written, in which case its users fold it once when they start.
//
// Adding a word here is how a rule learns a new spelling; each list's
// users are named in its comment.
package lexicon
