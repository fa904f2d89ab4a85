//go:build !amd64 || purego

package bulk

// kernels lists the kernels this build can run: without amd64 assembly (or with the purego
// tag) only the pure-Go one.
func kernels() []*kernel { return []*kernel{&goKernel} }
