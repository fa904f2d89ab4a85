package onnx

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Converting between ONNX tensors and a program's dense input and output. The conversion runs
// on the user's machine, outside the rollup: what a job carries is the program's int8 input.

// EncodeInput turns an ONNX tensor for the model's input into the program's dense input
// (Rows·Cols int8 values, row-major): a float input is quantized with the model's
// QuantizeLinear (as ONNX Runtime does, in float32, rounding half to even), uint8 is shifted
// by −128, and an image is laid out channels last.
func (s *Signature) EncodeInput(t *Tensor) ([]byte, error) {
	if t.DataType != s.Elem {
		return nil, fmt.Errorf("input %q: the model takes %s, the tensor is %s", s.Name, s.Elem, t.DataType)
	}
	if !slices.Equal(t.Dims, s.Dims) {
		return nil, fmt.Errorf("input %q: the model takes shape %v, the tensor is %v", s.Name, s.Dims, t.Dims)
	}
	n := s.Rows * s.Cols
	q := make([]int, n)
	switch s.Elem {
	case Float:
		f, err := t.Float32s()
		if err != nil {
			return nil, fmt.Errorf("input %q: %w", s.Name, err)
		}
		lo, hi := math.MinInt8, math.MaxInt8
		if s.QElem == Uint8 {
			lo, hi = 0, math.MaxUint8
		}
		for i, v := range f {
			q[i] = toInt8Domain(int64(quantize(v, s.Scale, s.Zero, lo, hi)), s.QElem)
		}
	case Int8, Uint8:
		v, err := t.Int64s()
		if err != nil {
			return nil, fmt.Errorf("input %q: %w", s.Name, err)
		}
		for i, x := range v {
			q[i] = toInt8Domain(x, s.Elem)
		}
	default:
		return nil, fmt.Errorf("input %q: element type %s", s.Name, s.Elem)
	}
	if len(q) != n {
		return nil, fmt.Errorf("input %q: %d values, want %d", s.Name, len(q), n)
	}
	out := make([]byte, n)
	for e := range n {
		src := e
		if s.perm != nil {
			src = int(s.perm[e])
		}
		out[e] = byte(int8(q[src]))
	}
	return out, nil
}

// DecodeOutput turns the program's dense output (Rows·Cols values of DType, little-endian) into
// the ONNX tensor the model's output names: in ONNX element order, dequantized for a float
// output, shifted back by 128 for uint8, widened for ArgMax's int64.
func (s *Signature) DecodeOutput(dense []byte) (*Tensor, error) {
	n := s.Rows * s.Cols
	if want := n * int(s.DType.Size()); len(dense) != want {
		return nil, fmt.Errorf("output %q: %d bytes, want %d", s.Name, len(dense), want)
	}
	vals := make([]int64, n) // in ONNX order
	for e := range n {
		var v int64
		if s.DType == isa.Int32 {
			v = int64(int32(binary.LittleEndian.Uint32(dense[4*e:])))
		} else {
			v = int64(int8(dense[e]))
		}
		dst := e
		if s.perm != nil {
			dst = int(s.perm[e])
		}
		vals[dst] = v
	}
	dims := slices.Clone(s.Dims)
	switch s.Elem {
	case Float:
		f := make([]float32, n)
		for i, v := range vals {
			f[i] = dequantize(fromInt8Domain(int(v), s.QElem), s.Zero, s.Scale)
		}
		return Float32Tensor(s.Name, dims, f), nil
	case Int8:
		v8 := make([]int8, n)
		for i, v := range vals {
			v8[i] = int8(v)
		}
		return Int8Tensor(s.Name, dims, v8), nil
	case Uint8:
		u8 := make([]uint8, n)
		for i, v := range vals {
			u8[i] = uint8(v + 128)
		}
		return Uint8Tensor(s.Name, dims, u8), nil
	case Int32:
		v32 := make([]int32, n)
		for i, v := range vals {
			v32[i] = int32(v)
		}
		return Int32Tensor(s.Name, dims, v32), nil
	case Int64:
		return Int64Tensor(s.Name, dims, vals), nil
	}
	return nil, fmt.Errorf("output %q: element type %s", s.Name, s.Elem)
}

// Run runs the imported model on one input tensor on the CPU bulk backend (workers goroutines,
// 0 for one per CPU) and returns the output tensor and the number of steps the job took.
// progress, when not nil, is called with the step reached as the job runs.
func (m *Imported) Run(ctx context.Context, in *Tensor, workers int, progress vm.Progress) (*Tensor, uint64, error) {
	dense, err := m.Input.EncodeInput(in)
	if err != nil {
		return nil, 0, err
	}
	mem, err := job.NewDense(m.Program, dense)
	if err != nil {
		return nil, 0, err
	}
	j := vm.NewJob(mem)
	if err := j.RunBulk(ctx, bulk.NewCPU(workers), progress); err != nil {
		return nil, 0, fmt.Errorf("run: %w", err)
	}
	st := j.State()
	if st.Status == vm.StatusFaulted {
		return nil, st.Step, fmt.Errorf("the job faulted (%s): %s", st.Fault, j.FaultReason())
	}
	out, err := job.Output(mem, m.Program)
	if err != nil {
		return nil, st.Step, err
	}
	t, err := m.Output.DecodeOutput(out)
	return t, st.Step, err
}
