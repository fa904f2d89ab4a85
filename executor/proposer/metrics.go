package proposer

import (
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

const metricsNamespace = "crollup_proposer"

// Metrics are the proposer's Prometheus metrics.
type Metrics struct {
	assertions    prometheus.Counter
	confirmations prometheus.Counter
	errors        prometheus.Counter
	tip           prometheus.Gauge
	confirmed     prometheus.Gauge
	bond          prometheus.Gauge
	rewinds       prometheus.Counter
}

// NewMetrics registers the proposer's metrics with reg (nil: a registry of their own, for
// tests).
func NewMetrics(reg *prometheus.Registry) *Metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	f := opmetrics.With(reg)
	return &Metrics{
		assertions: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "assertions_total",
			Help: "Assertions this proposer made."}),
		confirmations: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "confirmations_total",
			Help: "Assertions this proposer confirmed on the Rollup."}),
		errors: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "errors_total",
			Help: "Proposer steps that failed (an L1 read or a transaction); each is retried on the next poll."}),
		tip: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "asserted_batches",
			Help: "Batches covered by the newest assertion on the honest chain."}),
		confirmed: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "confirmed_batches",
			Help: "Batches covered by the newest confirmed assertion on the honest chain."}),
		bond: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "bond_posted",
			Help: "1 once this process posted its bond."}),
		rewinds: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "l1_rewinds_total",
			Help: "Times the Rollup no longer held the newest assertion walked to (an L1 reorg or rewind): the Rollup was read again."}),
	}
}

func (m *Metrics) recordRewind() {
	if m != nil {
		m.rewinds.Inc()
	}
}
