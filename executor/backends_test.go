package executor

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/cl"
)

// TestOpenBackendsOpenCL opens every OpenCL device of the machine (PoCL in CI) beside the CPU,
// runs blocks of jobs spread over them, and requires the roots of sequential execution and the
// OpenCL device to have run jobs. Without OpenCL it is skipped, except under CI.
func TestOpenBackendsOpenCL(t *testing.T) {
	cache := filepath.Join(os.TempDir(), "crollup-opencl-test-cache")
	bulk.SetupOpenCLEnv(cache)
	if _, err := bulk.OpenCLDevices(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no OpenCL device under CI: %v", err)
		}
		t.Skipf("no OpenCL device: %v", err)
	}
	devs, release, err := OpenBackends(t.Context(), quietLog(), BackendOptions{
		Devices: []string{"opencl:all", "cpu"}, OpenCL: bulk.OpenCLOptions{CacheDir: cache}, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if len(devs) < 2 || devs[0].Name != "opencl:0" || devs[len(devs)-1].Name != "cpu" || devs[0].Speed <= 0 {
		t.Fatalf("devices %+v: want opencl:0 … with a measured speed, then cpu", devs)
	}
	if !strings.HasPrefix(devs[0].Backend.Name(), "opencl/") {
		t.Fatalf("opencl:0 runs on %s", devs[0].Backend.Name())
	}
	t.Logf("devices: %+v", devs)

	f := newFixture(t, 5)
	blocks := f.workload(t, 12)
	want, wantRegs := f.reference(t, blocks)
	// Equal speeds, so that the plan gives the OpenCL device jobs even where PoCL is slower than
	// the Go backend: the test is about the roots, not the plan.
	for i := range devs {
		devs[i].Speed = 1
	}
	r := NewRunner(2, devs...)
	runBlocks(t, f, r, blocks, want, wantRegs)
	ds := r.Devices()
	if ds[0].Jobs == 0 || !ds[0].Healthy || ds[0].Failures != 0 {
		t.Fatalf("opencl:0 %+v: want healthy, jobs run", ds[0])
	}
	// A per-device memory limit reaches the device: the tiles then fit 1 MiB.
	lim, rel, err := OpenBackends(t.Context(), quietLog(), BackendOptions{
		Devices: []string{"opencl:0@1"}, OpenCL: bulk.OpenCLOptions{CacheDir: cache}, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer rel()
	if a, ok := lim[0].Backend.(*bulk.Accel); !ok || a.Device().Limit() != 1<<20 {
		t.Fatalf("opencl:0@1: backend %T, want an Accel limited to 1 MiB", lim[0].Backend)
	}
}

// TestOpenBackendsCPU checks the defaults: the CPU alone gives no devices (the runner's pool),
// and a device list naming a device the machine lacks is an error.
func TestOpenBackendsCPU(t *testing.T) {
	devs, release, err := OpenBackends(t.Context(), quietLog(), BackendOptions{Devices: []string{"cpu"}})
	if err != nil || len(devs) != 0 {
		t.Fatalf("cpu: devices %v, err %v; want none (the runner's pool)", devs, err)
	}
	release()
	if _, _, err := OpenBackends(t.Context(), quietLog(), BackendOptions{Devices: []string{"opencl:99"}}); err == nil {
		t.Fatal("opencl:99 opened")
	}
	if _, _, err := OpenBackends(t.Context(), quietLog(), BackendOptions{Devices: []string{"gpu0"}}); err == nil ||
		!strings.Contains(err.Error(), `"gpu0"`) {
		t.Fatalf("gpu0: err %v", err)
	}
	for _, s := range []string{"cpu, opencl:1", "auto", "opencl:gpu,opencl:all", "opencl:0@512,cpu"} {
		if _, err := ParseDevices(s); err != nil {
			t.Errorf("ParseDevices(%q): %v", s, err)
		}
	}
	for _, s := range []string{"opencl:-1", "opencl:", "cuda:0", "cpu,,x", "opencl:0@", "opencl:0@0", "opencl:0@-5", "opencl:gpu@5"} {
		if _, err := ParseDevices(s); err == nil {
			t.Errorf("ParseDevices(%q) accepted", s)
		}
	}
}

// TestSelect checks which devices a list picks on a machine with a CPU OpenCL device, two GPUs
// and an accelerator.
func TestSelect(t *testing.T) {
	devs := []*cl.Device{{Type: cl.TypeCPU}, {Type: cl.TypeGPU}, {Type: cl.TypeAccelerator}, {Type: cl.TypeGPU}}
	for _, c := range []struct {
		specs []string
		want  string
	}{
		{nil, "[1 2 3] cpu"},
		{[]string{"cpu"}, "[] cpu"},
		{[]string{"opencl:gpu"}, "[1 2 3]"},
		{[]string{"opencl:all"}, "[0! 1! 2! 3!]"},
		{[]string{"opencl:3@64", "auto"}, "[3!@64MiB 1 2] cpu"},
		{[]string{"opencl:gpu", "opencl:1@8"}, "[1 2 3]"}, // first mention wins
	} {
		sel, err := Select(c.specs, devs)
		if err != nil {
			t.Fatalf("%v: %v", c.specs, err)
		}
		var parts []string
		for _, d := range sel.OpenCL {
			p := strconv.Itoa(d.Index)
			if d.Required {
				p += "!"
			}
			if d.Limit > 0 {
				p += fmt.Sprintf("@%dMiB", d.Limit>>20)
			}
			parts = append(parts, p)
		}
		got := "[" + strings.Join(parts, " ") + "]"
		if sel.CPU {
			got += " cpu"
		}
		if got != c.want {
			t.Errorf("%v: %s, want %s", c.specs, got, c.want)
		}
	}
	if _, err := Select([]string{"opencl:4"}, devs); err == nil || !strings.Contains(err.Error(), "4 OpenCL device(s)") {
		t.Errorf("opencl:4 on 4 devices: %v", err)
	}
	if _, err := Select([]string{"cuda"}, devs); err == nil {
		t.Error("cuda accepted")
	}
}
