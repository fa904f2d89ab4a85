package gpu

import (
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// CLDevice is what an OpenCL device tells about where it is (fraudvm/cl reads it): the
// executor runs jobs on OpenCL devices but watches GPUs through NVML, and the two number
// their devices independently.
type CLDevice struct {
	Index int
	Name  string
	// UUID is cl_khr_device_uuid's; NVIDIA's OpenCL reports the GPU's NVML UUID bytes here.
	UUID    [16]byte
	HasUUID bool
	// PCI location from cl_khr_pci_bus_info or NVIDIA's CL_DEVICE_PCI_*_NV queries.
	PCIDomain, PCIBus, PCIDevice uint32
	HasPCI                       bool
}

// Match pairs OpenCL devices with NVML devices and returns OpenCL index → NVML index. A UUID
// match is taken first, as it names the card itself; a PCI domain, bus and device match is
// the fallback for drivers without cl_khr_device_uuid. The result is one-to-one: each NVML
// device is given to at most one OpenCL device, OpenCL devices in ascending index order
// choosing the lowest-indexed candidate, so the same inputs always give the same pairs.
// OpenCL devices with no match (another vendor's, or PoCL's CPU device) are absent.
func Match(nv []Device, cl []CLDevice) map[int]int {
	out := make(map[int]int)
	taken := make(map[int]bool) // NVML indices already matched

	order := slices.Clone(cl)
	slices.SortStableFunc(order, func(a, b CLDevice) int { return a.Index - b.Index })
	nvOrder := slices.Clone(nv)
	slices.SortStableFunc(nvOrder, func(a, b Device) int { return a.Index - b.Index })

	uuids := make([]*[16]byte, len(nvOrder))
	for i, d := range nvOrder {
		if u, err := ParseUUID(d.UUID); err == nil && u != ([16]byte{}) {
			uuids[i] = &u
		}
	}
	pick := func(c CLDevice, same func(i int) bool) bool {
		if _, done := out[c.Index]; done {
			return true
		}
		for i, d := range nvOrder {
			if !taken[d.Index] && same(i) {
				out[c.Index], taken[d.Index] = d.Index, true
				return true
			}
		}
		return false
	}
	// Every UUID match before any PCI match: a PCI match must not take a card that another
	// OpenCL device names by UUID.
	for _, c := range order {
		// An all-zero UUID is a driver saying it does not know, not a card.
		if c.HasUUID && c.UUID != ([16]byte{}) {
			pick(c, func(i int) bool { return uuids[i] != nil && *uuids[i] == c.UUID })
		}
	}
	for _, c := range order {
		if c.HasPCI {
			pick(c, func(i int) bool {
				d := nvOrder[i]
				return d.HasPCI && d.PCIDomain == c.PCIDomain && d.PCIBus == c.PCIBus && d.PCIDevice == c.PCIDevice
			})
		}
	}
	return out
}

// ParseUUID parses an NVML UUID ("GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx") into its 16
// bytes, in the order they are printed, which is the order cl_khr_device_uuid returns them.
func ParseUUID(s string) ([16]byte, error) {
	var u [16]byte
	h := strings.ReplaceAll(strings.TrimPrefix(s, "GPU-"), "-", "")
	if len(h) != 32 {
		return u, fmt.Errorf("gpu: malformed UUID %q", s)
	}
	if _, err := hex.Decode(u[:], []byte(h)); err != nil {
		return u, fmt.Errorf("gpu: malformed UUID %q: %w", s, err)
	}
	return u, nil
}
