//go:build !amd64 || purego

package keccak

// Without the amd64 kernels (another architecture, or the purego build tag) only pure Go runs.
var (
	kernels = []*kernel{&generic}
	best    = &generic
)

func sumBlocks(vectorKernel, *byte, *byte, int) { panic("keccak: no vector kernels in this build") }
