package linemodel

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func twoClass() *Model {
	return &Model{Classes: []string{"a", "b"}, Features: []string{"x"}, Mean: []float32{1}, Scale: []float32{2},
		W: [][]float32{{0}, {2}}, B: []float32{0, 0}}
}

func TestPredict(t *testing.T) {
	m := twoClass()
	for _, tc := range []struct {
		x     float32
		wantB float64
	}{
		{1, 0.5},                          // standardized 0: equal scores
		{3, 1 / (1 + math.Exp(-2))},       // standardized 1: score 2 for b
		{-1, 1 / (1 + math.Exp(2))},       // standardized -1
		{1001, 1 / (1 + math.Exp(-1000))}, // large scores do not overflow
	} {
		p := make([]float32, 2)
		m.Predict([]float32{tc.x}, p)
		if math.Abs(float64(p[1])-tc.wantB) > 1e-6 || math.Abs(float64(p[0]+p[1])-1) > 1e-6 {
			t.Errorf("Predict(%v) = %v, want b %.6f", tc.x, p, tc.wantB)
		}
	}
}

func TestPredictAllocates(t *testing.T) {
	m := twoClass()
	x, p := []float32{2}, make([]float32, 2)
	if n := testing.AllocsPerRun(100, func() { m.Predict(x, p) }); n != 0 {
		t.Errorf("Predict allocates %v times", n)
	}
}

func TestDecode(t *testing.T) {
	good, err := twoClass().Encode()
	if err != nil {
		t.Fatal(err)
	}
	if m, err := Decode(good); err != nil || m.Class("b") != 1 || m.Class("c") != -1 {
		t.Fatalf("Decode(Encode) = %v, %v", m, err)
	}
	for _, tc := range []struct{ name, data, want string }{
		{"not json", "{", "linemodel:"},
		{"one class", `{"classes":["a"],"features":["x"],"mean":[0],"scale":[1],"w":[[0]],"b":[0]}`, "two classes"},
		{"short mean", `{"classes":["a","b"],"features":["x"],"mean":[],"scale":[1],"w":[[0],[0]],"b":[0,0]}`, "sizes"},
		{"zero scale", `{"classes":["a","b"],"features":["x"],"mean":[0],"scale":[0],"w":[[0],[0]],"b":[0,0]}`, "scale"},
		{"short row", `{"classes":["a","b"],"features":["x"],"mean":[0],"scale":[1],"w":[[0],[]],"b":[0,0]}`, "weights"},
	} {
		_, err := Decode([]byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}

func TestTrain(t *testing.T) {
	// class 1 when x0 > 0; x1 is noise
	var X [][]float32
	var y []int
	for i := range 40 {
		v := float32(i-20) + 0.5
		X = append(X, []float32{v, float32(i % 3)})
		y = append(y, map[bool]int{false: 0, true: 1}[v > 0])
	}
	opt := TrainOptions{Iterations: 200, Rate: 0.1}
	m := Train([]string{"neg", "pos"}, []string{"x0", "x1"}, X, y, opt)
	p := make([]float32, 2)
	right := 0
	for i, x := range X {
		m.Predict(x, p)
		if (p[1] > p[0]) == (y[i] == 1) {
			right++
		}
	}
	if right != len(X) {
		t.Errorf("trained model gets %d of %d samples right", right, len(X))
	}
	again := Train([]string{"neg", "pos"}, []string{"x0", "x1"}, X, y, opt)
	for c := range m.W {
		if !slices.Equal(m.W[c], again.W[c]) || m.B[c] != again.B[c] {
			t.Fatal("two trainings on the same samples differ")
		}
	}
	// weights: the label of a sample weighed 0 is not learnt from
	w := make([]float64, len(X))
	for i := range w {
		w[i] = 1
	}
	w[0] = 0
	opt.Weights = w
	weighed := Train([]string{"neg", "pos"}, []string{"x0", "x1"}, X, y, opt)
	y2 := slices.Clone(y)
	y2[0] = 1 - y2[0]
	flipped := Train([]string{"neg", "pos"}, []string{"x0", "x1"}, X, y2, opt)
	for c := range m.W {
		if !slices.Equal(flipped.W[c], weighed.W[c]) {
			t.Fatal("the label of a sample weighed 0 changed the weights")
		}
	}
}

func FuzzDecode(f *testing.F) {
	good, _ := twoClass().Encode()
	f.Add(good)
	f.Add([]byte(`{"classes":["a","b"],"features":["x"],"mean":[0],"scale":[0],"w":[[0],[0]],"b":[0,0]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		// a model Decode accepts predicts without panicking, and its
		// probabilities sum to one
		x := make([]float32, len(m.Features))
		p := make([]float32, len(m.Classes))
		m.Predict(x, p)
		var sum float64
		for _, v := range p {
			sum += float64(v)
		}
		if !(math.Abs(sum-1) < 1e-3) {
			t.Errorf("probabilities sum to %v", sum)
		}
	})
}
