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
