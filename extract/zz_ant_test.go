package extract
import ("testing";"os";"path/filepath";"fmt";"math/rand";"strings";"io/fs";"github.com/sahifa/sahifa/normalize")
func TestANTx(t *testing.T){
	var files []string
	filepath.WalkDir("/tmp/ant/ant-corpus-v2.1", func(p string, e fs.DirEntry, err error) error { if e != nil && !e.IsDir() { files = append(files, p) }; return nil })
	r := rand.New(rand.NewSource(7))
	r.Shuffle(len(files), func(i, j int){ files[i], files[j] = files[j], files[i] })
	files = files[:3000]
	ex := map[string][]string{}; cnt := map[string]int{}
	for _, f := range files { data, _ := os.ReadFile(f); d := build(segTRECArticle(f, string(data)), Options{Profile: normalize.Display})
		src := strings.Split(f, "/")[4]
		for _, l := range d.Lines { if l.Role == RoleBlank || l.Role == RoleMarkup || l.Rule == ruleParagraph || l.Role == RoleTitle { continue }; k := l.Rule; cnt[k]++; s := []rune(strings.TrimSpace(l.Text)); if len(s) > 80 { s = s[:80] }; ex[k] = append(ex[k], src[:4]+" | "+string(s)) } }
	for k, v := range ex { fmt.Printf("== %s (%d)\n", k, cnt[k]); r.Shuffle(len(v), func(i, j int){ v[i], v[j] = v[j], v[i] }); for i := 0; i < len(v) && i < 10; i++ { fmt.Println("   ", v[i]) } }
}
