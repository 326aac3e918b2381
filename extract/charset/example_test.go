package charset_test

import (
	"fmt"

	"github.com/sahifa/sahifa/extract/charset"
)

// UTF-8 Arabic once decoded as Windows-1256 is repaired.
func ExampleDecode() {
	text, r, err := charset.Decode([]byte("ط§ظ„ط¹ط±ط¨ظٹط©\r\n"), "auto")
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q %s repaired=%v\n", text, r.Encoding, r.Repaired)
	// Output: "العربية\n" utf-8-mojibake-repaired repaired=true
}

// Bytes of a legacy code page are decoded with the one that reads as more
// Arabic, and the result says it is a guess.
func ExampleDecode_codePage() {
	text, r, _ := charset.Decode([]byte{0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9}, "")
	fmt.Println(text, r.Encoding, "guessed:", r.Guessed)
	// Output: العربية windows-1256 guessed: true
}
