//go:build cgo

package gpu

import (
	"fmt"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

const (
	metricsNamespace = "crollup_executor"
	metricsSubsystem = "gpu"
)

// Collector exports the GPUs as Prometheus metrics, sampling NVML when Prometheus scrapes
// instead of on a timer of its own: the reading is as fresh as the scrape and costs nothing
// between scrapes. Per-device metrics carry the GPU's UUID, the name that survives reboots and
// re-enumeration (indices do not). A device that cannot be sampled is exported as unhealthy
// with whatever could be read: a scrape never fails because of one card.
type Collector struct {
	n *NVML

	info, temperature, power, utilization, memoryUsed, memoryTotal,
	ecc, throttle, xid, healthy *prometheus.Desc
}

var _ prometheus.Collector = (*Collector)(nil)

// NewCollector returns a collector over n; register it on the executor's registry.
func NewCollector(n *NVML) *Collector {
	desc := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName(metricsNamespace, metricsSubsystem, name),
			help, append([]string{"uuid"}, labels...), nil)
	}
	return &Collector{
		n: n,
		info: desc("info", "NVIDIA GPU identity; always 1.",
			"index", "name", "pci_bus_id", "driver", "cuda"),
		temperature: desc("temperature_celsius", "GPU core temperature."),
		power:       desc("power_watts", "Board power draw."),
		utilization: desc("utilization_ratio",
			"Fraction of NVML's last sample period the GPU was busy (kind=gpu: a kernel ran; kind=memory: device memory was read or written).",
			"kind"),
		memoryUsed:  desc("memory_used_bytes", "Device memory allocated."),
		memoryTotal: desc("memory_total_bytes", "Device memory installed."),
		ecc: desc("ecc_errors_total",
			"ECC errors since the driver loaded (volatile counters); absent on cards without ECC.",
			"kind"),
		throttle: desc("throttle_reasons",
			"Bitmask of NVML clocks event (throttle) reasons; 1 is GPU idle, 0 is running at full clocks."),
		xid: desc("xid_events_total",
			"XID error events seen since the executor started; absent where the device or driver does not report them."),
		healthy: desc("healthy",
			"1 when the GPU can be queried, has no uncorrected ECC errors and has had no critical XID, else 0."),
	}
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.info, c.temperature, c.power, c.utilization,
		c.memoryUsed, c.memoryTotal, c.ecc, c.throttle, c.xid, c.healthy} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	// A partial inventory is still worth exporting: its errors show again as unhealthy samples.
	inv, _ := c.n.Inventory()
	for _, d := range inv.Devices {
		ch <- prometheus.MustNewConstMetric(c.info, prometheus.GaugeValue, 1,
			uuidLabel(d.UUID, d.Index), strconv.Itoa(d.Index), d.Name, d.PCIBusID, inv.DriverVersion, inv.CUDAVersion)
	}
	for i := range c.n.Count() {
		s, _ := c.n.Sample(i) // the error is in s.Reason, and s.Healthy is false
		u := uuidLabel(s.UUID, i)
		gauge := func(d *prometheus.Desc, v float64, labels ...string) {
			ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, append([]string{u}, labels...)...)
		}
		counter := func(d *prometheus.Desc, v uint64, labels ...string) {
			ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v), append([]string{u}, labels...)...)
		}
		if s.HasTemperature {
			gauge(c.temperature, float64(s.TemperatureC))
		}
		if s.HasPower {
			gauge(c.power, s.PowerW)
		}
		if s.HasUtilization {
			gauge(c.utilization, s.GPUUtil, "gpu")
			gauge(c.utilization, s.MemoryUtil, "memory")
		}
		if s.HasMemory {
			gauge(c.memoryUsed, float64(s.MemoryUsed))
			gauge(c.memoryTotal, float64(s.MemoryTotal))
		}
		if s.ECCSupported {
			counter(c.ecc, s.ECCCorrected, "corrected")
			counter(c.ecc, s.ECCUncorrected, "uncorrected")
		}
		if s.HasThrottleReasons {
			gauge(c.throttle, float64(s.ThrottleReasons))
		}
		if s.XIDSupported {
			counter(c.xid, s.XIDEvents)
		}
		healthy := 0.0
		if s.Healthy {
			healthy = 1
		}
		gauge(c.healthy, healthy)
	}
}

// uuidLabel is the uuid label of GPU index: its UUID, or, while NVML cannot tell it (a card
// that fell off the bus before Open), a placeholder unique to the index, so that the card
// still shows, unhealthy, instead of vanishing or colliding with another such card.
func uuidLabel(uuid string, index int) string {
	if uuid != "" {
		return uuid
	}
	return fmt.Sprintf("unknown-%d", index)
}
