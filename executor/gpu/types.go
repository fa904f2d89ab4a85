package gpu

import (
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
)

// The types here build without cgo; reading them from NVML needs it (nvml.go, nocgo.go).

// ErrUnavailable is wrapped by every error that means "this machine has no usable NVML": no
// NVIDIA driver, a driver that is not loaded, or no permission to talk to it. An executor
// without GPUs is a normal configuration, so callers test for it with errors.Is and carry on
// without GPU metrics instead of failing.
var ErrUnavailable = errors.New("gpu: NVML unavailable")

// Inventory is what the machine's NVIDIA driver and GPUs are. Fields a driver or card does not
// support are left empty or zero.
type Inventory struct {
	DriverVersion string // e.g. "550.54.15"
	CUDAVersion   string // highest CUDA version the driver supports, e.g. "12.4"
	Devices       []Device
}

// Device is one GPU as NVML enumerates it.
type Device struct {
	Index       int // NVML's index; not necessarily CUDA's or OpenCL's order
	Name        string
	UUID        string // "GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
	MemoryTotal uint64 // bytes

	// PCIBusID is NVML's "domain:bus:device.function", e.g. "00000000:3B:00.0". HasPCI says
	// whether the numbers are known: a location of all zeros is the host bridge, never a GPU,
	// so it is taken as unknown (go-nvml's mocks report exactly that).
	PCIBusID                     string
	PCIDomain, PCIBus, PCIDevice uint32
	HasPCI                       bool

	// CUDA compute capability, 0.0 when unknown.
	ComputeMajor, ComputeMinor int
}

// ComputeCapability formats the compute capability as CUDA does ("9.0"), "" when unknown.
func (d Device) ComputeCapability() string {
	if d.ComputeMajor == 0 && d.ComputeMinor == 0 {
		return ""
	}
	return fmt.Sprintf("%d.%d", d.ComputeMajor, d.ComputeMinor)
}

// Sample is one reading of a GPU's telemetry and health. Each Has/Supported flag says whether
// its fields were read: a card that does not offer a query (ECC on consumer cards, power on
// some boards) leaves them false rather than reporting zero, which would read as a real value.
type Sample struct {
	Index int
	UUID  string // "" when NVML could not say

	TemperatureC   uint32 // GPU core sensor, °C
	HasTemperature bool

	PowerW   float64 // board power draw, watts
	HasPower bool

	// Utilisation over NVML's last sample period (1/6 s to 1 s by product), 0 to 1.
	GPUUtil, MemoryUtil float64
	HasUtilization      bool

	MemoryUsed, MemoryTotal uint64 // bytes
	HasMemory               bool

	// Volatile ECC error totals: since the driver last loaded. Uncorrected ones mean a job may
	// have read corrupted memory, which for a rollup executor means a wrong state root.
	ECCCorrected, ECCUncorrected uint64
	ECCSupported                 bool

	// ThrottleReasons is NVML's clocks event (formerly throttle) reasons bitmask
	// (nvml.ClocksEventReason*). Bit 0, GPU idle, is normal.
	ThrottleReasons    uint64
	HasThrottleReasons bool

	// XIDs are the driver's error reports (dmesg "NVRM: Xid"). They are counted since Open:
	// NVML only delivers them as events, which is why XIDSupported can be false when the
	// device or the driver does not offer events; XIDNote then says why.
	XIDSupported bool
	XIDNote      string
	XIDEvents    uint64 // all XIDs, application-caused ones included
	LastXID      uint64 // 0 when none seen

	Healthy bool
	Reason  string // why not healthy; "" when healthy
}

// Format prints the inventory as a table for people (crollup gpu info).
func (inv Inventory) Format(w io.Writer) error {
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	if _, err := fmt.Fprintf(w, "NVIDIA driver %s, CUDA %s, %d GPU(s)\n",
		dash(inv.DriverVersion), dash(inv.CUDAVersion), len(inv.Devices)); err != nil {
		return err
	}
	if len(inv.Devices) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tNAME\tMEMORY\tPCI BUS ID\tCC\tUUID")
	for _, d := range inv.Devices {
		mem := "-"
		if d.MemoryTotal > 0 {
			mem = fmt.Sprintf("%.1f GiB", float64(d.MemoryTotal)/(1<<30))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", d.Index, dash(d.Name), mem,
			dash(d.PCIBusID), dash(d.ComputeCapability()), dash(d.UUID))
	}
	return tw.Flush()
}
