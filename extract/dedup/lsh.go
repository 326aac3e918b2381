package dedup

import (
	"cmp"
	"slices"
)

// maxCompare bounds the comparisons of one document within one bucket of
// one band: a bucket of thousands of near-identical documents (a daily
// template) costs a few per document, not one per pair. Members already in
// the same cluster are not compared, and the earliest are compared first,
// in a fixed order: the clusters stay deterministic.
const maxCompare = 8

// Clusters groups documents into clusters of near-duplicates: sigs[i] is
// document i's signature, has[i] whether it has one (a document without
// text is in no cluster). It returns each document's keeper: the index of
// the first document of its cluster in input order (its own index when it
// is the first, or has no signature). Two documents are joined when some
// band of their signatures agrees and their estimated similarity is at
// least threshold; clusters are the transitive closure. The result depends
// on sigs and threshold alone.
//
// Beyond the signatures it needs 20 bytes a document, 16 of them only
// while a band is sorted.
func Clusters(sigs []Signature, has []bool, threshold float64) []int32 {
	n := len(sigs)
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	type entry struct {
		key uint64
		doc int32
	}
	entries := make([]entry, 0, n)
	for b := range Bands {
		entries = entries[:0]
		for i := range sigs {
			if has[i] {
				entries = append(entries, entry{sigs[i].band(b), int32(i)})
			}
		}
		slices.SortFunc(entries, func(x, y entry) int {
			if c := cmp.Compare(x.key, y.key); c != 0 {
				return c
			}
			return cmp.Compare(x.doc, y.doc)
		})
		for lo := 0; lo < len(entries); {
			hi := lo + 1
			for hi < len(entries) && entries[hi].key == entries[lo].key {
				hi++
			}
			bucket := entries[lo:hi]
			for k := 1; k < len(bucket); k++ {
				j := bucket[k].doc
				tried := 0
				for _, e := range bucket[:k] {
					if tried == maxCompare {
						break
					}
					ri, rj := find(e.doc), find(j)
					if ri == rj {
						continue
					}
					tried++
					if sigs[e.doc].Similarity(&sigs[j]) >= threshold {
						// The root is the first member in input order.
						if ri < rj {
							parent[rj] = ri
						} else {
							parent[ri] = rj
						}
					}
				}
			}
			lo = hi
		}
	}
	for i := range parent {
		parent[i] = find(int32(i))
	}
	return parent
}
