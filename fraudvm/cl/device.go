package cl

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

// OpenCL info parameters (cl.h, cl_ext.h). The NVIDIA ones are not in Debian's headers.
const (
	platformVersion = 0x0901
	platformName    = 0x0902
	platformVendor  = 0x0903

	deviceTypeAll       = 0xFFFFFFFF
	deviceType          = 0x1000
	deviceComputeUnits  = 0x1002
	deviceMaxWorkGroup  = 0x1004
	deviceMaxAlloc      = 0x1010
	deviceGlobalMem     = 0x101F
	deviceLocalMem      = 0x1023
	deviceName          = 0x102B
	deviceVendor        = 0x102C
	deviceDriver        = 0x102D
	deviceVersion       = 0x102F
	deviceExtensions    = 0x1030
	deviceCVersion      = 0x103D
	deviceUUIDKHR       = 0x106A
	devicePCIBusInfoKHR = 0x410F
	deviceCCMajorNV     = 0x4000
	deviceCCMinorNV     = 0x4001
	devicePCIBusNV      = 0x4008
	devicePCISlotNV     = 0x4009
	devicePCIDomainNV   = 0x400A
)

// Device types.
const (
	TypeCPU         = 1 << 1
	TypeGPU         = 1 << 2
	TypeAccelerator = 1 << 3
)

// Platform is an OpenCL platform (one driver behind the ICD loader).
type Platform struct {
	lib                   *Lib
	id                    uintptr
	Name, Vendor, Version string
}

// Platforms lists the installed platforms. No platform at all is an error wrapping
// ErrUnavailable.
func (l *Lib) Platforms() ([]Platform, error) {
	var n uint32
	if code := l.getPlatformIDs(0, nil, unsafe.Pointer(&n)); code != 0 || n == 0 {
		if code == 0 || code == CodePlatformNotFound {
			return nil, fmt.Errorf("%w: the OpenCL loader found no platform (no driver installed under /etc/OpenCL/vendors)", ErrUnavailable)
		}
		return nil, check("clGetPlatformIDs", code)
	}
	ids := make([]uintptr, n)
	if err := check("clGetPlatformIDs", l.getPlatformIDs(n, unsafe.Pointer(&ids[0]), nil)); err != nil {
		return nil, err
	}
	ps := make([]Platform, n)
	for i, id := range ids {
		p := Platform{lib: l, id: id}
		var err error
		if p.Name, err = l.platformString(id, platformName); err != nil {
			return nil, err
		}
		if p.Vendor, err = l.platformString(id, platformVendor); err != nil {
			return nil, err
		}
		if p.Version, err = l.platformString(id, platformVersion); err != nil {
			return nil, err
		}
		ps[i] = p
	}
	return ps, nil
}

func (l *Lib) platformString(id uintptr, param uint32) (string, error) {
	var size uintptr
	if err := check("clGetPlatformInfo", l.getPlatformInfo(id, param, 0, nil, unsafe.Pointer(&size))); err != nil {
		return "", err
	}
	if size == 0 {
		return "", nil
	}
	b := make([]byte, size)
	if err := check("clGetPlatformInfo", l.getPlatformInfo(id, param, size, unsafe.Pointer(&b[0]), nil)); err != nil {
		return "", err
	}
	return cString(b), nil
}

// Device is an OpenCL device and what the backend needs to know about it.
type Device struct {
	lib      *Lib
	id       uintptr
	Platform string

	Name, Vendor, Version, Driver string
	CVersion                      string // OpenCL C version, e.g. "OpenCL C 1.2 PoCL"
	Type                          uint64 // TypeCPU, TypeGPU, TypeAccelerator bits
	ComputeUnits                  uint32
	MaxWorkGroup                  uint64 // the most work-items in one work-group
	GlobalMem, MaxAlloc, LocalMem uint64 // bytes
	Extensions                    []string

	// UUID is cl_khr_device_uuid's: NVIDIA reports NVML's GPU UUID here.
	UUID    [16]byte
	HasUUID bool
	// PCI location, from cl_khr_pci_bus_info or NVIDIA's own queries.
	PCIDomain, PCIBus, PCIDevice, PCIFunction uint32
	HasPCI                                    bool
	// NVComputeCapability is major·10+minor on NVIDIA devices (cl_nv_device_attribute_query),
	// 0 elsewhere. dp4a needs 61 or more.
	NVComputeCapability int
}

// HasExtension reports whether the device lists ext.
func (d *Device) HasExtension(ext string) bool {
	for _, e := range d.Extensions {
		if e == ext {
			return true
		}
	}
	return false
}

// TypeName is "gpu", "cpu", "accelerator" or "other".
func (d *Device) TypeName() string {
	switch {
	case d.Type&TypeGPU != 0:
		return "gpu"
	case d.Type&TypeCPU != 0:
		return "cpu"
	case d.Type&TypeAccelerator != 0:
		return "accelerator"
	}
	return "other"
}

// Devices lists every device of every platform, in platform order then device order: the index
// in this list is a device's number for the operator (`crollup gpu info`, executor config).
func (l *Lib) Devices() ([]*Device, error) {
	ps, err := l.Platforms()
	if err != nil {
		return nil, err
	}
	var all []*Device
	for _, p := range ps {
		var n uint32
		code := l.getDeviceIDs(p.id, deviceTypeAll, 0, nil, unsafe.Pointer(&n))
		if code == CodeDeviceNotFound || (code == 0 && n == 0) {
			continue
		}
		if err := check("clGetDeviceIDs", code); err != nil {
			return nil, fmt.Errorf("platform %q: %w", p.Name, err)
		}
		ids := make([]uintptr, n)
		if err := check("clGetDeviceIDs", l.getDeviceIDs(p.id, deviceTypeAll, n, unsafe.Pointer(&ids[0]), nil)); err != nil {
			return nil, fmt.Errorf("platform %q: %w", p.Name, err)
		}
		for _, id := range ids {
			d, err := l.device(id, p.Name)
			if err != nil {
				return nil, fmt.Errorf("platform %q: %w", p.Name, err)
			}
			all = append(all, d)
		}
	}
	if len(all) == 0 {
		// PoCL hides its device when it has no writable cache directory: say so, since that is
		// the usual cause on a server with PoCL installed.
		return nil, fmt.Errorf("%w: no OpenCL device on %d platform(s) (PoCL needs a writable POCL_CACHE_DIR)", ErrUnavailable, len(ps))
	}
	return all, nil
}

func (l *Lib) device(id uintptr, platform string) (*Device, error) {
	d := &Device{lib: l, id: id, Platform: platform}
	str := func(param uint32, dst *string) error {
		b, err := l.deviceBytes(id, param)
		*dst = cString(b)
		return err
	}
	u64 := func(param uint32, dst *uint64) error {
		b, err := l.deviceBytes(id, param)
		if err == nil && len(b) >= 8 {
			*dst = binary.LittleEndian.Uint64(b)
		} else if err == nil && len(b) >= 4 {
			*dst = uint64(binary.LittleEndian.Uint32(b))
		}
		return err
	}
	var ext string
	var cu uint64
	for _, err := range []error{
		str(deviceName, &d.Name), str(deviceVendor, &d.Vendor), str(deviceVersion, &d.Version),
		str(deviceDriver, &d.Driver), str(deviceCVersion, &d.CVersion), str(deviceExtensions, &ext),
		u64(deviceType, &d.Type), u64(deviceComputeUnits, &cu), u64(deviceMaxWorkGroup, &d.MaxWorkGroup),
		u64(deviceGlobalMem, &d.GlobalMem), u64(deviceMaxAlloc, &d.MaxAlloc), u64(deviceLocalMem, &d.LocalMem),
	} {
		if err != nil {
			return nil, err
		}
	}
	d.ComputeUnits = uint32(cu)
	d.Extensions = strings.Fields(ext)
	// Optional queries: an extension the device lacks is simply absent.
	if d.HasExtension("cl_khr_device_uuid") {
		if b, err := l.deviceBytes(id, deviceUUIDKHR); err == nil && len(b) == 16 {
			copy(d.UUID[:], b)
			d.HasUUID = true
		}
	}
	if d.HasExtension("cl_khr_pci_bus_info") {
		if b, err := l.deviceBytes(id, devicePCIBusInfoKHR); err == nil && len(b) >= 16 {
			d.PCIDomain, d.PCIBus = binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[4:])
			d.PCIDevice, d.PCIFunction = binary.LittleEndian.Uint32(b[8:]), binary.LittleEndian.Uint32(b[12:])
			d.HasPCI = true
		}
	}
	if d.HasExtension("cl_nv_device_attribute_query") {
		var major, minor, bus, slot, domain uint64
		if u64(deviceCCMajorNV, &major) == nil && u64(deviceCCMinorNV, &minor) == nil {
			d.NVComputeCapability = int(major*10 + minor)
		}
		if !d.HasPCI && u64(devicePCIBusNV, &bus) == nil && u64(devicePCISlotNV, &slot) == nil {
			_ = u64(devicePCIDomainNV, &domain) // older drivers lack it: domain 0
			// NVIDIA's slot id packs device<<3 | function.
			d.PCIDomain, d.PCIBus, d.PCIDevice, d.PCIFunction = uint32(domain), uint32(bus), uint32(slot>>3), uint32(slot&7)
			d.HasPCI = true
		}
	}
	return d, nil
}

func (l *Lib) deviceBytes(id uintptr, param uint32) ([]byte, error) {
	var size uintptr
	if err := check("clGetDeviceInfo", l.getDeviceInfo(id, param, 0, nil, unsafe.Pointer(&size))); err != nil {
		return nil, fmt.Errorf("param 0x%x: %w", param, err)
	}
	if size == 0 {
		return nil, nil
	}
	b := make([]byte, size)
	if err := check("clGetDeviceInfo", l.getDeviceInfo(id, param, size, unsafe.Pointer(&b[0]), nil)); err != nil {
		return nil, fmt.Errorf("param 0x%x: %w", param, err)
	}
	return b, nil
}

// cString is b up to its first NUL, trimmed.
func cString(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return strings.TrimSpace(string(b))
}

// IsUnavailable reports whether err means OpenCL cannot be used here at all.
func IsUnavailable(err error) bool { return errors.Is(err, ErrUnavailable) }
