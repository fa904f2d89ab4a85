package bulk

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
