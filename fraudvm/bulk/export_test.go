package bulk

import "testing"

// NewCPUKernel is NewCPU with the MATMUL kernel named (for external tests): "go" always exists,
// "avx512vnni" where the CPU has it. It returns nil for a kernel this machine cannot run.
func NewCPUKernel(workers int, name string) *CPU {
	for _, k := range kernels() {
		if k.name == name {
			c := NewCPU(workers)
			c.kern = k
			return c
		}
	}
	return nil
}

// KernelNames lists the MATMUL kernels this machine runs, fastest first.
func KernelNames() []string {
	var names []string
	for _, k := range kernels() {
		names = append(names, k.name)
	}
	return names
}

// OpenCLTestBackends are the Accel backends on this machine's OpenCL devices (opencl_test.go).
func OpenCLTestBackends(t testing.TB) []*Accel { return openCLBackends(t) }

// OpenCLTestDevices are this machine's OpenCL devices, one per MATMUL kernel.
func OpenCLTestDevices(t testing.TB) []*OpenCL { return openCLDevices(t) }

// SpecAccel is Accel on the spec transcription with a limit small enough to tile every
// instruction.
func SpecAccel(limit int) *Accel { return newAccel(&specDevice{limit: limit}, 2, limit) }
