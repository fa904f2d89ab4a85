//go:build !cgo

package gpu

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// NVML is absent from a build without cgo: go-nvml calls libnvidia-ml through cgo.
type NVML struct{}

// OpenSystem reports NVML unavailable: this binary was built without cgo.
func OpenSystem() (*NVML, error) {
	return nil, fmt.Errorf("%w: this binary was built with CGO_ENABLED=0, and NVML needs cgo", ErrUnavailable)
}

// Close does nothing.
func (n *NVML) Close() error { return nil }

// Count is 0.
func (n *NVML) Count() int { return 0 }

// Inventory is empty.
func (n *NVML) Inventory() (Inventory, error) { return Inventory{}, nil }

// NewCollector returns a collector of nothing.
func NewCollector(n *NVML) prometheus.Collector { return prometheus.NewRegistry() }
