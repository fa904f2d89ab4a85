//go:build cgo

package gpu

import (
	"fmt"
	"sync"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/gpus"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
)

// dgxBuses are the PCI buses of a DGX H100's eight GPUs.
var dgxBuses = []uint32{0x1b, 0x43, 0x52, 0x61, 0x9d, 0xc3, 0xd1, 0xdf}

// rig is a mock NVML: go-nvml's DGX H100 server, whose devices get the telemetry the server
// leaves unset, with fixed UUIDs (the server draws random ones) and an event queue.
type rig struct {
	srv       *server.Server
	devs      []*server.Device
	events    *fakeEvents
	shutdowns int
}

// fakeEvents is the event set: Wait pops queued events, then answers TIMEOUT.
type fakeEvents struct {
	mu         sync.Mutex
	queue      []nvml.EventData
	waitErr    nvml.Return // answered instead of TIMEOUT when set
	registered map[int]uint64
	frees      int
}

func (f *fakeEvents) push(d nvml.Device, xid uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queue = append(f.queue, nvml.EventData{Device: d, EventType: nvml.EventTypeXidCriticalError, EventData: xid})
}

func testUUID(i int) string { return fmt.Sprintf("GPU-%08x-1111-4222-8333-%012x", 0xabcd0000+i, i) }

// busID fills a C char array as NVML would.
func busID(s string) [32]int8 {
	var b [32]int8
	for i := range len(s) {
		b[i] = int8(s[i])
	}
	return b
}

// newRig builds the mock for the given GPUs: all eight of a DGX H100 when none are given.
func newRig(t *testing.T, configs ...gpus.Config) *rig {
	t.Helper()
	r := &rig{events: &fakeEvents{registered: map[int]uint64{}}}
	if len(configs) == 0 {
		r.srv = dgxh100.New()
	} else {
		r.srv = dgxh100.NewWithGPUs(configs...)
	}
	r.srv.ShutdownFunc = func() nvml.Return { r.shutdowns++; return nvml.SUCCESS }
	r.srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) {
		f := r.events
		return &mock.EventSet{
			WaitFunc: func(uint32) (nvml.EventData, nvml.Return) {
				f.mu.Lock()
				defer f.mu.Unlock()
				if f.waitErr != 0 {
					return nvml.EventData{}, f.waitErr
				}
				if len(f.queue) == 0 {
					return nvml.EventData{}, nvml.ERROR_TIMEOUT
				}
				ev := f.queue[0]
				f.queue = f.queue[1:]
				return ev, nvml.SUCCESS
			},
			FreeFunc: func() nvml.Return { f.frees++; return nvml.SUCCESS },
		}, nvml.SUCCESS
	}
	for i, nd := range r.srv.Devices {
		d := nd.(*server.Device)
		r.devs = append(r.devs, d)
		d.UUID = testUUID(i)
		d.MemoryInfo.Used = uint64(i) << 30
		d.MemoryInfo.Free = d.MemoryInfo.Total - d.MemoryInfo.Used
		bus := dgxBuses[i%len(dgxBuses)]
		d.GetPciInfoFunc = func() (nvml.PciInfo, nvml.Return) {
			return nvml.PciInfo{Bus: bus, PciDeviceId: d.Config.PciDeviceId,
				BusId: busID(fmt.Sprintf("00000000:%02X:00.0", bus))}, nvml.SUCCESS
		}
		d.GetTemperatureFunc = func(s nvml.TemperatureSensors) (uint32, nvml.Return) {
			if s != nvml.TEMPERATURE_GPU {
				return 0, nvml.ERROR_INVALID_ARGUMENT
			}
			return uint32(40 + i), nvml.SUCCESS
		}
		d.GetPowerUsageFunc = func() (uint32, nvml.Return) { return uint32(300_000 + 500*i), nvml.SUCCESS }
		d.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
			return nvml.Utilization{Gpu: uint32(10 * i), Memory: uint32(5 * i)}, nvml.SUCCESS
		}
		d.GetTotalEccErrorsFunc = func(t nvml.MemoryErrorType, c nvml.EccCounterType) (uint64, nvml.Return) {
			if c != nvml.VOLATILE_ECC {
				return 0, nvml.ERROR_INVALID_ARGUMENT
			}
			if t == nvml.MEMORY_ERROR_TYPE_CORRECTED {
				return uint64(i), nvml.SUCCESS
			}
			return 0, nvml.SUCCESS
		}
		d.GetCurrentClocksEventReasonsFunc = func() (uint64, nvml.Return) {
			return nvml.ClocksEventReasonGpuIdle, nvml.SUCCESS
		}
		d.GetCurrentClocksThrottleReasonsFunc = func() (uint64, nvml.Return) {
			return nvml.ClocksThrottleReasonSwPowerCap, nvml.SUCCESS
		}
		d.RegisterEventsFunc = func(mask uint64, _ nvml.EventSet) nvml.Return {
			r.events.mu.Lock()
			defer r.events.mu.Unlock()
			r.events.registered[i] |= mask
			return nvml.SUCCESS
		}
	}
	return r
}

// open opens the rig and closes it at the end of the test.
func (r *rig) open(t *testing.T) *NVML {
	t.Helper()
	n, err := Open(r.srv)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// sample samples GPU i and fails the test on an error.
func sample(t *testing.T, n *NVML, i int) Sample {
	t.Helper()
	s, err := n.Sample(i)
	if err != nil {
		t.Fatalf("Sample(%d): %v", i, err)
	}
	return s
}
