//go:build cgo

package gpu

import "github.com/NVIDIA/go-nvml/pkg/nvml"

// OpenSystem opens the machine's NVML (libnvidia-ml, loaded at run time). Its error wraps
// ErrUnavailable where there is no NVIDIA driver.
func OpenSystem() (*NVML, error) { return Open(nvml.New()) }
