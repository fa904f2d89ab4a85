package cl_test

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/crollup/crollup/fraudvm/cl"
)

// device returns the first OpenCL device. Without one the test is skipped, except under CI
// (CI=true), which installs PoCL: there a missing device is a failure, since a skip would hide
// a broken install (PoCL hides its device when it has no writable cache directory).
func device(t *testing.T) *cl.Device {
	t.Helper()
	if os.Getenv("POCL_CACHE_DIR") == "" {
		// PoCL reads it when the platform is first enumerated: once per process.
		os.Setenv("POCL_CACHE_DIR", filepath.Join(os.TempDir(), "crollup-pocl-cache"))
	}
	lib, err := cl.Load()
	var devs []*cl.Device
	if err == nil {
		devs, err = lib.Devices()
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no OpenCL device under CI: %v", err)
		}
		t.Skipf("no OpenCL device: %v", err)
	}
	return devs[0]
}

const testSrc = `
__kernel void axpy(__global const int* x, __global int* y, int a, uint n) {
	uint i = get_global_id(0);
	if (i < n) y[i] = as_int((uint)a * (uint)x[i] + (uint)y[i]);
}
`

func TestRoundTrip(t *testing.T) {
	d := device(t)
	t.Logf("device %q (%s), platform %q, %s, %d compute units, %d MiB", d.Name, d.TypeName(), d.Platform, d.CVersion, d.ComputeUnits, d.GlobalMem>>20)
	if d.Name == "" || d.GlobalMem == 0 || d.MaxAlloc == 0 || d.MaxWorkGroup == 0 {
		t.Fatalf("device info incomplete: %+v", d)
	}
	c, err := d.NewContext()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Release()
	cache := t.TempDir()
	p, err := c.Build(testSrc, "", cache)
	if err != nil {
		t.Fatal(err)
	}
	if p.FromCache {
		t.Fatal("first build claims to come from an empty cache")
	}
	p.Release()
	p, err = c.Build(testSrc, "", cache)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Release()
	if !p.FromCache {
		t.Error("second build did not load the cached binary")
	}
	k, err := p.Kernel("axpy")
	if err != nil {
		t.Fatal(err)
	}
	defer k.Release()

	const n = 1000
	x, y := make([]byte, 4*n), make([]byte, 4*n)
	for i := range n {
		binary.LittleEndian.PutUint32(x[4*i:], uint32(i*0x10001+0x7fff0000)) // wraps when multiplied
		binary.LittleEndian.PutUint32(y[4*i:], uint32(i))
	}
	bx, err := c.NewBuffer(len(x))
	if err != nil {
		t.Fatal(err)
	}
	defer bx.Release()
	by, err := c.NewBuffer(len(y))
	if err != nil {
		t.Fatal(err)
	}
	defer by.Release()
	if err := c.Write(bx, 0, x); err != nil {
		t.Fatal(err)
	}
	if err := c.Write(by, 0, y); err != nil {
		t.Fatal(err)
	}
	if err := k.SetArgs(bx, by, int32(-3), uint32(n)); err != nil {
		t.Fatal(err)
	}
	if err := c.Run(k, []int{n}, nil); err != nil {
		t.Fatal(err)
	}
	got := make([]byte, 4*n)
	if err := c.Read(by, 0, got); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		xi, yi := int32(binary.LittleEndian.Uint32(x[4*i:])), int32(binary.LittleEndian.Uint32(y[4*i:]))
		if want, g := -3*xi+yi, int32(binary.LittleEndian.Uint32(got[4*i:])); g != want {
			t.Fatalf("y[%d] = %d, want %d", i, g, want)
		}
	}
	if err := c.Write(by, 4*n-2, x[:4]); err == nil {
		t.Error("a write past the buffer's end was accepted")
	}
}

func TestBuildError(t *testing.T) {
	d := device(t)
	c, err := d.NewContext()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Release()
	_, err = c.Build("__kernel void broken(__global int* x) { x[0] = undefined_name; }", "", "")
	var be *cl.BuildError
	if !errors.As(err, &be) {
		t.Fatalf("err = %v, want a BuildError", err)
	}
	var ce *cl.Error
	if !errors.As(err, &ce) || ce.Code != cl.CodeBuildFailure {
		t.Errorf("err = %v, want CL_BUILD_PROGRAM_FAILURE", err)
	}
	if be.Log == "" || be.Log == "(no build log)" {
		t.Errorf("no build log in %v", err)
	}
	t.Logf("build log: %s", be.Log)
}

// Without a loader, Load's error says what to install and wraps ErrUnavailable: the binary runs
// on, with the OpenCL backend reported unavailable.
func TestUnavailable(t *testing.T) {
	_, err := cl.LoadFrom("libcrollup-no-such-opencl.so.1")
	if !errors.Is(err, cl.ErrUnavailable) || !cl.IsUnavailable(err) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
	t.Log(err)
}
