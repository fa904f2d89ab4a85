//go:build cgo

package gpu

import (
	"errors"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

func TestSample(t *testing.T) {
	r := newRig(t)
	n := r.open(t)
	for i := range 8 {
		s := sample(t, n, i)
		want := Sample{
			Index: i, UUID: testUUID(i),
			TemperatureC: uint32(40 + i), HasTemperature: true,
			PowerW: 300 + 0.5*float64(i), HasPower: true,
			GPUUtil: float64(10*i) / 100, MemoryUtil: float64(5*i) / 100, HasUtilization: true,
			MemoryUsed: uint64(i) << 30, MemoryTotal: 80 << 30, HasMemory: true,
			ECCCorrected: uint64(i), ECCSupported: true,
			ThrottleReasons: nvml.ClocksEventReasonGpuIdle, HasThrottleReasons: true,
			XIDSupported: true,
			Healthy:      true,
		}
		if s != want {
			t.Errorf("GPU %d:\n got %+v\nwant %+v", i, s, want)
		}
		if got := r.events.registered[i]; got != nvml.EventTypeXidCriticalError {
			t.Errorf("GPU %d registered for events %#x, want XID critical errors", i, got)
		}
	}
	if _, err := n.Sample(8); err == nil {
		t.Error("Sample(8) of 8 GPUs succeeded")
	}
	if _, err := n.Sample(-1); err == nil {
		t.Error("Sample(-1) succeeded")
	}
}

// TestSampleNotSupported: what a consumer card lacks is marked unsupported, not an error, and
// does not make it unhealthy.
func TestSampleNotSupported(t *testing.T) {
	r := newRig(t)
	d := r.devs[2]
	d.GetTotalEccErrorsFunc = func(nvml.MemoryErrorType, nvml.EccCounterType) (uint64, nvml.Return) {
		return 0, nvml.ERROR_NOT_SUPPORTED
	}
	d.GetPowerUsageFunc = func() (uint32, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
	d.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
	d.GetCurrentClocksEventReasonsFunc = func() (uint64, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
	d.RegisterEventsFunc = func(uint64, nvml.EventSet) nvml.Return { return nvml.ERROR_NOT_SUPPORTED }
	s := sample(t, r.open(t), 2)
	if s.ECCSupported || s.HasPower || s.HasTemperature || s.HasThrottleReasons || s.XIDSupported {
		t.Errorf("unsupported readings marked supported: %+v", s)
	}
	if !strings.Contains(s.XIDNote, "not supported") {
		t.Errorf("XIDNote %q does not say XIDs are unsupported", s.XIDNote)
	}
	if !s.Healthy || !s.HasMemory || !s.HasUtilization {
		t.Errorf("sample with unsupported fields: %+v, want healthy with memory and utilisation", s)
	}
}

func TestSampleECCUnhealthy(t *testing.T) {
	r := newRig(t)
	r.devs[3].GetTotalEccErrorsFunc = func(typ nvml.MemoryErrorType, _ nvml.EccCounterType) (uint64, nvml.Return) {
		if typ == nvml.MEMORY_ERROR_TYPE_UNCORRECTED {
			return 2, nvml.SUCCESS
		}
		return 7, nvml.SUCCESS
	}
	n := r.open(t)
	s := sample(t, n, 3)
	if s.Healthy || s.ECCUncorrected != 2 || s.ECCCorrected != 7 || !strings.Contains(s.Reason, "2 uncorrected ECC errors") {
		t.Errorf("GPU with uncorrected ECC errors: %+v", s)
	}
	if s := sample(t, n, 4); !s.Healthy {
		t.Errorf("GPU 4 unhealthy: %s", s.Reason)
	}
}

// TestSampleXID: a critical XID makes its card unhealthy for good; an application-caused one
// is counted but leaves the card healthy; events reach the right card whichever is sampled.
func TestSampleXID(t *testing.T) {
	r := newRig(t)
	n := r.open(t)
	r.events.push(r.devs[2], 79) // fallen off the bus
	r.events.push(r.devs[5], 13) // graphics engine exception: a bad kernel
	r.events.push(r.devs[5], 31) // page fault: also the program's
	sample(t, n, 0)              // drains every card's events
	for range 2 {                // and the verdict is sticky
		if s := sample(t, n, 2); s.Healthy || s.XIDEvents != 1 || s.LastXID != 79 || !strings.Contains(s.Reason, "critical XID 79") {
			t.Errorf("GPU 2 after XID 79: %+v", s)
		}
		if s := sample(t, n, 5); !s.Healthy || s.XIDEvents != 2 || s.LastXID != 31 {
			t.Errorf("GPU 5 after XIDs 13 and 31: %+v", s)
		}
		if s := sample(t, n, 0); !s.Healthy || s.XIDEvents != 0 {
			t.Errorf("GPU 0 without XIDs: %+v", s)
		}
	}
}

// TestSampleXIDUnattributed: an XID whose card NVML cannot name is charged to every card.
func TestSampleXIDUnattributed(t *testing.T) {
	r := newRig(t)
	n := r.open(t)
	r.events.push(nil, 48)
	for i := range 8 {
		if s := sample(t, n, i); s.Healthy || s.LastXID != 48 {
			t.Errorf("GPU %d after an unattributed XID 48: %+v", i, s)
		}
	}
}

// TestSampleEventsLost: when the event set fails, XIDs may have been missed and no watched
// card can be vouched for.
func TestSampleEventsLost(t *testing.T) {
	r := newRig(t)
	r.devs[1].RegisterEventsFunc = func(uint64, nvml.EventSet) nvml.Return { return nvml.ERROR_NOT_SUPPORTED }
	n := r.open(t)
	r.events.waitErr = nvml.ERROR_UNKNOWN
	if s := sample(t, n, 0); s.Healthy || !strings.Contains(s.Reason, "XID events lost") {
		t.Errorf("GPU 0 after a failed event wait: %+v", s)
	}
	if s := sample(t, n, 1); !s.Healthy {
		t.Errorf("GPU 1, whose XIDs were never watched, unhealthy: %s", s.Reason)
	}
}

func TestSampleNoEventSet(t *testing.T) {
	r := newRig(t)
	r.srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) { return nil, nvml.ERROR_NOT_SUPPORTED }
	n := r.open(t)
	s := sample(t, n, 0)
	if s.XIDSupported || !strings.Contains(s.XIDNote, "event set not available") || !s.Healthy {
		t.Errorf("sample without an event set: %+v", s)
	}
	if len(r.events.registered) != 0 {
		t.Errorf("devices registered without an event set: %v", r.events.registered)
	}
	if err := n.Close(); err != nil {
		t.Errorf("Close without an event set: %v", err)
	}
}

// TestSampleQueryError: a card that fails a query is unhealthy, says which query, and keeps
// the readings that worked.
func TestSampleQueryError(t *testing.T) {
	r := newRig(t)
	r.devs[4].GetPowerUsageFunc = func() (uint32, nvml.Return) { return 0, nvml.ERROR_GPU_IS_LOST }
	n := r.open(t)
	s, err := n.Sample(4)
	if !errors.Is(err, nvml.ERROR_GPU_IS_LOST) {
		t.Fatalf("Sample(4) error %v, want GPU_IS_LOST", err)
	}
	if s.Healthy || !strings.Contains(s.Reason, "cannot be queried: power") || s.HasPower {
		t.Errorf("GPU 4 with a failing power query: %+v", s)
	}
	if !s.HasTemperature || s.TemperatureC != 44 || s.UUID != testUUID(4) {
		t.Errorf("GPU 4 lost its other readings: %+v", s)
	}
}

// TestSampleHandleLater: a card NVML will not hand out at Open is kept, unhealthy, and picked
// up (UUID, XID registration) once it answers.
func TestSampleHandleLater(t *testing.T) {
	r := newRig(t)
	lost := true
	get := r.srv.DeviceGetHandleByIndexFunc
	r.srv.DeviceGetHandleByIndexFunc = func(i int) (nvml.Device, nvml.Return) {
		if i == 6 && lost {
			return nil, nvml.ERROR_GPU_IS_LOST
		}
		return get(i)
	}
	n := r.open(t)
	if n.Count() != 8 {
		t.Fatalf("Count = %d, want 8", n.Count())
	}
	s, err := n.Sample(6)
	if err == nil || s.Healthy || s.UUID != "" || s.XIDSupported {
		t.Fatalf("lost GPU 6: %+v, %v; want an error, unhealthy, no UUID", s, err)
	}
	lost = false
	s = sample(t, n, 6)
	if !s.Healthy || s.UUID != testUUID(6) || !s.XIDSupported || r.events.registered[6] == 0 {
		t.Errorf("GPU 6 back: %+v (registered %#x)", s, r.events.registered[6])
	}
}

// TestSampleSymbols: clock reasons come from the event-reasons call when the driver has it,
// else the throttle-reasons one; deprecated calls the driver lacks are not made.
func TestSampleSymbols(t *testing.T) {
	for _, tc := range []struct {
		missing     []string
		reasons     uint64
		hasReasons  bool
		temperature bool
	}{
		{nil, nvml.ClocksEventReasonGpuIdle, true, true},
		{[]string{symClocksEventReasons}, nvml.ClocksThrottleReasonSwPowerCap, true, true},
		{[]string{symClocksEventReasons, symClocksThrottleReasons, symTemperature}, 0, false, false},
	} {
		r := newRig(t)
		r.srv.LookupSymbolFunc = func(name string) error {
			for _, m := range tc.missing {
				if name == m {
					return errors.New("undefined symbol")
				}
			}
			return nil
		}
		n := r.open(t)
		s := sample(t, n, 0)
		if s.ThrottleReasons != tc.reasons || s.HasThrottleReasons != tc.hasReasons || s.HasTemperature != tc.temperature {
			t.Errorf("without %v: %+v", tc.missing, s)
		}
	}
}
