// Command sahifa turns raw text dumps of Arabic news articles into
// structured documents: JSON, JSON Lines or Markdown.
package main

import "os"

func main() { os.Exit(run()) }
