package bulk

import (
	"context"
	"fmt"
	"runtime"

	"github.com/crollup/crollup/fraudvm/isa"
)

// CPU is the Go backend: every op on dense buffers split across worker goroutines, MATMUL on the
// fastest kernel this CPU runs (AVX-512 VNNI assembly on amd64, pure Go otherwise).
//
// A CPU may be shared: Exec calls may run concurrently on different memories (each call is
// given all the workers). It keeps a few large buffers between calls.
type CPU struct {
	workers *crew
	kern    *kernel
	block   int // bytes of buffers per streaming block (defaultBlock; tests shrink it)
	pool    pool
}

// NewCPU returns a CPU backend using workers goroutines (workers <= 0: runtime.GOMAXPROCS(0)).
func NewCPU(workers int) *CPU {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return &CPU{workers: newCrew(workers), kern: kernels()[0], block: defaultBlock}
}

// Name is "cpu/" followed by the MATMUL kernel: "cpu/avx512vnni", "cpu/avxvnni", "cpu/avx2" or
// "cpu/go".
func (c *CPU) Name() string { return "cpu/" + c.kern.name }

func (c *CPU) exec(ctx context.Context, m rw, in *isa.Instr, t *[isa.NumSlots]isa.Tensor) error {
	o, err := decodeOperands(in, t)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.mustStep(in.Op) {
		return c.stepwise(ctx, m, in, o)
	}
	switch in.Op {
	case isa.OpMatMul:
		err = c.matmul(ctx, m, o)
	case isa.OpRequant:
		err = c.requant(ctx, m, in, o)
	case isa.OpAdd:
		err = c.add(ctx, m, in, o)
	case isa.OpLUT8:
		err = c.lut8(ctx, m, o)
	case isa.OpMaxPool:
		err = c.maxpool(ctx, m, o)
	case isa.OpIm2Col:
		err = c.im2col(ctx, m, o)
	case isa.OpArgMax:
		err = c.argmax(ctx, m, o)
	case isa.OpCopy:
		err = c.copyOp(ctx, m, o)
	default:
		err = fmt.Errorf("opcode %s has no EXEC phase", in.Op)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", in.Op, err)
	}
	return nil
}
