// Package job places a program and an input in a fraudvm memory the way the chain's job setup
// step does (the program object at the program region, the input at the input region), and reads
// a finished job's output and output root. It is what `crollup vm`, the trace provider's users and
// the tests use to run a job outside the chain.
//
// It follows the memory map of docs/spec/fraudvm.md §1.
package job

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
)

// OutputRootHeight is the height of the output region's subtree: its root is the job's output root.
const OutputRootHeight = isa.RegionBits - isa.LeafBits

// Load writes p and input (in memory form: rows on 32-byte boundaries, at most the input tensor's
// extent) into mem's scratch regions. mem should be empty there.
func Load(mem *memory.Memory, p *program.Program, input []byte) error {
	in := p.InputTensor()
	if uint64(len(input)) > in.Bytes() {
		return fmt.Errorf("job input is %d bytes; the program's input tensor %s holds %d", len(input), in, in.Bytes())
	}
	mem.Write(isa.RegionProgram.Base(), p.Bytes())
	mem.Write(isa.RegionInput.Base(), input)
	return nil
}

// New returns a fresh memory holding the job.
func New(p *program.Program, input []byte) (*memory.Memory, error) {
	mem := memory.New()
	if err := Load(mem, p, input); err != nil {
		return nil, err
	}
	return mem, nil
}

// Output returns the output tensor of a finished job in dense form.
func Output(mem *memory.Memory, p *program.Program) ([]byte, error) {
	t := p.OutputTensor()
	buf := make([]byte, t.Bytes())
	mem.Read(t.Addr(), buf)
	return program.Unpack(t, buf)
}

// OutputRoot is the root of the output region: what job finish records in the job's record.
func OutputRoot(mem *memory.Memory) common.Hash {
	return mem.NodeHash(isa.RegionOutput.Base(), OutputRootHeight)
}

// NewDense returns a fresh memory holding the job, with input given in dense form (rows·cols
// values back to back) and packed into the input tensor's memory form.
func NewDense(p *program.Program, dense []byte) (*memory.Memory, error) {
	packed, err := program.Pack(p.InputTensor(), dense)
	if err != nil {
		return nil, fmt.Errorf("job input: %w", err)
	}
	return New(p, packed)
}
