package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// The local rules: what a line is by itself. The first that matches
// decides; a line none matches is left for the passes and the context
// rules. Each reads the line's Feature (f) and its place among the
// article's non-blank lines (s.nth).

// localMatch adapts a local rule's test: the line's features and its
// place.
func localMatch(m func(f *Feature, nth int) bool) func(*state, int) bool {
	return func(s *state, i int) bool { return m(&s.feats[i], s.nth[i]) }
}

var (
	ruleNextPrevious = &Rule{Name: RuleNextPrevious, Role: document.RoleResidue, Residue: document.ResidueNavigation,
		// `Next Previous` alone, or with nothing but symbols after it
		Match: localMatch(func(f *Feature, _ int) bool { return f.NextPrevious && f.Words <= 1 && f.LetterWords == 0 })}
	ruleBlank = &Rule{Name: RuleBlank, Role: document.RoleBlank,
		Match: localMatch(func(f *Feature, _ int) bool { return f.Blank() })}
	ruleVideo = &Rule{Name: RuleVideo, Role: document.RoleResidue, Residue: document.ResidueVideo,
		Match: localMatch(func(f *Feature, _ int) bool {
			return script.HasAnyPrefix(f.Key, videoPrefixes) ||
				f.Words <= 8 && strings.Contains(f.Key, "minutes") && strings.Contains(f.Key, "seconds") || isDuration(f.Clean)
		})}
	ruleNavWord = &Rule{Name: RuleNavWord, Role: document.RoleResidue, Residue: document.ResidueNavigation,
		Match: localMatch(func(f *Feature, _ int) bool { return f.Words <= 3 && script.IsOneOf(f.Key, navWords) })}
	ruleReadAlso = &Rule{Name: RuleReadAlso, Role: document.RoleResidue, Residue: document.ResidueRelated,
		Match: localMatch(func(f *Feature, _ int) bool {
			return script.HasAnyPrefix(strings.TrimLeft(f.Key, "*-•» "), readAlsoPrefixes) && f.Words <= 30
		})}
	ruleEmbedPost = &Rule{Name: RuleEmbedPost, Role: document.RoleEmbed,
		Match: localMatch(func(f *Feature, _ int) bool { return script.HasAnyPrefix(f.Key, embedPrefixes) })}
	ruleCookie = &Rule{Name: RuleCookie, Role: document.RoleResidue, Residue: document.ResidueCookie,
		Match: localMatch(func(f *Feature, _ int) bool { return f.Words <= 80 && script.ContainsAny(f.Key, lexicon.Cookie) })}
	ruleCommentPolicy = &Rule{Name: RuleCommentPolicy, Role: document.RoleResidue,
		Match: localMatch(func(f *Feature, _ int) bool { return f.Words <= 80 && isCommentPolicy(f.Clean) })}
	ruleSource = &Rule{Name: RuleSource, Role: document.RoleAttribution,
		Match: localMatch(func(f *Feature, _ int) bool { return script.HasAnyPrefix(f.Key, sourcePrefixes) })}
	ruleReprinted = &Rule{Name: RuleReprinted, Role: document.RoleAttribution,
		Match: localMatch(func(f *Feature, _ int) bool { return script.HasAnyPrefix(f.Key, reprintPrefixes) && f.Words <= 12 })}
	ruleWireService = &Rule{Name: RuleWireService, Role: document.RoleAttribution,
		Match: localMatch(func(f *Feature, _ int) bool { return script.HasAnyPrefix(f.Key, wireServicePrefixes) && f.Words <= 6 })}
	ruleBylinePrefix = &Rule{Name: RuleBylinePrefix, Role: document.RoleByline,
		Match: localMatch(func(f *Feature, _ int) bool { return isBylineLine(f) })}
	ruleDisclaimer = &Rule{Name: RuleDisclaimer, Role: document.RoleResidue,
		Match: localMatch(func(f *Feature, _ int) bool { return f.Words <= 40 && isDisclaimer(f.Clean) })}
	ruleRights = &Rule{Name: RuleRights, Role: document.RoleResidue,
		// `جميع الحقوق محفوظة`
		Match: localMatch(func(f *Feature, _ int) bool {
			return f.Words <= 10 && strings.Contains(f.Key, "حقوق") && strings.Contains(f.Key, "محفوظ")
		})}
	ruleContact = &Rule{Name: RuleContact, Role: document.RoleResidue, Residue: document.ResidueSocial,
		Match: localMatch(func(f *Feature, _ int) bool { return isContactLine(f) })}
	ruleTags = &Rule{Name: RuleTags, Role: document.RoleResidue, Residue: document.ResidueNavigation,
		Match: localMatch(func(f *Feature, _ int) bool { return script.HasAnyPrefix(f.Key, tagPrefixes) && f.Words <= 14 })}
	ruleWireMarker = &Rule{Name: RuleWireMarker, Role: document.RoleResidue,
		Match: localMatch(func(f *Feature, _ int) bool { return isWireMarker(f) })}
	ruleSeparator = &Rule{Name: RuleSeparator, Role: document.RoleResidue,
		// no letter and no digit: `***`, `ـــــ`, emoji
		Match: localMatch(func(f *Feature, _ int) bool { return f.LetterWords == 0 && !script.HasDigit(f.Clean) })}
	ruleBareURL = &Rule{Name: RuleBareURL, Role: document.RoleResidue,
		Match: localMatch(func(f *Feature, _ int) bool { return isBareURL(f.Clean) })}
	ruleAttachment = &Rule{Name: RuleAttachment, Role: document.RoleResidue, Residue: document.ResidueRelated,
		Match: localMatch(func(f *Feature, _ int) bool {
			return f.Words <= 10 && hasAnySuffix(strings.ToLower(f.Clean), lexicon.AttachmentExts)
		})}
	ruleCreditAlone = &Rule{Name: RuleCreditAlone, Role: document.RoleCredit,
		Match: localMatch(func(f *Feature, _ int) bool {
			c := f.Clean
			return isCreditAlone(c) && (fields.IsKnownCredit(strings.Trim(c, "() ")) || strings.HasPrefix(strings.TrimLeft(c, "( "), "تصوير"))
		})}
	ruleSPADateline = &Rule{Name: RuleSPADateline, Role: document.RoleDateline,
		// `نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`
		Match: localMatch(func(f *Feature, _ int) bool {
			return f.Words <= 16 && strings.Contains(f.Key, "الموافق") && script.HasDigit(f.Clean)
		})}
	rulePlaceDash = &Rule{Name: RulePlaceDash, Role: document.RoleDateline,
		// near the top: `الرياض - واس`, `محمد الشراري – طبرجل`
		Match: localMatch(func(f *Feature, nth int) bool {
			return !isOrdinalHeading(f) && (nth <= 4 && fields.IsDatelineLine(f.Clean, f.Words) || nth <= 2 && fields.IsBareDateline(f.Clean, f.Words))
		})}
	rulePlaceReporter = &Rule{Name: RulePlaceReporter, Role: document.RoleDateline,
		// near the top: `الجزائر: سمية يوسفي`, a place and who filed from it
		Match: localMatch(func(f *Feature, nth int) bool {
			return nth <= 4 && fields.IsPlaceReporterLine(f.Clean, f.Words)
		})}
	ruleAgencyDateline = &Rule{Name: RuleAgencyDateline, Role: document.RoleDateline,
		// near the top: `دبي، الإمارات العربية المتحدة (CNN)`
		Match: localMatch(func(f *Feature, nth int) bool {
			return nth <= 4 && f.Words <= 9 && fields.IsAgencyDateline(f.Clean)
		})}
	ruleDateLine = &Rule{Name: RuleDateLine, Role: document.RoleDateline,
		Match: localMatch(func(f *Feature, _ int) bool { return isDateOnly(f) })}
	ruleCaptionENWire = &Rule{Name: RuleCaptionENWire, Role: document.RoleCaptionEN,
		Match: localMatch(func(f *Feature, _ int) bool { return f.IsLatin() && f.Words >= 8 && hasPhotoCue(f.Clean) })}
	ruleListNumbered = &Rule{Name: RuleListNumbered, Role: document.RoleListItem,
		Match: localMatch(func(f *Feature, _ int) bool { return f.List == '1' && f.Words >= 2 })}
	ruleListBullet = &Rule{Name: RuleListBullet, Role: document.RoleListItem,
		Match: localMatch(func(f *Feature, _ int) bool { return f.List != 0 && f.Words >= 2 })}
	ruleListCredited = &Rule{Name: RuleListCredited, Role: document.RoleListItem,
		Match: localMatch(func(f *Feature, _ int) bool { return creditedNumber(f.Clean) })}
)

// localRules are the local rules in the order they are tried.
var localRules = []*Rule{
	ruleNextPrevious,
	ruleBlank,
	ruleVideo,
	ruleNavWord,
	ruleShareBar,
	ruleCounter,
	ruleFieldCode,
	ruleMenuLine,
	ruleReadAlso,
	ruleEmbedPost,
	ruleCookie,
	ruleCommentPolicy,
	ruleSourceByline,
	ruleSource,
	ruleReprinted,
	ruleWireService,
	ruleBylinePrefix,
	rulePublishedByline,
	ruleDisclaimer,
	ruleRights,
	ruleContact,
	ruleTags,
	ruleWireMarker,
	ruleFormControl,
	ruleSeparator,
	ruleBareURL,
	ruleLinkReference,
	ruleAttachment,
	ruleCreditAlone,
	ruleSiteName,
	ruleAdMarker,
	ruleAltTeaser,
	ruleMarkdownLink,
	ruleAgencyAlone,
	ruleSPADateline,
	rulePlaceDash,
	rulePlaceReporter,
	ruleAgencyDateline,
	ruleDatedDateline,
	ruleDateLine,
	ruleCaptionENWire,
	ruleListNumbered,
	ruleListBullet,
	ruleListCredited,
}
