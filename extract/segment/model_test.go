package segment

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/segment/linemodel"
)

// shortIsResidue is a hand-made line model: a line of one or two words is
// residue (probability 0.99), any other paragraph.
func shortIsResidue() *LineModel {
	nf := len(modelFeatures)
	m := &linemodel.Model{Classes: []string{"paragraph", "residue"}, Features: ModelFeatures(),
		Mean: make([]float32, nf), Scale: make([]float32, nf), W: [][]float32{make([]float32, nf), make([]float32, nf)}, B: []float32{0, -5}}
	for k := range m.Scale {
		m.Scale[k] = 1
	}
	m.W[1][fWordsLE2] = 10
	return &LineModel{Weights: m, Threshold: 0.97}
}

const modelBody = "وقال المتحدث باسم الوزارة إن الاجتماع تناول عددا من الملفات المهمة التي تهم المواطنين في المنطقة."

var modelCases = []markedCase{
	{name: "short line a weak rule decided takes the model's role",
		lines: []string{modelBody, "", ">>نحن والآخرون", "", modelBody}, role: document.RoleResidue, rule: "model-residue@0.99"},
	{name: "a line ending with punctuation is never residue",
		lines: []string{modelBody, "", ">>نحن والآخرون.", "", modelBody}, role: document.RoleParagraph, rule: RuleParagraph},
	{name: "a long line keeps the rules' role",
		lines: []string{modelBody, "", ">>" + modelBody, "", modelBody}, role: document.RoleParagraph, rule: RuleParagraph},
	{name: "a line a strong rule decided is not asked",
		lines: []string{modelBody, "", ">>بقلم أحمد", "", modelBody}, role: document.RoleByline, rule: RuleBylinePrefix},
}

func TestLineModelRules(t *testing.T) {
	checkMarked(t, Context{Model: shortIsResidue()}, modelCases)
	// without the model the short line is the rules' heading
	got := segmentMarked(t, Context{Model: &LineModel{}}, modelCases[0].lines)
	if got.Role != document.RoleHeading || got.Rule != RuleHeading {
		t.Errorf("without a model: got %s (%s), want heading (%s)", got.Role, got.Rule, RuleHeading)
	}
}

func TestLineModelRoleThresholds(t *testing.T) {
	cases := []struct {
		name       string
		thresholds map[document.Role]float32
		role       document.Role
		rule       string
	}{
		{"no threshold of its own: the model's", nil, document.RoleResidue, "model-residue@0.99"},
		{"a role's own threshold passed", map[document.Role]float32{document.RoleResidue: 0.9}, document.RoleResidue, "model-residue@0.99"},
		{"a role's own threshold not passed", map[document.Role]float32{document.RoleResidue: 0.995}, document.RoleHeading, RuleHeading},
		{"a role the model never gives", map[document.Role]float32{document.RoleResidue: never}, document.RoleHeading, RuleHeading},
		{"another role's threshold", map[document.Role]float32{document.RoleParagraph: never}, document.RoleResidue, "model-residue@0.99"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lm := shortIsResidue()
			lm.RoleThresholds = c.thresholds
			got := segmentMarked(t, Context{Model: lm}, modelCases[0].lines)
			if got.Role != c.role || got.Rule != c.rule {
				t.Errorf("got %s (%s), want %s (%s)", got.Role, got.Rule, c.role, c.rule)
			}
		})
	}
}

func TestLineModelCollect(t *testing.T) {
	lines, at := markedLines(t, modelCases[0].lines)
	var seen []int
	var x2 float32
	Segment(lines, Context{Model: &LineModel{Collect: func(l *document.Line, x []float32) {
		seen = append(seen, l.N)
		if l.N == at+1 {
			x2 = x[fWordsLE2]
		}
	}}})
	// the paragraphs and the short line are the weak rules'; Collect sees
	// them as the rules decided and the roles stay
	if want := []int{1, 3, 5}; !slices.Equal(seen, want) {
		t.Errorf("collected lines %v, want %v", seen, want)
	}
	if x2 != 1 {
		t.Errorf("words-le2 of a two-word line = %v, want 1", x2)
	}
	if lines[at].Rule != RuleHeading {
		t.Errorf("a model without weights changed a rule: %s", lines[at].Rule)
	}
}

func TestModelFeatures(t *testing.T) {
	if len(modelFeatures) != numModelFeatures {
		t.Fatalf("%d feature names for %d features", len(modelFeatures), numModelFeatures)
	}
	if DefaultLineModel == nil {
		t.Fatal("the committed weights do not load")
	}
	if !sameFeatures(DefaultLineModel.Weights) {
		t.Error("the default model reads other features")
	}
	stale := ModelFeatures()
	stale[0] = "other"
	if sameFeatures(&linemodel.Model{Features: stale}) {
		t.Error("a model of other features is taken")
	}
}

func TestModelRule(t *testing.T) {
	for _, tc := range []struct {
		role document.Role
		p    float32
		want string
	}{
		{document.RoleHeading, 0.973, "model-heading@0.97"},
		{document.RoleResidue, 1, "model-residue@1.00"},
	} {
		if got := modelRule(tc.role, tc.p); got != tc.want {
			t.Errorf("modelRule(%s, %v) = %q, want %q", tc.role, tc.p, got, tc.want)
		}
	}
}

// BenchmarkSegmentModel segments the fixtures by the rules alone and with
// the default line model, to show what the model costs.
func BenchmarkSegmentModel(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, bc := range []struct {
		name string
		ctx  Context
	}{{"rules", Context{}}, {"model", Context{Model: DefaultLineModel}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					Segment(fixtureLines(t), bc.ctx)
				}
			}
		})
	}
}
