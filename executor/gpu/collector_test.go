//go:build cgo

package gpu

import (
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/gpus"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestCollectorOutput(t *testing.T) {
	r := newRig(t, gpus.H100_SXM5_80GB)
	r.devs[0].GetTotalEccErrorsFunc = func(typ nvml.MemoryErrorType, _ nvml.EccCounterType) (uint64, nvml.Return) {
		if typ == nvml.MEMORY_ERROR_TYPE_UNCORRECTED {
			return 1, nvml.SUCCESS
		}
		return 5, nvml.SUCCESS
	}
	n := r.open(t)
	r.events.push(r.devs[0], 13)
	want := `
# HELP crollup_executor_gpu_ecc_errors_total ECC errors since the driver loaded (volatile counters); absent on cards without ECC.
# TYPE crollup_executor_gpu_ecc_errors_total counter
crollup_executor_gpu_ecc_errors_total{kind="corrected",uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 5
crollup_executor_gpu_ecc_errors_total{kind="uncorrected",uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 1
# HELP crollup_executor_gpu_healthy 1 when the GPU can be queried, has no uncorrected ECC errors and has had no critical XID, else 0.
# TYPE crollup_executor_gpu_healthy gauge
crollup_executor_gpu_healthy{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 0
# HELP crollup_executor_gpu_info NVIDIA GPU identity; always 1.
# TYPE crollup_executor_gpu_info gauge
crollup_executor_gpu_info{cuda="12.4",driver="550.54.15",index="0",name="NVIDIA H100 80GB HBM3",pci_bus_id="00000000:1B:00.0",uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 1
# HELP crollup_executor_gpu_memory_total_bytes Device memory installed.
# TYPE crollup_executor_gpu_memory_total_bytes gauge
crollup_executor_gpu_memory_total_bytes{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 8.589934592e+10
# HELP crollup_executor_gpu_memory_used_bytes Device memory allocated.
# TYPE crollup_executor_gpu_memory_used_bytes gauge
crollup_executor_gpu_memory_used_bytes{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 0
# HELP crollup_executor_gpu_power_watts Board power draw.
# TYPE crollup_executor_gpu_power_watts gauge
crollup_executor_gpu_power_watts{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 300
# HELP crollup_executor_gpu_temperature_celsius GPU core temperature.
# TYPE crollup_executor_gpu_temperature_celsius gauge
crollup_executor_gpu_temperature_celsius{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 40
# HELP crollup_executor_gpu_throttle_reasons Bitmask of NVML clocks event (throttle) reasons; 1 is GPU idle, 0 is running at full clocks.
# TYPE crollup_executor_gpu_throttle_reasons gauge
crollup_executor_gpu_throttle_reasons{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 1
# HELP crollup_executor_gpu_utilization_ratio Fraction of NVML's last sample period the GPU was busy (kind=gpu: a kernel ran; kind=memory: device memory was read or written).
# TYPE crollup_executor_gpu_utilization_ratio gauge
crollup_executor_gpu_utilization_ratio{kind="gpu",uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 0
crollup_executor_gpu_utilization_ratio{kind="memory",uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 0
# HELP crollup_executor_gpu_xid_events_total XID error events seen since the executor started; absent where the device or driver does not report them.
# TYPE crollup_executor_gpu_xid_events_total counter
crollup_executor_gpu_xid_events_total{uuid="GPU-abcd0000-1111-4222-8333-000000000000"} 1
`
	if err := testutil.CollectAndCompare(NewCollector(n), strings.NewReader(want)); err != nil {
		t.Error(err)
	}
}

func TestCollectorDGX(t *testing.T) {
	n := newRig(t).open(t)
	c := NewCollector(n)
	// Per GPU: info, temperature, power, 2 utilisation, memory used and total, 2 ECC,
	// throttle reasons, XIDs, healthy: 12.
	if got := testutil.CollectAndCount(c); got != 8*12 {
		t.Errorf("CollectAndCount = %d, want %d", got, 8*12)
	}
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(c)
	problems, err := testutil.GatherAndLint(reg)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("lint: %s: %s", p.Metric, p.Text)
	}
	if got := testutil.CollectAndCount(c, "crollup_executor_gpu_healthy"); got != 8 {
		t.Errorf("%d healthy series, want 8", got)
	}
}

// TestCollectorUnhealthy: a failing card, even one without a UUID, is exported as unhealthy
// and the scrape of the other cards goes on.
func TestCollectorUnhealthy(t *testing.T) {
	r := newRig(t)
	r.devs[4].GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) { return nvml.Utilization{}, nvml.ERROR_UNKNOWN }
	get := r.srv.DeviceGetHandleByIndexFunc
	r.srv.DeviceGetHandleByIndexFunc = func(i int) (nvml.Device, nvml.Return) {
		if i == 6 || i == 7 {
			return nil, nvml.ERROR_GPU_IS_LOST
		}
		return get(i)
	}
	n := r.open(t)
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(NewCollector(n))
	families, err := reg.Gather()
	if err != nil {
		t.Fatalf("Gather: %v", err) // duplicate series for the two UUID-less cards would fail here
	}
	healthy := map[string]float64{}
	for _, f := range families {
		if f.GetName() != "crollup_executor_gpu_healthy" {
			continue
		}
		for _, m := range f.GetMetric() {
			healthy[m.GetLabel()[0].GetValue()] = m.GetGauge().GetValue()
		}
	}
	want := map[string]float64{"unknown-6": 0, "unknown-7": 0, testUUID(4): 0}
	for i := range 8 {
		if i != 4 && i < 6 {
			want[testUUID(i)] = 1
		}
	}
	if len(healthy) != len(want) {
		t.Fatalf("healthy = %v, want %v", healthy, want)
	}
	for u, v := range want {
		if got, ok := healthy[u]; !ok || got != v {
			t.Errorf("healthy{uuid=%q} = %v (present %v), want %v", u, got, ok, v)
		}
	}
	// GPU 4 still exports what it could read; its utilisation is absent.
	if got := testutil.CollectAndCount(NewCollector(n), "crollup_executor_gpu_utilization_ratio"); got != 2*5 {
		t.Errorf("%d utilisation series, want 10 (GPUs 0-3 and 5)", got)
	}
}
