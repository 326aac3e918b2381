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
	fmt.Printf("%q %s %s\n", text, r.Encoding, r.Warnings[0].Code)
	// Output: "العربية\n" utf-8-mojibake-repaired mojibake-repaired
}

// Bytes of a legacy code page are decoded with the one that reads as more
// Arabic, and the guess is a warning.
func ExampleDecode_codePage() {
	text, r, _ := charset.Decode([]byte{0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9}, "")
	fmt.Println(text, r.Encoding, r.Warnings[0].Code)
	// Output: العربية windows-1256 encoding-guessed
}
