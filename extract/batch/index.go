package batch

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

// treeIndex collects the files of an output tree whose format is an
// encode.Indexer, and writes an index page in each of its folders when
// the run ends: its subfolders, and its articles (written, skipped or left
// as conflicts: every article the folder holds for this run's inputs).
type treeIndex struct {
	enc     encode.Indexer
	folders map[string]*encode.IndexPage // by slash path, "" the top
	counts  map[string]int               // articles under each folder
}

func newTreeIndex(enc encode.Encoder) *treeIndex {
	ix, ok := enc.(encode.Indexer)
	if !ok {
		return nil
	}
	return &treeIndex{enc: ix, folders: map[string]*encode.IndexPage{}, counts: map[string]int{}}
}

// page returns the index page of folder, making it and its parents.
func (x *treeIndex) page(folder string) *encode.IndexPage {
	if p, ok := x.folders[folder]; ok {
		return p
	}
	p := &encode.IndexPage{Folder: folder}
	x.folders[folder] = p
	if folder != "" {
		parent := path.Dir(folder)
		if parent == "." {
			parent = ""
		}
		pp := x.page(parent)
		pp.Folders = append(pp.Folders, encode.IndexFolder{Name: path.Base(folder)})
	}
	return p
}

// add lists d, written to the slash path rel; a nil index does nothing.
func (x *treeIndex) add(rel string, d *document.Document) {
	if x == nil {
		return
	}
	folder, file := path.Split(rel)
	folder = strings.TrimSuffix(folder, "/")
	p := x.page(folder)
	p.Articles = append(p.Articles, encode.NewIndexEntry(file, d))
	for f := folder; ; f = path.Dir(f) {
		if f == "." {
			f = ""
		}
		x.counts[f]++
		if f == "" {
			break
		}
	}
}

// write writes the index page of every folder under dir; a folder where
// an article took the index's name gets none, and problem is told.
func (x *treeIndex) write(dir string, problem func(where, msg string)) error {
	if x == nil {
		return nil
	}
	name := x.enc.IndexName()
	for folder, p := range x.folders {
		for i := range p.Folders {
			p.Folders[i].Articles = x.counts[path.Join(folder, p.Folders[i].Name)]
		}
		sort.Slice(p.Folders, func(i, j int) bool { return p.Folders[i].Name < p.Folders[j].Name })
		target := filepath.Join(dir, filepath.FromSlash(folder), name)
		if taken(p, name) {
			if problem != nil {
				problem(target, "an article has the index's name; no index written in this folder")
			}
			continue
		}
		b, err := x.enc.AppendIndex(nil, p)
		if err != nil {
			return fmt.Errorf("%s: %v", target, err)
		}
		if err := writeReplace(target, b); err != nil {
			return err
		}
	}
	return nil
}

// taken reports whether an article of p is named name.
func taken(p *encode.IndexPage, name string) bool {
	for _, a := range p.Articles {
		if a.File == name {
			return true
		}
	}
	return false
}

// writeReplace writes b to target through a temporary file in its
// folder, replacing what was there.
func writeReplace(target string, b []byte) error {
	f, err := createTemp(filepath.Dir(target), treeTempPrefix)
	if err != nil {
		return fmt.Errorf("cannot write in %s: %v", filepath.Dir(target), UnwrapPath(err))
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), target)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %v", target, UnwrapPath(err))
	}
	return nil
}
