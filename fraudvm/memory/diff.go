package memory

import "fmt"

// Diff calls fn, in ascending address order, for every page that differs between old and m
// structurally: present in m and not the same page as old's (data is m's page), or present in
// old and absent from m (data is nil: the page is now all zero). It stops at the first error,
// which it returns wrapped with the page's address.
//
// Diff compares pointers, not bytes, so it costs time in proportion to what changed: subtrees
// that m and old still share (old was a Snapshot of m, or the other way round) are skipped
// whole. A page written with the bytes it already held is reported; a caller that keeps pages
// by address (an executor persisting state) writes it again, which is harmless. data may be
// shared: fn must not modify it and must copy it to keep it.
func (m *Memory) Diff(old *Memory, fn func(addr uint64, data *[PageSize]byte) error) error {
	var o *inode
	if old != nil {
		o = old.root
	}
	return diffNodes(o, m.root, 0, 0, fn)
}

func diffNodes(a, b *inode, level int, prefix uint64, fn func(uint64, *[PageSize]byte) error) error {
	if a == b {
		return nil
	}
	for c := range uint64(fanout) {
		idx := prefix<<fanoutBits | c
		if level < levels-1 {
			var ak, bk *inode
			if a != nil {
				ak = a.kids[c]
			}
			if b != nil {
				bk = b.kids[c]
			}
			if err := diffNodes(ak, bk, level+1, idx, fn); err != nil {
				return err
			}
			continue
		}
		var ap, bp *page
		if a != nil {
			ap = a.pages[c]
		}
		if b != nil {
			bp = b.pages[c]
		}
		if ap == bp {
			continue
		}
		var data *[PageSize]byte
		if bp != nil {
			data = &bp.data
		}
		if err := fn(idx<<PageBits, data); err != nil {
			return fmt.Errorf("page %#x: %w", idx<<PageBits, err)
		}
	}
	return nil
}
