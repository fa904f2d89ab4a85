package batcher

import (
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/prometheus/client_golang/prometheus"
)

// metricsNamespace prefixes every metric name (the transaction manager's too).
const metricsNamespace = "crollup_batcher"

// metrics are the batcher's Prometheus metrics, in an op-service registry.
type metrics struct {
	reg *prometheus.Registry

	l1Batches prometheus.Gauge
	batches   prometheus.Counter
	blobs     prometheus.Counter
	bytes     prometheus.Counter
	messages  prometheus.Counter
	gas       prometheus.Counter
	blobGas   prometheus.Counter
	fill      prometheus.Histogram
	latency   prometheus.Histogram
	reverts   *prometheus.CounterVec
	// staleSends counts sends called off because the sequencer no longer has the batch (stale.go).
	staleSends prometheus.Counter
}

func newMetrics() *metrics {
	reg := opmetrics.NewRegistry()
	f := opmetrics.With(reg)
	c := func(name, help string) prometheus.Counter {
		return f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: name, Help: help})
	}
	return &metrics{
		reg: reg,
		l1Batches: f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "inbox_batches",
			Help: "Batches the Inbox holds at the L1 head (the next batch to post)"}),
		batches:  c("batches_posted_total", "Batches posted and included"),
		blobs:    c("blobs_posted_total", "Blobs posted"),
		bytes:    c("payload_bytes_total", "Batch payload bytes posted"),
		messages: c("messages_posted_total", "Messages in the batches posted"),
		gas:      c("l1_gas_total", "L1 execution gas used by addBatch transactions"),
		blobGas:  c("l1_blob_gas_total", "L1 blob gas used"),
		staleSends: c("stale_sends_total",
			"Batch sends called off because the sequencer no longer has the batch as it was prepared (it sequenced its chain again)"),
		fill: f.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "blob_fill_ratio",
			Help: "Share of the blobs' payload capacity a batch uses", Buckets: prometheus.LinearBuckets(0.1, 0.1, 10)}),
		reverts: f.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "reverts_total",
			Help: "Batch transactions that reverted, by the Inbox's custom error (replayed on the parent block)"}, []string{"error"}),
		latency: f.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "batch_to_l1_seconds",
			Help: "From a batch's first block to its L1 inclusion", Buckets: prometheus.ExponentialBuckets(1, 2, 10)}),
	}
}

func (m *metrics) record(p *Posted) {
	m.batches.Inc()
	m.blobs.Add(float64(p.Blobs))
	m.bytes.Add(float64(p.PayloadBytes))
	m.messages.Add(float64(p.Messages))
	m.gas.Add(float64(p.GasUsed))
	m.blobGas.Add(float64(p.BlobGasUsed))
	m.fill.Observe(p.Fill())
	m.latency.Observe(p.FirstBlockAge.Seconds())
}
