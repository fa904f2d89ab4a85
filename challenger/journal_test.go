package challenger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/crollup/crollup/chain/dispute"
)

// TestJournal: entries survive a reopen in order, with their outcomes; an entry left Sending (a
// crash between sending and the receipt) is what Settle reports, once; sequence numbers go on
// after a reopen.
func TestJournal(t *testing.T) {
	dir := t.TempDir()
	j, err := OpenJournal(dir)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xc0ffee")
	var es []*Entry
	for i, kind := range []string{"Dissect", "Answer", "ProveStep"} {
		e, err := j.Begin(kind, to, []byte{byte(i)}, common.Hash{byte(i)})
		if err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
	ok := &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: common.Hash{9}, BlockNumber: big.NewInt(7), GasUsed: 69700}
	bad := &types.Receipt{Status: types.ReceiptStatusFailed, TxHash: common.Hash{8}, BlockNumber: big.NewInt(8), GasUsed: 30000}
	if err := j.End(es[0], ok); err != nil {
		t.Fatal(err)
	}
	if err := j.End(es[1], bad); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil { // "killed" with the ProveStep in flight
		t.Fatal(err)
	}
	if j, err = OpenJournal(dir); err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	got, err := j.Entries()
	if err != nil || len(got) != 3 {
		t.Fatalf("%d entries after a reopen (%v)", len(got), err)
	}
	want := []Outcome{Landed, Reverted, Sending}
	for i, e := range got {
		if e.Seq != uint64(i) || e.Outcome != want[i] || e.Kind != es[i].Kind {
			t.Fatalf("entry %d: %+v", i, e)
		}
	}
	if got[0].Tx != ok.TxHash || got[0].Block != 7 || got[0].Gas != 69700 {
		t.Fatalf("the receipt was not kept: %+v", got[0])
	}
	settled, err := j.Settle()
	if err != nil || len(settled) != 1 || settled[0].Kind != "ProveStep" || settled[0].Outcome != Settled {
		t.Fatalf("settled %+v (%v)", settled, err)
	}
	if again, _ := j.Settle(); len(again) != 0 {
		t.Fatal("an entry was settled twice")
	}
	e, err := j.Begin("ConfirmAll", to, nil, common.Hash{})
	if err != nil || e.Seq != 3 {
		t.Fatalf("the next entry after a reopen is %d (%v), want 3", e.Seq, err)
	}
}

// TestMetricsRecord: the gauges follow a view: assertions by status and side, wins and losses,
// the least clock and its alert, the unchallenged alert.
func TestMetricsRecord(t *testing.T) {
	m := NewMetrics(nil, 10)
	a := func(st dispute.AssertionStatus, side Side, clock int64) AssertionView {
		return AssertionView{AssertionRecord: dispute.AssertionRecord{Status: st}, ID: common.Hash{byte(len(side.String())), byte(clock)}, Side: side, ClockLeft: clock}
	}
	v := View{Block: 120, Batches: 9, Period: 40, WrongUnchallenged: 1, AtRisk: 5, Assertions: []AssertionView{
		a(dispute.AssertionConfirmed, Honest, -1), a(dispute.AssertionRejected, Wrong, -1), a(dispute.AssertionRejected, Wrong, -1),
		a(dispute.AssertionPending, Wrong, 7), a(dispute.AssertionPending, Honest, 30)}}
	m.record(v)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"l1_block", testutil.ToFloat64(m.block), 120},
		{"wrong_rejected", testutil.ToFloat64(m.wins), 2},
		{"honest_rejected", testutil.ToFloat64(m.losses), 0},
		{"min_clock_left_blocks", testutil.ToFloat64(m.minClock), 7},
		{"clock_low", testutil.ToFloat64(m.clockLow), 1},
		{"wrong_unchallenged", testutil.ToFloat64(m.unchal), 1},
		{"assertions{rejected,wrong}", testutil.ToFloat64(m.assertions.WithLabelValues("rejected", "wrong")), 2},
		{"stakes_at_risk_wei", testutil.ToFloat64(m.atRisk), 5},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	v.Assertions, v.WrongUnchallenged = v.Assertions[:3], 0
	m.record(v)
	if testutil.ToFloat64(m.clockLow) != 0 || testutil.ToFloat64(m.minClock) != 40 || testutil.CollectAndCount(m.clock) != 0 {
		t.Fatal("a settled game left its clock series or the alert behind")
	}
}
