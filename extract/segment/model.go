package segment

import (
	_ "embed"
	"strconv"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/segment/linemodel"
)

// The line model: a statistical second opinion on the lines the weak
// default rules decided (weakRules). After the stages have run, each such
// line's features (model_features.go) are scored by a small logistic
// regression trained on the labelled development set; when it gives
// another role a probability above the threshold, the line takes that
// role, and its rule reads `model-ROLE@P` (the role and the probability,
// as `sahifa inspect` shows them), so that what decided stays visible.
// The default model gives only the roles leave-one-source-out
// cross-validation finds it gains lines with (modelRoleThresholds).
//
// The weights are model_weights.json, written by
//
//	SAHIFA_TRAIN_MODEL=1 go test ./extract -run TestLineModelTrain -count=1
//
// from the dev split of testdata/devset (never from the sources kept
// aside).

// RuleModelPrefix opens the rule of a line the line model decided:
// `model-heading@0.82`.
const RuleModelPrefix = "model-"

// LineModel is how Run asks the line model.
type LineModel struct {
	// Weights is the classifier; nil decides nothing (Collect is still
	// called).
	Weights *linemodel.Model
	// Threshold is the probability the model must give a role other than
	// the rules' for the line to take it.
	Threshold float32
	// RoleThresholds, when a role is among them, is the threshold for
	// giving that role instead (above 1: the model never gives it).
	RoleThresholds map[document.Role]float32
	// Collect, when set, is given each line the model may reconsider, as
	// the rules decided it, with its features (x is reused: copy it).
	Collect func(l *document.Line, x []float32)
}

//go:embed model_weights.json
var modelWeights []byte

// modelThreshold is the probability the default model must give a list
// item or a paragraph, chosen by leave-one-source-out cross-validation
// on the dev split (on 14,027 lines of 60 sources: list items gain 50
// lines at 0.6, 45 at 0.7, 32 at 0.8; paragraphs 17, 6, 2).
const modelThreshold = 0.6

// modelRoleThresholds are the default model's thresholds by role, chosen
// by the same cross-validation: only its list items (footnote and
// reference runs the page-chrome rule took) and its paragraphs (body
// lines a short-line rule took) gain lines on the sources left out; its
// headings, residue, titles, captions and bylines gain a line or two at
// most at any threshold, so it gives no other role (its Threshold is
// never).
var modelRoleThresholds = map[document.Role]float32{document.RoleListItem: modelThreshold, document.RoleParagraph: modelParagraphThreshold}

// modelParagraphThreshold is the default model's threshold for a
// paragraph: the second best by the cross-validation (0.6 gains 11 lines
// more), for at 0.6 it takes a teaser set deeper than a text browser's
// body for the body's (TestTeaserOverBody).
const modelParagraphThreshold = 0.7

// never is a threshold no probability passes.
const never = 2

// DefaultLineModel is the trained model with its threshold, or nil when
// the weights do not load or do not name the features modelVector
// computes. Run asks it when the Context names no model.
var DefaultLineModel = func() *LineModel {
	m, err := linemodel.Decode(modelWeights)
	if err != nil || !sameFeatures(m) {
		return nil
	}
	return &LineModel{Weights: m, Threshold: never, RoleThresholds: modelRoleThresholds}
}()

// lineModel is the model Run asks for ctx: its own, else the default.
func (ctx Context) lineModel() *LineModel {
	if ctx.Model != nil {
		return ctx.Model
	}
	return DefaultLineModel
}

// sameFeatures reports whether m was trained on the features modelVector
// computes, in that order.
func sameFeatures(m *linemodel.Model) bool {
	if len(m.Features) != len(modelFeatures) {
		return false
	}
	for k, n := range m.Features {
		if n != modelFeatures[k] {
			return false
		}
	}
	return true
}

// modelMaxWords is the longest line (or hard-wrapped unit) the model
// reconsiders: a longer one is body text or a teaser, whose role the
// rules read from the page around it.
const modelMaxWords = 16

// reconsider asks lm of every line a weak rule decided.
func reconsider(s *state, lm *LineModel) {
	var d *modelDoc
	var x [numModelFeatures]float32
	var p [16]float32
	m := lm.Weights
	if m != nil && (len(m.Classes) > len(p) || !sameFeatures(m)) {
		m = nil
	}
	if m == nil && lm.Collect == nil {
		return
	}
	for i := range s.lines {
		if weakRule(s.lines[i].Rule) < 0 || s.feats[i].Words > modelMaxWords {
			continue
		}
		if d == nil {
			d = newModelDoc(s)
		}
		s.modelVector(d, i, x[:])
		if lm.Collect != nil {
			lm.Collect(&s.lines[i], x[:])
		}
		if m == nil {
			continue
		}
		m.Predict(x[:], p[:])
		best := -1
		for c := range m.Classes {
			if best < 0 || p[c] > p[best] {
				best = c
			}
		}
		role := document.Role(m.Classes[best])
		if role == s.lines[i].Role || p[best] <= lm.threshold(role) || !modelTarget(role, &s.feats[i]) {
			continue
		}
		s.lines[i].Role = role
		s.lines[i].Rule = modelRule(role, p[best])
	}
}

// threshold is the probability the model must give role for a line to
// take it.
func (lm *LineModel) threshold(role document.Role) float32 {
	if th, ok := lm.RoleThresholds[role]; ok {
		return th
	}
	return lm.Threshold
}

// modelTarget reports whether the model may give role to line f: a
// complete sentence is text, never chrome (a short paragraph of a
// list-like section reads as chrome to the model).
func modelTarget(role document.Role, f *Feature) bool {
	return role != document.RoleResidue || !f.FinalPunct()
}

// modelRule is the rule of a line the model gave role with probability p.
func modelRule(role document.Role, p float32) string {
	b := make([]byte, 0, 32)
	b = append(b, RuleModelPrefix...)
	b = append(b, role...)
	b = append(b, '@')
	b = strconv.AppendFloat(b, float64(p), 'f', 2, 32)
	return string(b)
}

// ModelFeatures are the names of the features the line model reads, in
// the order of its vectors.
func ModelFeatures() []string { return append([]string(nil), modelFeatures...) }
