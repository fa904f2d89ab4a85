//go:build cgo

package gpu

import (
	"maps"
	"testing"
)

func mustUUID(t *testing.T, s string) [16]byte {
	t.Helper()
	u, err := ParseUUID(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// nvDevices is the mock DGX's inventory.
func nvDevices(t *testing.T) []Device {
	inv, err := newRig(t).open(t).Inventory()
	if err != nil {
		t.Fatal(err)
	}
	return inv.Devices
}

func TestParseUUID(t *testing.T) {
	u := mustUUID(t, "GPU-a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90")
	want := [16]byte{0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6, 0x07, 0x18, 0x29, 0x3a, 0x4b, 0x5c, 0x6d, 0x7e, 0x8f, 0x90}
	if u != want {
		t.Errorf("ParseUUID = %x, want %x", u, want)
	}
	for _, bad := range []string{"", "GPU-", "GPU-a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f9", "GPU-a1b2c3d4-e5f6-0718-293a-4b5c6d7e8fzz",
		"MIG-a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90"} {
		if _, err := ParseUUID(bad); err == nil {
			t.Errorf("ParseUUID(%q) succeeded", bad)
		}
	}
}

// TestMatchUUID: OpenCL enumerates in another order and the PCI numbers disagree (a
// driver reporting them oddly): the UUID decides.
func TestMatchUUID(t *testing.T) {
	nv := nvDevices(t)
	cl := []CLDevice{
		{Index: 0, UUID: mustUUID(t, testUUID(5)), HasUUID: true, PCIBus: dgxBuses[0], HasPCI: true},
		{Index: 1, UUID: mustUUID(t, testUUID(0)), HasUUID: true},
		{Index: 2, UUID: mustUUID(t, testUUID(7)), HasUUID: true, PCIBus: 0x99, HasPCI: true},
	}
	got := Match(nv, cl)
	if want := map[int]int{0: 5, 1: 0, 2: 7}; !maps.Equal(got, want) {
		t.Errorf("Match = %v, want %v", got, want)
	}
}

func TestMatchPCI(t *testing.T) {
	nv := nvDevices(t)
	cl := []CLDevice{
		{Index: 0, PCIBus: dgxBuses[3], HasPCI: true},
		{Index: 1, PCIBus: dgxBuses[1], HasPCI: true},
		{Index: 2, PCIBus: dgxBuses[1], PCIDevice: 1, HasPCI: true}, // another slot on the bus
		{Index: 3, PCIDomain: 1, PCIBus: dgxBuses[2], HasPCI: true}, // another domain
		{Index: 4, PCIBus: dgxBuses[3]},                             // numbers not known
	}
	got := Match(nv, cl)
	if want := map[int]int{0: 3, 1: 1}; !maps.Equal(got, want) {
		t.Errorf("Match = %v, want %v", got, want)
	}
}

func TestMatchNone(t *testing.T) {
	nv := nvDevices(t)
	cl := []CLDevice{
		{Index: 0, Name: "cpu-znver5 (PoCL)"},                                                    // no UUID, no PCI
		{Index: 1, UUID: mustUUID(t, "GPU-00000000-0000-0000-0000-0000000000ff"), HasUUID: true}, // another card
		{Index: 2, HasUUID: true},                                                                // all-zero UUID: unknown
		{Index: 3, PCIBus: 0x01, PCIDevice: 0, HasPCI: true},                                     // no GPU there
	}
	if got := Match(nv, cl); len(got) != 0 {
		t.Errorf("Match = %v, want no pairs", got)
	}
	if got := Match(nil, nil); len(got) != 0 {
		t.Errorf("Match(nil, nil) = %v", got)
	}
	// NVML devices without a location are never matched by PCI, even against zeros.
	if got := Match([]Device{{Index: 0}}, []CLDevice{{Index: 0, HasPCI: true}}); len(got) != 0 {
		t.Errorf("Match without NVML PCI = %v, want none", got)
	}
}

// TestMatchOneToOne: a card is given once. A UUID match wins over a PCI match for the same
// card whatever the OpenCL order, and duplicate claims go to the lowest OpenCL index.
func TestMatchOneToOne(t *testing.T) {
	nv := nvDevices(t)
	cl := []CLDevice{
		{Index: 3, UUID: mustUUID(t, testUUID(2)), HasUUID: true},
		{Index: 0, PCIBus: dgxBuses[2], HasPCI: true}, // GPU 2 by PCI, but CL 3 names it by UUID
		{Index: 1, PCIBus: dgxBuses[4], HasPCI: true},
		{Index: 2, PCIBus: dgxBuses[4], HasPCI: true}, // GPU 4 again
	}
	want := map[int]int{3: 2, 1: 4}
	for range 3 {
		if got := Match(nv, cl); !maps.Equal(got, want) {
			t.Fatalf("Match = %v, want %v", got, want)
		}
		cl[0], cl[1], cl[2], cl[3] = cl[3], cl[0], cl[1], cl[2] // another input order, same answer
	}
}
