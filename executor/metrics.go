package executor

import (
	"time"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/layout"
)

// metricsNamespace prefixes every metric the executor exports.
const metricsNamespace = "crollup_executor"

// metrics are the executor's Prometheus metrics.
type metrics struct {
	reg        *prometheus.Registry
	blocks     prometheus.Counter
	head       prometheus.Gauge
	source     prometheus.Gauge
	jobs       *prometheus.CounterVec
	latency    prometheus.Histogram
	busy       prometheus.Counter
	blockTime  prometheus.Histogram
	prerunHits prometheus.Counter
	rebuilds   prometheus.Counter
}

func newMetrics() *metrics {
	reg := opmetrics.NewRegistry()
	f := opmetrics.With(reg)
	m := &metrics{
		reg: reg,
		blocks: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "blocks_applied_total",
			Help: "Blocks applied and persisted."}),
		head: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "head_block",
			Help: "Number of the last applied block."}),
		source: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "source_head_block",
			Help: "Number of the newest block the sequencer has."}),
		jobs: f.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "jobs_executed_total",
			Help: "Jobs executed, by final status (halted or faulted)."}, []string{"status"}),
		latency: f.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "job_latency_seconds",
			Help:    "Time from a job's block timestamp to its block being applied and persisted.",
			Buckets: []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300}}),
		busy: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "backend_busy_seconds_total",
			Help: "Time jobs spent running on a backend, summed over workers."}),
		blockTime: f.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "block_apply_seconds",
			Help:    "Time to apply and persist one block.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 10)}),
		prerunHits: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "jobs_parallel_total",
			Help: "Jobs whose result came from the parallel pre-run."}),
		rebuilds: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "rebuilds_total",
			Help: "Times the state was thrown away and the chain re-executed from genesis: L1 came to hold another batch than one applied."}),
	}
	for _, st := range []layout.JobStatus{layout.JobHalted, layout.JobFaulted} {
		m.jobs.WithLabelValues(jobStatus(st)) // exported at 0 before the first job
	}
	return m
}

func (m *metrics) recordBusy(d time.Duration) { m.busy.Add(d.Seconds()) }

// deviceCollector exports the runner's devices (Runner.Devices) when Prometheus scrapes: their
// health and the work each did. The device label is the device's name in the executor's log:
// "cpu" (the CPU pool), "opencl:N", "fallback".
type deviceCollector struct {
	run                           *Runner
	healthy, jobs, failures, busy *prometheus.Desc
}

func newDeviceCollector(run *Runner) *deviceCollector {
	desc := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName(metricsNamespace, "", name), help, []string{"device"}, nil)
	}
	return &deviceCollector{
		run:      run,
		healthy:  desc("device_healthy", "1 while the device gets jobs; 0 once a run on it failed (its jobs run elsewhere)."),
		jobs:     desc("device_jobs_total", "Job runs the device finished (a job that faults is a finished run)."),
		failures: desc("device_failures_total", "Job runs on the device whose backend failed; the jobs were run again elsewhere."),
		busy:     desc("device_busy_seconds_total", "Time the device spent running jobs, summed over its slots."),
	}
}

func (c *deviceCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.healthy
	ch <- c.jobs
	ch <- c.failures
	ch <- c.busy
}

func (c *deviceCollector) Collect(ch chan<- prometheus.Metric) {
	for _, d := range c.run.Devices() {
		healthy := 0.0
		if d.Healthy {
			healthy = 1
		}
		ch <- prometheus.MustNewConstMetric(c.healthy, prometheus.GaugeValue, healthy, d.Name)
		ch <- prometheus.MustNewConstMetric(c.jobs, prometheus.CounterValue, float64(d.Jobs), d.Name)
		ch <- prometheus.MustNewConstMetric(c.failures, prometheus.CounterValue, float64(d.Failures), d.Name)
		ch <- prometheus.MustNewConstMetric(c.busy, prometheus.CounterValue, d.Busy.Seconds(), d.Name)
	}
}
