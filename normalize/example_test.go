package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sahifa/sahifa/normalize"
	"golang.org/x/text/transform"
)

func Example() {
	// Display: kashida, a presentation form, an RLM, a Persian keheh and
	// a Latin comma after an Arabic letter; the English stays as it is.
	in := "\u200fالتحـــالف يستبعد تدخﻻ في ليبيا, قال کيري in Rome, Italy\n"
	n := normalize.New(normalize.Display)
	fmt.Print(n.String(in))
	fmt.Println(n.Changes())

	// Search folds for indexing, as a streaming reader.
	s := normalize.New(normalize.Search, normalize.FoldHamza())
	r := transform.NewReader(strings.NewReader("أَسْئِلَةٌ عَلَى ١٢ ﷲ\n"), s)
	io.Copy(os.Stdout, r)
	// Output:
	// التحالف يستبعد تدخلا في ليبيا، قال كيري in Rome, Italy
	// map[invisible_controls:1 kashida:3 latin_punctuation:1 look_alikes:1 presentation_forms:1]
	// اسيله علي 12 الله
}
