package linemodel

import "math"

// TrainOptions set how Train fits a model.
type TrainOptions struct {
	// Iterations of full-batch gradient descent (Adam steps); 0 is 300.
	Iterations int
	// Rate is the step size; 0 is 0.05.
	Rate float64
	// L2 is the weight decay on W (not on B), per sample; 0 is none.
	L2 float64
	// Weights, when set, weigh each sample in the loss (one a sample; the
	// gradient is divided by their sum); nil weighs all samples alike.
	Weights []float64
}

// Train fits a model of the named classes and features to the samples
// X (a vector a sample) with the classes y (an index in classes each).
// It is deterministic: weights start at zero, the gradient sums the
// samples in the order given, and nothing is drawn at random.
func Train(classes, features []string, X [][]float32, y []int, opt TrainOptions) *Model {
	if opt.Iterations == 0 {
		opt.Iterations = 300
	}
	if opt.Rate == 0 {
		opt.Rate = 0.05
	}
	nc, nf, n := len(classes), len(features), len(X)
	m := &Model{Classes: classes, Features: features, Mean: make([]float32, nf), Scale: make([]float32, nf),
		W: make([][]float32, nc), B: make([]float32, nc)}
	// standardize: mean 0, deviation 1 (1 for a constant feature)
	mean, dev := make([]float64, nf), make([]float64, nf)
	for _, x := range X {
		for k := range nf {
			mean[k] += float64(x[k])
		}
	}
	for k := range nf {
		mean[k] /= float64(max(n, 1))
	}
	for _, x := range X {
		for k := range nf {
			d := float64(x[k]) - mean[k]
			dev[k] += d * d
		}
	}
	z := make([][]float64, n)
	for k := range nf {
		dev[k] = math.Sqrt(dev[k] / float64(max(n, 1)))
		if dev[k] < 1e-6 {
			dev[k] = 1
		}
		m.Mean[k], m.Scale[k] = float32(mean[k]), float32(dev[k])
	}
	for i, x := range X {
		z[i] = make([]float64, nf)
		for k := range nf {
			z[i][k] = (float64(x[k]) - mean[k]) / dev[k]
		}
	}
	// parameters: nc rows of nf weights and a bias
	np := nf + 1
	w := make([]float64, nc*np)
	g := make([]float64, nc*np)
	m1 := make([]float64, nc*np)
	m2 := make([]float64, nc*np)
	p := make([]float64, nc)
	const b1, b2, eps = 0.9, 0.999, 1e-8
	total := float64(n)
	if opt.Weights != nil {
		total = 0
		for _, v := range opt.Weights {
			total += v
		}
	}
	for it := 1; it <= opt.Iterations; it++ {
		clear(g)
		for i, x := range z {
			sw := 1.0
			if opt.Weights != nil {
				sw = opt.Weights[i]
			}
			best := math.Inf(-1)
			for c := range nc {
				row := w[c*np : (c+1)*np]
				s := row[nf]
				for k, v := range x {
					s += row[k] * v
				}
				p[c] = s
				best = max(best, s)
			}
			var sum float64
			for c := range nc {
				p[c] = math.Exp(p[c] - best)
				sum += p[c]
			}
			for c := range nc {
				d := p[c] / sum
				if c == y[i] {
					d--
				}
				d *= sw
				row := g[c*np : (c+1)*np]
				for k, v := range x {
					row[k] += d * v
				}
				row[nf] += d
			}
		}
		for j := range g {
			g[j] /= max(total, 1e-12)
			if j%np != nf {
				g[j] += opt.L2 * w[j]
			}
			m1[j] = b1*m1[j] + (1-b1)*g[j]
			m2[j] = b2*m2[j] + (1-b2)*g[j]*g[j]
			mh := m1[j] / (1 - math.Pow(b1, float64(it)))
			vh := m2[j] / (1 - math.Pow(b2, float64(it)))
			w[j] -= opt.Rate * mh / (math.Sqrt(vh) + eps)
		}
	}
	for c := range nc {
		m.W[c] = make([]float32, nf)
		for k := range nf {
			m.W[c][k] = float32(w[c*np+k])
		}
		m.B[c] = float32(w[c*np+nf])
	}
	return m
}
