package bulk

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var openCL struct {
	once sync.Once
	devs []*OpenCL
	err  error
}

// openCLDevices opens every OpenCL device of the machine once per test binary, with each MATMUL
// kernel (dp4a is emulated in C off NVIDIA, so its kernel is tested here too). Without OpenCL
// it returns nil, except under CI (CI=true), which installs PoCL: there a missing device fails
// the test, since a skip would hide a broken install.
func openCLDevices(t testing.TB) []*OpenCL {
	t.Helper()
	openCL.once.Do(func() {
		// Test binaries share one kernel cache, so that they do not all compile at once.
		dir := filepath.Join(os.TempDir(), "crollup-opencl-test-cache")
		SetupOpenCLEnv(dir)
		devs, err := OpenCLDevices()
		if err != nil {
			openCL.err = err
			return
		}
		for _, d := range devs {
			for _, mm := range []string{"generic", "dp4a"} {
				o, err := NewOpenCL(d, OpenCLOptions{CacheDir: dir, MatMul: mm})
				if err != nil {
					openCL.err = err
					return
				}
				openCL.devs = append(openCL.devs, o)
			}
		}
	})
	if openCL.err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("OpenCL under CI: %v", openCL.err)
		}
		t.Logf("no OpenCL backend tested: %v", openCL.err)
		return nil
	}
	return openCL.devs
}

// openCLBackends are Accel on every OpenCL device: with the device's own limit, and with a
// small one so that instructions are tiled on the real device as well.
func openCLBackends(t testing.TB) []*Accel {
	var out []*Accel
	for _, o := range openCLDevices(t) {
		out = append(out, NewAccel(o, 2), newAccel(o, 2, 8192))
	}
	return out
}
