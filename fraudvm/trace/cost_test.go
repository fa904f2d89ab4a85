package trace

import (
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// TestInstrCostKeepsOwnership checks that looking ahead at an instruction's cost changes neither
// the machine nor the ownership of its memory: pages written before the look-ahead and hashed after
// it must be hashed in place, not copied first as pages shared with a snapshot would be (that copy
// was most of Prepare's time on large jobs).
func TestInstrCostKeepsOwnership(t *testing.T) {
	mem, err := job.NewDense(examples.MLP(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	mem.Root()
	m := vm.NewJob(mem)
	if _, err := m.Step(false); err != nil { // START: the machine is at instruction 0's FETCH
		t.Fatal(err)
	}
	// Dirty pages far above anything the program touches, as a previous instruction's output.
	const pages = 64
	data := make([]byte, pages*memory.PageSize)
	_, _ = rand.NewChaCha8([32]byte{1}).Read(data)
	mem.Write(isa.RegionArena.Base()+1<<30, data)

	before := m.Registers()
	cost, err := instrCost(m)
	if err != nil {
		t.Fatal(err)
	}
	if cost == 0 {
		t.Fatal("instruction 0 costs no steps")
	}
	if m.Registers() != before {
		t.Fatalf("instrCost changed the registers: %v, was %v", m.Registers(), before)
	}

	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	root := mem.Root()
	runtime.ReadMemStats(&b)
	if grew := b.TotalAlloc - a.TotalAlloc; grew >= pages*memory.PageSize {
		t.Errorf("Root after instrCost allocated %d bytes for %d dirty pages: they were copied, so the "+
			"look-ahead froze the memory", grew, pages)
	}
	want := memory.New()
	if err := mem.ForEachPage(func(addr uint64, d *[memory.PageSize]byte) error {
		want.Write(addr, d[:])
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := want.Root(); got != root {
		t.Fatalf("root %x after instrCost, rebuilt from the bytes %x", root, got)
	}
}
