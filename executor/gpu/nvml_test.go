//go:build cgo

package gpu

import (
	"errors"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// TestOpenRealNVML runs the production path. On this project's CI machines there is no NVIDIA
// driver, so Open must fail with ErrUnavailable and say why; on a machine with one it must
// open and read the real GPUs.
func TestOpenRealNVML(t *testing.T) {
	n, err := Open(nvml.New())
	if err != nil {
		if !errors.Is(err, ErrUnavailable) {
			t.Fatalf("Open(nvml.New()) = %v, want an error wrapping ErrUnavailable", err)
		}
		if errors.Is(err, nvml.ERROR_LIBRARY_NOT_FOUND) &&
			!strings.Contains(err.Error(), "NVML library not found: no NVIDIA driver on this machine") {
			t.Fatalf("error %q does not say that there is no driver", err)
		}
		t.Logf("no NVML here, as expected: %v", err)
		return
	}
	defer n.Close()
	inv, err := n.Inventory()
	if err != nil {
		t.Fatalf("Inventory: %v", err)
	}
	if inv.DriverVersion == "" || len(inv.Devices) == 0 {
		t.Fatalf("NVML opened but the inventory is empty: %+v", inv)
	}
	var b strings.Builder
	if err := inv.Format(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
	for i := range n.Count() {
		s, err := n.Sample(i)
		if err != nil {
			t.Fatalf("Sample(%d): %v", i, err)
		}
		t.Logf("%+v", s)
		if !s.HasMemory || s.MemoryTotal == 0 {
			t.Errorf("GPU %d: no memory reading", i)
		}
		if _, err := ParseUUID(s.UUID); err != nil {
			t.Errorf("GPU %d: %v", i, err)
		}
	}
}

func TestOpenInitFailure(t *testing.T) {
	for _, tc := range []struct {
		ret  nvml.Return
		want string
	}{
		{nvml.ERROR_LIBRARY_NOT_FOUND, "NVML library not found: no NVIDIA driver on this machine"},
		{nvml.ERROR_DRIVER_NOT_LOADED, "NVIDIA kernel driver is not loaded"},
		{nvml.ERROR_NO_PERMISSION, "no permission"},
		{nvml.ERROR_UNKNOWN, "NVML failed to initialise"},
	} {
		r := newRig(t)
		r.srv.InitFunc = func() nvml.Return { return tc.ret }
		n, err := Open(r.srv)
		if n != nil || !errors.Is(err, ErrUnavailable) || !errors.Is(err, tc.ret) {
			t.Fatalf("Init → %v: Open = %v, %v; want nil and an error wrapping ErrUnavailable and the return", tc.ret, n, err)
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Init → %v: error %q lacks %q", tc.ret, err, tc.want)
		}
	}
	if _, err := Open(nil); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Open(nil) = %v, want ErrUnavailable", err)
	}
}

func TestOpenCountFailureShutsDown(t *testing.T) {
	r := newRig(t)
	r.srv.DeviceGetCountFunc = func() (int, nvml.Return) { return 0, nvml.ERROR_UNKNOWN }
	if _, err := Open(r.srv); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Open = %v, want ErrUnavailable", err)
	}
	if r.shutdowns != 1 {
		t.Errorf("Shutdown called %d times after a failed Open, want 1", r.shutdowns)
	}
}

func TestClose(t *testing.T) {
	r := newRig(t)
	n, err := Open(r.srv)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if r.shutdowns != 1 || r.events.frees != 1 {
		t.Errorf("Shutdown %d, event set freed %d times; want 1 and 1", r.shutdowns, r.events.frees)
	}
	if s, err := n.Sample(0); err == nil || s.Healthy {
		t.Errorf("Sample after Close = %+v, %v; want an error and unhealthy", s, err)
	}
	if _, err := n.Inventory(); err == nil {
		t.Error("Inventory after Close succeeded")
	}
}
