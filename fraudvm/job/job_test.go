package job_test

import (
	"bytes"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

func TestLoadPlacesProgramAndInput(t *testing.T) {
	p := examples.CNN()
	mem, err := job.NewDense(p, examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	// The program region's subtree of the object's height is the program root: what job setup
	// grafts on the chain.
	if got := mem.NodeHash(isa.RegionProgram.Base(), p.Height()); got != p.Root() {
		t.Fatalf("program subtree %x, program root %x", got, p.Root())
	}
	packed, _ := program.Pack(p.InputTensor(), examples.SampleInput())
	got := make([]byte, len(packed))
	mem.Read(isa.RegionInput.Base(), got)
	if !bytes.Equal(got, packed) {
		t.Fatal("input region does not hold the packed input")
	}
	if job.OutputRoot(mem) != memory.ZeroHash(job.OutputRootHeight) {
		t.Fatal("output region of a new job is not empty")
	}
}

func TestLoadRejectsOversizedInput(t *testing.T) {
	p := examples.CNN()
	in := p.InputTensor()
	big := make([]byte, in.Bytes()+1)
	if _, err := job.New(p, big); err == nil {
		t.Fatal("input larger than the input tensor accepted")
	}
	if _, err := job.NewDense(p, make([]byte, 10)); err == nil {
		t.Fatal("dense input of the wrong size accepted")
	}
}
