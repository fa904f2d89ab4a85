package bulk

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/crollup/crollup/fraudvm/isa"
)

// specDevice is a Device transcribed from spec §4 element by element, with a limit as small as
// Accel accepts, so that Accel's tiling, gathers and scatters are tested on every machine, with
// or without OpenCL. It also checks that every call respects the limit, and can fail on demand.
type specDevice struct {
	limit  int
	calls  int
	failAt int // the failAt-th call fails (0: never)
}

var errInjected = errors.New("injected device failure")

func (s *specDevice) Name() string { return fmt.Sprintf("spec/limit=%d", s.limit) }
func (s *specDevice) Limit() int   { return s.limit }

func (s *specDevice) call(bytes int) error {
	s.calls++
	if s.failAt != 0 && s.calls == s.failAt {
		return errInjected
	}
	if bytes > s.limit {
		return fmt.Errorf("call holds %d bytes, over the limit of %d", bytes, s.limit)
	}
	return nil
}

func (s *specDevice) MatMul(_ context.Context, a, b []byte, m, n, k int, bias []int32, d []int32) error {
	if err := s.call(len(a) + len(b) + 4*len(bias) + 4*len(d)); err != nil {
		return err
	}
	for i := range m {
		for j := range n {
			var acc int32
			if bias != nil {
				acc = bias[j]
			}
			for t := range k {
				acc += int32(int8(a[i*k+t])) * int32(int8(b[j*k+t]))
			}
			d[i*n+j] = acc
		}
	}
	return nil
}

func (s *specDevice) Requant(_ context.Context, acc []byte, rows, cols int, p *RequantArgs, out []byte) error {
	if err := s.call(len(acc) + len(out) + 9*cols); err != nil {
		return err
	}
	for e := range rows * cols {
		j := e % cols
		out[e] = byte(isa.Requant(int32(binary.LittleEndian.Uint32(acc[4*e:])), p.Bias[j], p.Mul[j], p.Shift[j], p.Zero, p.Lo, p.Hi))
	}
	return nil
}

func (s *specDevice) Add(_ context.Context, a, b []byte, p *isa.AddParams, out []byte) error {
	if err := s.call(len(a) + len(b) + len(out)); err != nil {
		return err
	}
	for e := range out {
		out[e] = byte(isa.Add(int8(a[e]), int8(b[e]), p))
	}
	return nil
}

func (s *specDevice) LUT8(_ context.Context, a []byte, tab *[256]byte, out []byte) error {
	if err := s.call(len(a) + len(out) + 256); err != nil {
		return err
	}
	for e := range out {
		out[e] = tab[a[e]]
	}
	return nil
}

func (s *specDevice) ArgMax(_ context.Context, a []byte, rows, cols int, out []byte) error {
	if err := s.call(len(a) + len(out)); err != nil {
		return err
	}
	for r := range rows {
		at := 0
		for c := range cols {
			if int8(a[r*cols+c]) > int8(a[r*cols+at]) {
				at = c
			}
		}
		binary.LittleEndian.PutUint32(out[4*r:], uint32(at))
	}
	return nil
}

func (s *specDevice) Window(_ context.Context, op isa.Opcode, w *isa.Window, ch, ow int, img []byte, y0, p0, p1 int, out []byte) error {
	if err := s.call(len(img) + len(out)); err != nil {
		return err
	}
	W := int(w.W)
	pix := func(y, x, c int) int8 { return int8(img[((y-y0)*W+x)*ch+c]) }
	for p := p0; p < p1; p++ {
		oy, ox := p/ow, p%ow
		if op == isa.OpMaxPool {
			for c := range ch {
				best := int8(-128)
				for dy := range int(w.KH) {
					for dx := range int(w.KW) {
						best = max(best, pix(oy*int(w.SH)+dy, ox*int(w.SW)+dx, c))
					}
				}
				out[(p-p0)*ch+c] = byte(best)
			}
			continue
		}
		row := out[(p-p0)*int(w.KH)*int(w.KW)*ch:]
		for dy := range int(w.KH) {
			for dx := range int(w.KW) {
				for c := range ch {
					y, x := oy*int(w.SH)+dy-int(w.Pad), ox*int(w.SW)+dx-int(w.Pad)
					v := w.PadValue
					if y >= 0 && y < int(w.H) && x >= 0 && x < W {
						v = pix(y, x, c)
					}
					row[(dy*int(w.KW)+dx)*ch+c] = byte(v)
				}
			}
		}
	}
	return nil
}
