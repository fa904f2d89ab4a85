package sequencer

import (
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

// metricsNamespace prefixes every metric name.
const metricsNamespace = "crollup_sequencer"

// metrics are the sequencer's Prometheus metrics, in an op-service registry (which adds the Go
// runtime and process collectors).
type metrics struct {
	reg *prometheus.Registry

	mempool   prometheus.Gauge
	head      prometheus.Gauge
	blocks    prometheus.Counter
	batches   prometheus.Counter
	deposits  prometheus.Counter
	posted    prometheus.Gauge
	l1Rewound prometheus.Gauge
	l1Rewinds prometheus.Counter
	// resequences counts re-sequencings, resequenced the messages they queued again.
	resequences prometheus.Counter
	resequenced prometheus.Counter
	adopted     prometheus.Counter // batches on L1 put in place of the sequencer's
	blockMsgs   prometheus.Histogram
	admitted    *prometheus.CounterVec // by kind
	rejected    *prometheus.CounterVec // by reason
	latency     prometheus.Histogram
}

func newMetrics() *metrics {
	reg := opmetrics.NewRegistry()
	f := opmetrics.With(reg)
	return &metrics{
		reg: reg,
		mempool: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "mempool_depth",
			Help: "Admitted messages not yet in a block"}),
		head: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "head_block",
			Help: "Number of the latest block (-1 before the first)"}),
		blocks: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "blocks_total",
			Help: "Blocks produced"}),
		batches: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "batches_sealed_total",
			Help: "Batches sealed (ready for the batcher)"}),
		deposits: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "deposits_read_total",
			Help: "Delayed messages (deposits) read from L1"}),
		posted: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "batches_on_l1",
			Help: "Batches the Inbox holds (with the configured confirmations)"}),
		l1Rewound: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "l1_rewound",
			Help: "1 while L1 does not hold deposits the chain applied (a reorg deeper than the confirmations), else 0"}),
		l1Rewinds: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "l1_rewinds_total",
			Help: "Times L1 was found no longer holding deposits the chain applied"}),
		resequences: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "resequences_total",
			Help: "Times the chain was sequenced again from the last deposit L1 holds (resequence-after)"}),
		resequenced: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "resequenced_messages_total",
			Help: "Messages of dropped blocks queued again by re-sequencing or by adopting a batch from L1"}),
		adopted: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "l1_batches_adopted_total",
			Help: "Batches L1 holds under a number the sequencer used for another, put in place of the sequencer's"}),
		blockMsgs: f.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "block_messages",
			Help: "Messages per block produced", Buckets: prometheus.ExponentialBuckets(1, 4, 8)}),
		admitted: f.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "messages_admitted_total",
			Help: "Messages admitted, by kind"}, []string{"kind"}),
		rejected: f.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "admissions_rejected_total",
			Help: "Messages refused, by reason (a chain skip reason, or invalid, too_large, mempool_full, bad_program, duplicate, unavailable)"},
			[]string{"reason"}),
		latency: f.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "admission_seconds",
			Help:    "Time from receiving a message to answering it (admitted and durable, or refused)",
			Buckets: prometheus.ExponentialBuckets(50e-6, 2, 14)}),
	}
}
