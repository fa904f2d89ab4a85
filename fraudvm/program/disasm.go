package program

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/crollup/crollup/fraudvm/isa"
)

// Disassemble writes a readable listing: the header, the tensor table, and one line per
// instruction with its operands, decoded immediates, step count and first step index. It is
// what `crollup program inspect` prints.
func (p *Program) Disassemble(w io.Writer) error {
	h := &p.Header
	in, out := p.InputTensor(), p.OutputTensor()
	var sb strings.Builder
	fmt.Fprintf(&sb, "program %s\n", p.Root())
	fmt.Fprintf(&sb, "  version %d, %d bytes (tree height %d), %d instructions, %d tensors, data at 0x%x\n",
		h.Version, p.Size(), p.Height(), h.NumInstrs, h.NumTensors, p.DataOffset())
	fmt.Fprintf(&sb, "  input  t%d %s[%d,%d]\n", h.Input, in.DType, in.Rows, in.Cols)
	fmt.Fprintf(&sb, "  output t%d %s[%d,%d]\n", h.Output, out.DType, out.Rows, out.Cols)
	fmt.Fprintf(&sb, "  steps  %d\n\n", p.Steps())
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return err
	}

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "tensor\tregion\tdtype\tshape\toffset\tbytes\t")
	for i := range p.Tensors {
		t := &p.Tensors[i]
		fmt.Fprintf(tw, "t%d\t%s\t%s\t[%d,%d]\t0x%x\t%d\t\n", i, t.Region, t.DType, t.Rows, t.Cols, t.Offset, t.Bytes())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return err
	}

	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "pc\top\tsteps\tfirst step\toperands\timmediates")
	for pc := range p.Instrs {
		ins := &p.Instrs[pc]
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\t%s\n", pc, ins.Op, p.InstrSteps(pc), p.InstrStart(pc), operands(ins), p.immediates(pc))
	}
	fmt.Fprintf(tw, "\ttotal\t%d\t\t\t(START + %d instructions)\n", p.Steps(), len(p.Instrs))
	return tw.Flush()
}

func operands(in *isa.Instr) string {
	var parts []string
	for s, idx := range in.Slots {
		if idx != isa.NoTensor {
			parts = append(parts, fmt.Sprintf("%s=t%d", slotNames[s], idx))
		}
	}
	return strings.Join(parts, " ")
}

// immediates describes what an instruction's immediates (and its params, where the program
// holds them) mean.
func (p *Program) immediates(pc int) string {
	in := &p.Instrs[pc]
	ops := p.Operands(pc)
	switch in.Op {
	case isa.OpMatMul:
		k := uint64(ops[isa.SlotA].Cols)
		return fmt.Sprintf("K=%d (%d chunks)", k, isa.Chunks(k))
	case isa.OpRequant:
		q := isa.RequantImm(in)
		mode := "per-channel"
		if in.Flags&isa.FlagPerTensor != 0 {
			mode = fmt.Sprintf("per-tensor mul=%d shift=%d", q.Mul, q.Shift)
			if in.Slots[isa.SlotB] != isa.NoTensor {
				mode += " bias=t" + fmt.Sprint(in.Slots[isa.SlotB])
			}
		}
		return fmt.Sprintf("%s zp=%d clamp=[%d,%d]", mode, q.Zero, q.Lo, q.Hi)
	case isa.OpAdd:
		a := isa.AddImm(in)
		return fmt.Sprintf("offA=%d offB=%d mulA=%d shiftA=%d mulB=%d shiftB=%d mulOut=%d shiftOut=%d zp=%d clamp=[%d,%d]",
			a.OffA, a.OffB, a.MulA, a.ShiftA, a.MulB, a.ShiftB, a.MulOut, a.ShiftOut, a.ZeroOut, a.Lo, a.Hi)
	case isa.OpMaxPool, isa.OpIm2Col:
		w := isa.WindowImm(in)
		oh, ow, _ := w.OutDims()
		s := fmt.Sprintf("image %dx%dx%d kernel %dx%d stride %dx%d", w.H, w.W, ops[isa.SlotA].Cols, w.KH, w.KW, w.SH, w.SW)
		if in.Op == isa.OpIm2Col {
			s += fmt.Sprintf(" pad %d (value %d)", w.Pad, w.PadValue)
		}
		return s + fmt.Sprintf(" -> %dx%d", oh, ow)
	case isa.OpCopy:
		d, a := ops[isa.SlotDst], ops[isa.SlotA]
		return fmt.Sprintf("[%d,%d] -> [%d,%d]", a.Rows, a.Cols, d.Rows, d.Cols)
	}
	return "-"
}
