// Package linemodel is a small multinomial logistic regression over the
// numeric features of a line: the statistical second opinion the
// segmenter may ask of the lines its weak default rules decided. It has
// no dependency: the weights are data (JSON), trained deterministically
// by Train (full-batch gradient descent from zero weights, samples in the
// order given), and Predict allocates nothing.
package linemodel

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// Model is a trained classifier: for class c, the score of a vector x is
// B[c] + Σ W[c][k]·(x[k]-Mean[k])/Scale[k], and its probability the
// softmax of the scores.
type Model struct {
	// Classes are the labels the model gives, in the order of W's rows.
	Classes []string `json:"classes"`
	// Features name the vector's components, in order.
	Features []string `json:"features"`
	// Mean and Scale standardize each feature (Scale is never 0).
	Mean  []float32 `json:"mean"`
	Scale []float32 `json:"scale"`
	// W holds a row of weights a class, a weight a feature; B a bias a
	// class.
	W [][]float32 `json:"w"`
	B []float32   `json:"b"`
}

// Decode reads a model written by Encode and checks its shape.
func Decode(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("linemodel: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Encode writes m as indented JSON, one class's weights a line.
func (m *Model) Encode() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return json.MarshalIndent(m, "", " ")
}

// check reports a model whose parts do not agree in size, or that holds
// a weight that is not a finite number.
func (m *Model) check() error {
	nc, nf := len(m.Classes), len(m.Features)
	if nc < 2 || nf == 0 {
		return errors.New("linemodel: a model needs two classes and a feature")
	}
	if len(m.Mean) != nf || len(m.Scale) != nf || len(m.W) != nc || len(m.B) != nc {
		return errors.New("linemodel: sizes of mean, scale, w and b do not match the classes and features")
	}
	// bounded numbers: a score can neither overflow nor be NaN
	finite := func(v float32) bool { return math.Abs(float64(v)) <= maxWeight }
	for k := range nf {
		if !finite(m.Mean[k]) || !finite(m.Scale[k]) || math.Abs(float64(m.Scale[k])) < minScale {
			return fmt.Errorf("linemodel: feature %d has no bounded, non-zero scale", k)
		}
	}
	for c, row := range m.W {
		if len(row) != nf || !finite(m.B[c]) {
			return fmt.Errorf("linemodel: class %d has %d weights for %d features", c, len(row), nf)
		}
		for _, v := range row {
			if !finite(v) {
				return fmt.Errorf("linemodel: class %d has a weight out of bounds", c)
			}
		}
	}
	return nil
}

// maxWeight bounds every number of a model, minScale a feature's scale
// from below.
const (
	maxWeight = 1e6
	minScale  = 1e-6
)

// Class is the index of the named class, -1 when the model has none.
func (m *Model) Class(name string) int {
	for c, n := range m.Classes {
		if n == name {
			return c
		}
	}
	return -1
}

// Predict writes into p (one entry a class) the probability of each
// class for x (one entry a feature). It allocates nothing.
func (m *Model) Predict(x, p []float32) {
	best := float32(math.Inf(-1))
	for c, row := range m.W {
		s := m.B[c]
		for k, w := range row {
			s += w * (x[k] - m.Mean[k]) / m.Scale[k]
		}
		p[c] = s
		best = max(best, s)
	}
	var sum float32
	for c := range p[:len(m.W)] {
		p[c] = float32(math.Exp(float64(p[c] - best)))
		sum += p[c]
	}
	for c := range p[:len(m.W)] {
		p[c] /= sum
	}
}
