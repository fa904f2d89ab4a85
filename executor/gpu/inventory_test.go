//go:build cgo

package gpu

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/gpus"
)

func TestInventory(t *testing.T) {
	n := newRig(t).open(t)
	inv, err := n.Inventory()
	if err != nil {
		t.Fatal(err)
	}
	if inv.DriverVersion != "550.54.15" || inv.CUDAVersion != "12.4" {
		t.Errorf("driver %q CUDA %q, want 550.54.15 and 12.4", inv.DriverVersion, inv.CUDAVersion)
	}
	if len(inv.Devices) != 8 {
		t.Fatalf("%d devices, want 8", len(inv.Devices))
	}
	for i, d := range inv.Devices {
		want := Device{
			Index: i, Name: "NVIDIA H100 80GB HBM3", UUID: testUUID(i), MemoryTotal: 80 << 30,
			PCIBusID: fmt.Sprintf("00000000:%02X:00.0", dgxBuses[i]), PCIBus: dgxBuses[i], HasPCI: true,
			ComputeMajor: 9, ComputeMinor: 0,
		}
		if d != want {
			t.Errorf("device %d:\n got %+v\nwant %+v", i, d, want)
		}
		if d.ComputeCapability() != "9.0" {
			t.Errorf("device %d: compute capability %q, want 9.0", i, d.ComputeCapability())
		}
	}
}

// TestInventoryNotSupported: fields a card or driver does not offer are left empty without
// an error; a real failure on one card is an error that still leaves the others listed.
func TestInventoryNotSupported(t *testing.T) {
	r := newRig(t)
	r.srv.SystemGetCudaDriverVersionFunc = func() (int, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
	r.devs[0].GetCudaComputeCapabilityFunc = func() (int, int, nvml.Return) { return 0, 0, nvml.ERROR_NOT_SUPPORTED }
	r.devs[0].GetPciInfoFunc = func() (nvml.PciInfo, nvml.Return) { return nvml.PciInfo{}, nvml.ERROR_NOT_SUPPORTED }
	r.devs[0].GetNameFunc = func() (string, nvml.Return) { return "", nvml.ERROR_FUNCTION_NOT_FOUND }
	n := r.open(t)
	inv, err := n.Inventory()
	if err != nil {
		t.Fatalf("Inventory: %v", err)
	}
	d := inv.Devices[0]
	if inv.CUDAVersion != "" || d.Name != "" || d.PCIBusID != "" || d.HasPCI || d.ComputeCapability() != "" {
		t.Errorf("unsupported fields filled: CUDA %q, %+v", inv.CUDAVersion, d)
	}
	if d.UUID != testUUID(0) || d.MemoryTotal != 80<<30 {
		t.Errorf("supported fields lost: %+v", d)
	}

	r.devs[5].GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) { return nvml.Memory{}, nvml.ERROR_GPU_IS_LOST }
	inv, err = n.Inventory()
	if !errors.Is(err, nvml.ERROR_GPU_IS_LOST) || !strings.Contains(err.Error(), "gpu 5: memory") {
		t.Fatalf("Inventory with GPU 5 lost: error %v, want one naming gpu 5's memory query", err)
	}
	if len(inv.Devices) != 8 || inv.Devices[5].UUID != testUUID(5) || inv.Devices[6].MemoryTotal != 80<<30 {
		t.Errorf("partial inventory lost devices: %+v", inv.Devices)
	}
}

// TestInventoryPCIFallback: go-nvml's mock, and possibly a driver, leave the bus id string
// empty; the location then comes from the numeric fields, and all zeros means unknown.
func TestInventoryPCIFallback(t *testing.T) {
	r := newRig(t, gpus.H100_SXM5_80GB, gpus.H100_SXM5_80GB, gpus.H100_SXM5_80GB)
	r.devs[0].GetPciInfoFunc = func() (nvml.PciInfo, nvml.Return) {
		return nvml.PciInfo{Domain: 1, Bus: 0x3b, Device: 2}, nvml.SUCCESS
	}
	r.devs[1].GetPciInfoFunc = func() (nvml.PciInfo, nvml.Return) {
		return nvml.PciInfo{PciDeviceId: 0x233010DE}, nvml.SUCCESS // what the mock server answers
	}
	var legacy [16]int8
	copy(legacy[:], []int8{'0', '0', '0', '0', ':', '8', 'A', ':', '0', '0', '.', '0'})
	r.devs[2].GetPciInfoFunc = func() (nvml.PciInfo, nvml.Return) { return nvml.PciInfo{BusIdLegacy: legacy}, nvml.SUCCESS }
	inv, err := r.open(t).Inventory()
	if err != nil {
		t.Fatal(err)
	}
	got := inv.Devices
	if d := got[0]; d.PCIBusID != "00000001:3B:02.0" || !d.HasPCI || d.PCIDomain != 1 || d.PCIBus != 0x3b || d.PCIDevice != 2 {
		t.Errorf("from fields: %+v", d)
	}
	if d := got[1]; d.PCIBusID != "" || d.HasPCI {
		t.Errorf("from an empty PciInfo: %+v, want no location", d)
	}
	if d := got[2]; d.PCIBusID != "0000:8A:00.0" || !d.HasPCI || d.PCIBus != 0x8a {
		t.Errorf("from the legacy string: %+v", d)
	}
}

func TestCUDAVersion(t *testing.T) {
	for v, want := range map[int]string{12040: "12.4", 12080: "12.8", 13000: "13.0", 11020: "11.2", 0: ""} {
		if got := cudaVersion(v); got != want {
			t.Errorf("cudaVersion(%d) = %q, want %q", v, got, want)
		}
	}
}

func TestParseBusID(t *testing.T) {
	for _, tc := range []struct {
		s             string
		dom, bus, dev uint32
		ok            bool
	}{
		{"00000000:3B:00.0", 0, 0x3b, 0, true},
		{"0001:DF:1f.0", 1, 0xdf, 0x1f, true},
		{"00000000:00:00.0", 0, 0, 0, false},
		{"", 0, 0, 0, false},
		{"3B:00.0", 0, 0, 0, false},
		{"0000:3B:00", 0, 0, 0, false},
		{"0000:XY:00.0", 0, 0, 0, false},
	} {
		dom, bus, dev, ok := parseBusID(tc.s)
		if dom != tc.dom || bus != tc.bus || dev != tc.dev || ok != tc.ok {
			t.Errorf("parseBusID(%q) = %x %x %x %v, want %x %x %x %v", tc.s, dom, bus, dev, ok, tc.dom, tc.bus, tc.dev, tc.ok)
		}
	}
}

func TestFormat(t *testing.T) {
	inv := Inventory{DriverVersion: "550.54.15", CUDAVersion: "12.4", Devices: []Device{
		{Index: 0, Name: "NVIDIA H100 80GB HBM3", UUID: testUUID(0), MemoryTotal: 80 << 30,
			PCIBusID: "00000000:1B:00.0", PCIBus: 0x1b, HasPCI: true, ComputeMajor: 9},
		{Index: 1, UUID: testUUID(1), MemoryTotal: 3 << 29},
	}}
	var b strings.Builder
	if err := inv.Format(&b); err != nil {
		t.Fatal(err)
	}
	want := `NVIDIA driver 550.54.15, CUDA 12.4, 2 GPU(s)
INDEX  NAME                   MEMORY    PCI BUS ID        CC   UUID
0      NVIDIA H100 80GB HBM3  80.0 GiB  00000000:1B:00.0  9.0  GPU-abcd0000-1111-4222-8333-000000000000
1      -                      1.5 GiB   -                 -    GPU-abcd0001-1111-4222-8333-000000000001
`
	if b.String() != want {
		t.Errorf("Format:\n%s\nwant:\n%s", b.String(), want)
	}

	b.Reset()
	if err := (Inventory{}).Format(&b); err != nil {
		t.Fatal(err)
	}
	if want := "NVIDIA driver -, CUDA -, 0 GPU(s)\n"; b.String() != want {
		t.Errorf("empty Format = %q, want %q", b.String(), want)
	}
}

// TestFormatMock prints the mock DGX's inventory, as `crollup gpu info` would.
func TestFormatMock(t *testing.T) {
	inv, err := newRig(t).open(t).Inventory()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := inv.Format(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	want := "7 NVIDIA H100 80GB HBM3 80.0 GiB 00000000:DF:00.0 9.0 " + testUUID(7)
	if len(lines) != 10 || strings.Join(strings.Fields(lines[9]), " ") != want {
		t.Errorf("Format of the DGX H100:\n%s", b.String())
	}
}
