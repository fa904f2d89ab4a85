//go:build cgo

package gpu

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// Inventory reads the driver and every GPU. A query that fails on one GPU does not hide the
// others: the inventory holds every field that could be read and the error joins the failures.
func (n *NVML) Inventory() (Inventory, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return Inventory{}, errClosed
	}
	var inv Inventory
	var errs queryErrs
	if v, ret := n.lib.SystemGetDriverVersion(); errs.ok("driver version", ret) {
		inv.DriverVersion = v
	}
	if v, ret := n.lib.SystemGetCudaDriverVersion(); errs.ok("CUDA driver version", ret) {
		inv.CUDAVersion = cudaVersion(v)
	}
	for _, d := range n.devs {
		dev, err := n.device(d)
		if err != nil {
			errs = append(errs, fmt.Errorf("gpu %d: %w", d.index, err))
		}
		inv.Devices = append(inv.Devices, dev)
	}
	return inv, errors.Join(errs...)
}

// device reads one GPU's inventory; n.mu is held.
func (n *NVML) device(d *device) (Device, error) {
	var errs queryErrs
	if err := n.acquire(d); err != nil {
		errs = append(errs, err)
	}
	dev := Device{Index: d.index, UUID: d.uuid}
	h := d.handle
	if h == nil {
		return dev, errors.Join(errs...)
	}
	if v, ret := h.GetName(); errs.ok("name", ret) {
		dev.Name = v
	}
	if m, ret := h.GetMemoryInfo(); errs.ok("memory", ret) {
		dev.MemoryTotal = m.Total
	}
	if p, ret := h.GetPciInfo(); errs.ok("PCI info", ret) {
		dev.PCIBusID, dev.PCIDomain, dev.PCIBus, dev.PCIDevice, dev.HasPCI = pciLocation(p)
	}
	if major, minor, ret := h.GetCudaComputeCapability(); errs.ok("compute capability", ret) {
		dev.ComputeMajor, dev.ComputeMinor = major, minor
	}
	return dev, errors.Join(errs...)
}

// cudaVersion formats nvmlSystemGetCudaDriverVersion's 1000*major + 10*minor ("12.4").
func cudaVersion(v int) string {
	if v <= 0 {
		return ""
	}
	return fmt.Sprintf("%d.%d", v/1000, v%1000/10)
}

// pciLocation takes the location from NVML's bus id string when it parses, as that is what
// nvidia-smi and the kernel print, else from the numeric fields. go-nvml's mocks leave the
// string empty, and a driver could too: the fields are the fallback, formatted as NVML does.
func pciLocation(p nvml.PciInfo) (busID string, domain, bus, dev uint32, ok bool) {
	s := cString(p.BusId[:])
	if s == "" {
		s = cString(p.BusIdLegacy[:])
	}
	if domain, bus, dev, ok := parseBusID(s); ok {
		return s, domain, bus, dev, true
	}
	if p.Domain == 0 && p.Bus == 0 && p.Device == 0 {
		return s, 0, 0, 0, false
	}
	return fmt.Sprintf("%08X:%02X:%02X.0", p.Domain, p.Bus, p.Device), p.Domain, p.Bus, p.Device, true
}

// parseBusID parses "domain:bus:device.function" in hex; the domain has 4 or 8 digits.
func parseBusID(s string) (domain, bus, dev uint32, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	devFn := strings.Split(parts[2], ".")
	if len(devFn) != 2 {
		return 0, 0, 0, false
	}
	var v [4]uint64
	for i, f := range []string{parts[0], parts[1], devFn[0], devFn[1]} {
		x, err := strconv.ParseUint(f, 16, 32)
		if err != nil {
			return 0, 0, 0, false
		}
		v[i] = x
	}
	if v[0] == 0 && v[1] == 0 && v[2] == 0 {
		return 0, 0, 0, false // the host bridge: see Device.HasPCI
	}
	return uint32(v[0]), uint32(v[1]), uint32(v[2]), true
}
