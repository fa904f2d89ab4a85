package bulk_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// The CPU backend is a vm.Backend.
var _ vm.Backend = (*bulk.CPU)(nil)

// TestAgainstInterpreter runs whole jobs twice, once stepping the interpreter micro-step by
// micro-step and once handing every EXEC phase to the backend, and requires the same final
// state hash (registers and memory root) for every CPU kernel, Accel on the spec device with a
// small limit, and Accel on every OpenCL device. The programs are the reference
// MLP and CNN and random valid programs (examples.Random draws every op, edge shapes, K near
// isa.MaxMatMulK, aliasing views, INT32_MIN/MAX constants).
func TestAgainstInterpreter(t *testing.T) {
	type jobCase struct {
		name  string
		p     *program.Program
		input []byte // dense
	}
	cases := []jobCase{
		{"mlp", examples.MLP(), examples.SampleInput()},
		{"cnn", examples.CNN(), examples.SampleInput()},
	}
	seeds := 40
	if testing.Short() {
		seeds = 10
	}
	for seed := range uint64(seeds) {
		p, in, err := examples.Random(seed, examples.RandomOptions{})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		cases = append(cases, jobCase{fmt.Sprintf("random-%d", seed), p, in})
	}
	ctx := context.Background()
	for _, c := range cases {
		packed, err := program.Pack(c.p.InputTensor(), c.input)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		mem, err := job.New(c.p, packed)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		ref := vm.NewJob(mem)
		if err := ref.RunSteps(ctx, 0, nil); err != nil {
			t.Fatalf("%s: stepping: %v", c.name, err)
		}
		want := ref.State()
		var backends []vm.Backend
		for _, kern := range bulk.KernelNames() {
			backends = append(backends, bulk.NewCPUKernel(2, kern))
		}
		backends = append(backends, bulk.SpecAccel(4096))
		for _, a := range bulk.OpenCLTestBackends(t) {
			backends = append(backends, a)
		}
		for _, b := range backends {
			mem, _ := job.New(c.p, packed)
			v := vm.NewJob(mem)
			if err := v.RunBulk(ctx, b, nil); err != nil {
				t.Fatalf("%s on %s: %v", c.name, b.Name(), err)
			}
			if got := v.State(); got.Hash() != want.Hash() {
				t.Fatalf("%s on %s: final state %v, stepping gave %v", c.name, b.Name(), got, want)
			}
		}
	}
}

// BenchmarkExamples runs the example MLP and CNN jobs whole (vm.RunBulk: every instruction's
// EXEC on the backend, the interpreter's other steps, the Merkle memory's writes) on the CPU
// kernels and on every OpenCL device.
func BenchmarkExamples(b *testing.B) {
	backends := []vm.Backend{}
	for _, kern := range bulk.KernelNames() {
		backends = append(backends, bulk.NewCPUKernel(0, kern))
	}
	for _, o := range bulk.OpenCLTestDevices(b) {
		backends = append(backends, bulk.NewAccel(o, 0))
	}
	for _, ex := range []struct {
		name string
		p    *program.Program
	}{{"mlp", examples.MLP()}, {"cnn", examples.CNN()}} {
		packed, err := program.Pack(ex.p.InputTensor(), examples.SampleInput())
		if err != nil {
			b.Fatal(err)
		}
		for _, be := range backends {
			b.Run(ex.name+"/"+be.Name(), func(b *testing.B) {
				for b.Loop() {
					mem, err := job.New(ex.p, packed)
					if err != nil {
						b.Fatal(err)
					}
					if err := vm.NewJob(mem).RunBulk(context.Background(), be, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
