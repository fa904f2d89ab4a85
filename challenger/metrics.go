package challenger

import (
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/dispute"
)

const metricsNamespace = "crollup_challenger"

// Metrics are the challenger's Prometheus metrics, after op-dispute-mon's: the games by status
// and side, the clock of the most urgent wrong claim, what is at stake, the moves sent, and two
// alert gauges (a wrong assertion nobody challenged, a clock running low).
type Metrics struct {
	reg        *prometheus.Registry
	block      prometheus.Gauge
	batches    prometheus.Gauge
	assertions *prometheus.GaugeVec
	claims     *prometheus.GaugeVec
	clock      *prometheus.GaugeVec
	minClock   prometheus.Gauge
	unchal     prometheus.Gauge
	clockLow   prometheus.Gauge
	atRisk     prometheus.Gauge
	paid       prometheus.Gauge
	received   prometheus.Gauge
	moves      *prometheus.CounterVec
	reverted   prometheus.Counter
	errors     prometheus.Counter
	wins       prometheus.Gauge
	losses     prometheus.Gauge
	lowAt      uint64
}

// NewMetrics registers the challenger's metrics with reg (nil: a registry of their own). A clock
// below lowClock blocks raises the clock alert.
func NewMetrics(reg *prometheus.Registry, lowClock uint64) *Metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	f := opmetrics.With(reg)
	g := func(name, help string) prometheus.Gauge {
		return f.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: name, Help: help})
	}
	return &Metrics{reg: reg, lowAt: lowClock,
		block:   g("l1_block", "The last L1 block the challenger's mirror of the Rollup read."),
		batches: g("batches", "Batches the challenger's chain derived from L1 and applied."),
		assertions: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "assertions",
			Help: "Assertions on the Rollup by status (pending, confirmed, rejected) and side as the challenger judges them (honest, wrong, unknown)."},
			[]string{"status", "side"}),
		claims: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "claims",
			Help: "Claims in the games of pending assertions, by whose they are (ours, theirs)."}, []string{"whose"}),
		clock: f.NewGaugeVec(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "clock_left_blocks",
			Help: "Per pending assertion in a game: L1 blocks before its most urgent unanswered wrong claim could confirm by time."},
			[]string{"assertion"}),
		minClock: g("min_clock_left_blocks", "The least clock_left_blocks over all games; the challenge period when none runs."),
		unchal:   g("wrong_unchallenged", "ALERT when > 0: wrong pending assertions with no honest rival."),
		clockLow: g("clock_low", "ALERT when 1: a wrong claim is within the low-clock threshold of confirming by time."),
		atRisk:   g("stakes_at_risk_wei", "What this challenger has staked on pending claims and assertions."),
		paid:     g("paid_wei", "Bonds and stakes this challenger paid in, as the Rollup's ledger has it."),
		received: g("received_wei", "Bonds, stakes and rewards paid out to this challenger (claimable from the Rollup's credit)."),
		wins:     g("wrong_rejected", "Wrong assertions rejected (honest wins)."),
		losses:   g("honest_rejected", "Honest assertions rejected (losses; should stay 0)."),
		moves: f.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "moves_total",
			Help: "Moves this process sent, by kind."}, []string{"kind"}),
		reverted: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "moves_reverted_total",
			Help: "Moves that were included and reverted (another party moved first; the next round decides again)."}),
		errors: f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "errors_total",
			Help: "Rounds that failed (an L1 read, a derivation, a transaction); each is retried on the next poll."}),
	}
}

// Registry is the registry the metrics are in.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// record sets the gauges from a view. Per-assertion series of settled assertions are dropped.
func (m *Metrics) record(v View) {
	m.block.Set(float64(v.Block))
	m.batches.Set(float64(v.Batches))
	m.assertions.Reset()
	m.clock.Reset()
	m.claims.Reset()
	wins, losses := 0, 0
	minClock := int64(v.Period)
	for _, a := range v.Assertions {
		m.assertions.WithLabelValues(a.Status.String(), a.Side.String()).Inc()
		switch {
		case a.Status == dispute.AssertionRejected && a.Side == Wrong:
			wins++
		case a.Status == dispute.AssertionRejected && a.Side == Honest:
			losses++
		}
		if a.Status == dispute.AssertionPending && a.ClockLeft >= 0 {
			m.clock.WithLabelValues(a.ID.Hex()).Set(float64(a.ClockLeft))
			minClock = min(minClock, a.ClockLeft)
		}
		if a.Status == dispute.AssertionPending && a.Claims > 0 {
			m.claims.WithLabelValues("ours").Add(float64(a.Ours))
			m.claims.WithLabelValues("theirs").Add(float64(a.Claims - a.Ours))
		}
	}
	m.minClock.Set(float64(minClock))
	m.unchal.Set(float64(v.WrongUnchallenged))
	low := 0.0
	if minClock < int64(m.lowAt) {
		low = 1
	}
	m.clockLow.Set(low)
	m.atRisk.Set(float64(v.AtRisk))
	m.paid.Set(float64(v.Paid))
	m.received.Set(float64(v.Received))
	m.wins.Set(float64(wins))
	m.losses.Set(float64(losses))
}
