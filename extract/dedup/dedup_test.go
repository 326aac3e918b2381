package dedup

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// words returns n pseudo-random Arabic words of a seeded vocabulary.
func words(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 7))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	out := make([]string, n)
	for i := range out {
		w := make([]rune, 3+r.IntN(5))
		for k := range w {
			w[k] = letters[r.IntN(len(letters))]
		}
		out[i] = string(w)
	}
	return out
}

func sig(t testing.TB, text string) Signature {
	t.Helper()
	s, ok := NewSigner().Sign(text)
	if !ok {
		t.Fatalf("no signature for %q", text)
	}
	return s
}

func TestSimilarity(t *testing.T) {
	base := words(1, 300)
	text := strings.Join(base, " ")
	changed := append([]string(nil), base...)
	for _, i := range []int{40, 120, 250} {
		changed[i] = "كلمة"
	}
	extra := append(append([]string(nil), base...), words(9, 20)...)
	for _, c := range []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"exact", text, text, 1, 1},
		{"punctuation and harakat", text, strings.ReplaceAll(strings.Join(base[:150], "، ")+". "+strings.Join(base[150:], " ؛ "), "ا", "اَ"), 1, 1},
		{"a few words changed", text, strings.Join(changed, " "), 0.87, 1},
		{"a paragraph more", text, strings.Join(extra, " "), 0.82, 1},
		{"unrelated", text, strings.Join(words(2, 300), " "), 0, 0.05},
		{"half shared", text, strings.Join(append(base[:150:150], words(3, 150)...), " "), 0.2, 0.5},
	} {
		a, b := sig(t, c.a), sig(t, c.b)
		if s := a.Similarity(&b); s < c.min || s > c.max {
			t.Errorf("%s: similarity %.3f, want %.2f..%.2f", c.name, s, c.min, c.max)
		}
	}
	if _, ok := NewSigner().Sign(" ،.؟ "); ok {
		t.Error("a signature for no word")
	}
	if a, b := sig(t, "خبر"), sig(t, "خبر"); a != b {
		t.Error("a one-word text is not its own duplicate")
	}
}

func TestClusters(t *testing.T) {
	a := strings.Join(words(1, 200), " ")
	b := strings.Join(words(2, 200), " ")
	near := strings.Replace(a, words(1, 200)[100], "تغيير", 1)
	texts := []string{b, a, "", near, b + " خاتمة", strings.Join(words(3, 200), " "), a}
	sigs := make([]Signature, len(texts))
	has := make([]bool, len(texts))
	g := NewSigner()
	for i, s := range texts {
		sigs[i], has[i] = g.Sign(s)
	}
	got := Clusters(sigs, has, DefaultThreshold)
	want := []int32{0, 1, 2, 1, 0, 5, 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("keepers %v, want %v", got, want)
	}
	if got := Clusters(sigs, has, 1); fmt.Sprint(got) != "[0 1 2 3 4 5 1]" {
		t.Fatalf("threshold 1: %v", got)
	}
}

// corpus writes n JSON Lines documents, a fifth of them near-copies of an
// earlier one, and returns the file.
func corpus(t testing.TB, n int) string {
	t.Helper()
	var buf bytes.Buffer
	for i := range n {
		seed := uint64(i)
		if i%5 == 4 {
			seed = uint64(i - 3)
		}
		w := words(seed, 120)
		if i%5 == 4 {
			w[60] = "مختلف"
		}
		text := strings.Join(w, " ")
		b, _ := json.Marshal(map[string]any{"schema_version": 2, "id": fmt.Sprintf("d%d", i), "text": text, "error": nil})
		buf.Write(b)
		buf.WriteByte('\n')
	}
	buf.WriteString(`{"schema_version":2,"input":{"path":"x"},"error":{"code":"read","message":"m"}}` + "\n")
	p := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunDeterministic(t *testing.T) {
	in := corpus(t, 500)
	var first []byte
	for _, jobs := range []int{1, 2, 3, 8, 1} {
		var out bytes.Buffer
		st, err := Run(context.Background(), Config{Inputs: []string{in}, Jobs: jobs, Output: &out})
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 501 || st.Errors != 1 || st.Duplicates != 100 || st.Clusters != 100 {
			t.Fatalf("-j %d: %+v", jobs, st)
		}
		if first == nil {
			first = out.Bytes()
		} else if !bytes.Equal(first, out.Bytes()) {
			t.Fatalf("-j %d: another output", jobs)
		}
	}
	lines := bytes.Split(bytes.TrimSpace(first), []byte("\n"))
	if !bytes.HasSuffix(lines[1], []byte(`"cluster":"d1","duplicate_of":null}`)) || !bytes.HasSuffix(lines[4], []byte(`"cluster":"d1","duplicate_of":"d1"}`)) {
		t.Fatalf("lines:\n%s\n%s", lines[1], lines[4])
	}
	if !bytes.HasSuffix(lines[500], []byte(`"error":{"code":"read","message":"m"}}`)) {
		t.Fatalf("error record changed: %s", lines[500])
	}
	// A second run over its own output gives the same output.
	again := filepath.Join(t.TempDir(), "again.jsonl")
	os.WriteFile(again, first, 0o644)
	var out bytes.Buffer
	if _, err := Run(context.Background(), Config{Inputs: []string{again}, Output: &out}); err != nil || !bytes.Equal(out.Bytes(), first) {
		t.Fatalf("rerun on its output differs (%v)", err)
	}
	// --drop: the keepers only.
	out.Reset()
	st, err := Run(context.Background(), Config{Inputs: []string{in}, Drop: true, Output: &out})
	if err != nil || st.Dropped != 100 || bytes.Count(out.Bytes(), []byte("\n")) != 401 {
		t.Fatalf("drop: %v %+v", err, st)
	}
}

func TestRunErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(p, []byte("{\"id\":\"a\",\"text\":\"نص\"}\n{\"id\":1}\n"), 0o644)
	_, err := Run(context.Background(), Config{Inputs: []string{p}, Output: &bytes.Buffer{}})
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl:2: \"id\" is not a string") {
		t.Fatalf("error %v", err)
	}
	_, err = Run(context.Background(), Config{Inputs: []string{p + ".none"}, Output: &bytes.Buffer{}})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("error %v", err)
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Join(words(1, 300), " ")
	g := NewSigner()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		g.Sign(text)
	}
}

// BenchmarkRun is a whole run over 10,000 documents of 120 words: the
// bytes are the input's.
func BenchmarkRun(b *testing.B) {
	in := corpus(b, 10_000)
	fi, _ := os.Stat(in)
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), Config{Inputs: []string{in}, Jobs: 1, Output: io.Discard}); err != nil {
			b.Fatal(err)
		}
	}
}
