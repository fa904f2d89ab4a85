package stftrace

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/trace/tracetest"
)

// ---- chains ----

// pres returns the state root before each of the chain's batches (ApplyBatch from genesis).
func pres(t testing.TB, c *stftest.Chain, n int) []*memory.Memory {
	t.Helper()
	mem := c.Genesis.Snapshot()
	var out []*memory.Memory
	for k := 0; k < n; k++ {
		mem.Root()
		out = append(out, mem.Snapshot())
		if _, err := stf.ApplyBatch(context.Background(), c.Cfg, c.Oracle, mem, bulk.NewCPU(0)); err != nil {
			t.Fatalf("batch %d: %v", k, err)
		}
	}
	return out
}

// smallChain has batches cheap enough to check at every step: an upload of a small random
// program; a batch with two jobs on it, a withdrawal and skipped messages; a payload rejected at
// HEADER; a forced batch; and a payload whose blob has a non-canonical element (rejected in LOAD).
func smallChain(t testing.TB) (*stftest.Chain, int) {
	c, err := stftest.New(4)
	if err != nil {
		t.Fatal(err)
	}
	p, in, err := examples.Random(11, examples.RandomOptions{MaxInstrs: 4, MaxSteps: 300, MaxBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	input, err := program.Pack(p.InputTensor(), in)
	if err != nil {
		t.Fatal(err)
	}
	fee := stftest.JobFee(p, len(input))
	c.Deposit(0, 1)
	c.Deposit(1, 1_000_000_000)
	c.Deposit(2, 1_000_000_000)
	c.Deposit(3, fee-1)
	ups := c.Upload(1, p, 0, 3)
	if len(ups) < 2 {
		t.Fatalf("upload has %d chunks, want several", len(ups))
	}
	if _, err := c.Batch(ups); err != nil {
		t.Fatal(err)
	}

	bad := c.Job(1, p, 0, input, fee)
	bad.Body[len(bad.Body)-33] ^= 1
	c.Rewind(1)
	poor := c.Job(3, p, 0, input, fee)
	c.Rewind(3)
	msgs := []batch.Message{
		c.Job(1, p, 0, input, fee),
		bad,
		c.Withdraw(2, common.HexToAddress("0xdead"), 777),
		poor,
		c.Job(2, p, 0, input, fee),
	}
	if _, err := c.Batch(msgs); err != nil {
		t.Fatal(err)
	}

	c.Deposit(3, 5)
	wrong := &batch.Batch{Number: 99, Delayed: 5, Blocks: []batch.Block{{Messages: 1}}, Msgs: []batch.Message{c.Job(1, p, 0, input, fee)}}
	c.Rewind(1)
	payload, err := wrong.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Payload(payload); err != nil {
		t.Fatal(err)
	}

	c.Raw([]byte{0x02, 1, 2, 3})
	c.Forced()

	if err := c.Blobs(32*40, nonCanonical(t, 40, 29)); err != nil {
		t.Fatal(err)
	}
	return c, 5
}

// nonCanonical returns the blobs of a payload of words words whose word bad spans a
// non-canonical field element.
func nonCanonical(t testing.TB, words, bad int) []kzg4844.Blob {
	payload := make([]byte, 32*words)
	for i := range payload {
		payload[i] = byte(i*7 + 3)
	}
	blobs, err := blob.Pack(payload)
	if err != nil {
		t.Fatal(err)
	}
	loc, err := blob.LocateWord(bad)
	if err != nil {
		t.Fatal(err)
	}
	blobs[loc.Blob][(loc.Element+1)*blob.ElementSize] = 0x01 // a field element, but not a canonical payload element
	return blobs
}

// mixedScenario is stftest's mixed scenario: the MLP uploaded in four chunks; then three jobs
// (one faulting at its step limit), withdrawals, an upload and one message per skip reason.
func mixedScenario(t testing.TB) *stftest.Chain { return stftest.NewMixed(t).Chain }

// ---- the reference: stepping ----

// stepped is a batch stepped from its pre-state: the state hash and phase after every number of
// steps.
type stepped struct {
	hashes []common.Hash
	phases []stf.Phase
}

func (s *stepped) steps() uint64 { return uint64(len(s.hashes) - 1) }

// stepBatch steps the batch at pre (not modified). At each index in check (if any) it calls
// check with the machine before the step; check may step a copy of its own.
func stepBatch(t testing.TB, c *stftest.Chain, pre *memory.Memory, check func(i uint64, m *stf.Machine)) *stepped {
	t.Helper()
	m := stf.New(c.Cfg, c.Oracle, pre.Snapshot())
	s := &stepped{}
	for {
		st := m.State()
		i := uint64(len(s.hashes))
		if st.Regs.Step != i {
			t.Fatalf("step counter %d after %d steps", st.Regs.Step, i)
		}
		s.hashes = append(s.hashes, st.Hash())
		s.phases = append(s.phases, st.Regs.Phase)
		if check != nil {
			check(i, m)
		}
		if m.Done() {
			return s
		}
		if _, err := m.Step(false); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
}

// boundaries are the indices around every phase change, the first and last LOAD steps included,
// and the first and last indices.
func (s *stepped) boundaries() []uint64 {
	n := s.steps()
	set := map[uint64]bool{0: true, 1: true, n - 1: true, n: true}
	for i := uint64(1); i <= n; i++ {
		if s.phases[i] != s.phases[i-1] {
			for d := uint64(0); d < 3; d++ {
				set[i-1+d] = true
				if i >= 2+d {
					set[i-2-d] = true
				}
			}
		}
	}
	var out []uint64
	for i := range set {
		if i <= n {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// fewLoads drops the LOAD steps from idx except the first two and the last two of the phase: a
// LOAD witness carries two KZG proofs, which take a while (HashAt checks the states there).
func (s *stepped) fewLoads(idx []uint64) []uint64 {
	var out []uint64
	for _, i := range idx {
		if i > s.steps() || s.phases[i] != stf.PhaseLoad {
			out = append(out, i)
			continue
		}
		first, last := i, i
		for first > 0 && s.phases[first-1] == stf.PhaseLoad {
			first--
		}
		for last < s.steps() && s.phases[last+1] == stf.PhaseLoad {
			last++
		}
		if i < first+2 || i+2 > last {
			out = append(out, i)
		}
	}
	return out
}

// jobs are the job spans of a stepped batch: START of a JOB_RUN phase to JOB_FINISH.
func (s *stepped) jobs() []Job {
	var out []Job
	for i := uint64(1); i <= s.steps(); i++ {
		switch {
		case s.phases[i] == stf.PhaseJobRun && s.phases[i-1] != stf.PhaseJobRun:
			out = append(out, Job{Start: i})
		case s.phases[i] == stf.PhaseJobFinish && s.phases[i-1] == stf.PhaseJobRun:
			out[len(out)-1].End = i
		}
	}
	return out
}

// ---- checks ----

// checkHashes queries HashAt at idx in a random order.
func checkHashes(t *testing.T, p *Provider, s *stepped, idx []uint64, seed uint64) {
	t.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(seed, 1))
	order := append([]uint64(nil), idx...)
	r.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
	for _, i := range order {
		got, err := p.HashAt(ctx, i)
		if err != nil {
			t.Fatalf("HashAt(%d): %v", i, err)
		}
		if want := s.hashes[min(i, s.steps())]; got != want {
			t.Fatalf("HashAt(%d) = %x, stepping %d times gives %x (phase %s)", i, got, i, want, s.phases[min(i, s.steps())])
		}
	}
}

// checkWitnesses queries WitnessAt at idx in a random order, then steps the batch again and at
// each of them compares the witness with the stepping machine's own, checks its pre-state hash,
// and steps its state (stf.Resume on the memory at that point) to the next hash.
func checkWitnesses(t *testing.T, c *stftest.Chain, pre *memory.Memory, p *Provider, s *stepped, idx []uint64, seed uint64) {
	t.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(seed, 2))
	order := append([]uint64(nil), idx...)
	r.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
	wits := map[uint64]*stf.Witness{}
	for _, i := range order {
		w, err := p.WitnessAt(ctx, i)
		if err != nil {
			t.Fatalf("WitnessAt(%d): %v", i, err)
		}
		if w.StateHash() != s.hashes[min(i, s.steps())] {
			t.Fatalf("WitnessAt(%d): pre-state hash %x, HashAt gives %x", i, w.StateHash(), s.hashes[min(i, s.steps())])
		}
		wits[i] = w
	}
	n := s.steps()
	if w := wits[n]; w != nil && w.Job == nil && len(w.Accesses) != 0 {
		t.Fatalf("WitnessAt(%d) (DONE) has %d accesses", n, len(w.Accesses))
	}
	stepBatch(t, c, pre, func(i uint64, m *stf.Machine) {
		w := wits[i]
		if w == nil {
			return
		}
		st, err := stf.DecodeState(w.State[:])
		if err != nil {
			t.Fatalf("WitnessAt(%d): state: %v", i, err)
		}
		v := stf.Resume(c.Cfg, c.Oracle, st, m.Memory().Snapshot())
		own, err := v.Step(true)
		if err != nil {
			t.Fatalf("step %d from the witness's state: %v", i, err)
		}
		post := v.State()
		if got, want := post.Hash(), s.hashes[min(i+1, n)]; got != want {
			t.Fatalf("step %d (%s) from WitnessAt's state gives %x, want %x", i, st.Regs.Phase, got, want)
		}
		if !reflect.DeepEqual(w, own) {
			t.Fatalf("WitnessAt(%d) (%s) differs from the stepping machine's witness", i, st.Regs.Phase)
		}
	})
}

// checkLayout checks the provider's shape against stepping: length, final state, job spans, and
// checkpoints no more than the spacing apart outside jobs.
func checkLayout(t *testing.T, p *Provider, s *stepped, spacing uint64) {
	t.Helper()
	final := p.Final()
	if p.Steps() != s.steps() || final.Hash() != s.hashes[s.steps()] || !final.Done() {
		t.Fatalf("provider: %d steps, final %v; stepping: %d steps", p.Steps(), &final, s.steps())
	}
	if got, want := p.Jobs(), s.jobs(); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
		t.Fatalf("jobs %v, stepping finds %v", got, want)
	}
	jobAt := map[uint64]uint64{}
	for _, j := range p.Jobs() {
		jobAt[j.Start] = j.End
	}
	for k := 1; k < len(p.ckpts); k++ {
		a, b := p.ckpts[k-1].st.Regs.Step, p.ckpts[k].st.Regs.Step
		if b <= a || (b-a > spacing && jobAt[a] != b) {
			t.Fatalf("checkpoints at %d and %d (spacing %d)", a, b, spacing)
		}
		if h := p.ckpts[k].st; h.Hash() != s.hashes[b] {
			t.Fatalf("checkpoint at %d: %x, stepping gives %x", b, h.Hash(), s.hashes[b])
		}
	}
}

func every(n uint64) []uint64 {
	out := make([]uint64, 0, n+3)
	for i := uint64(0); i <= n+2; i++ {
		out = append(out, i)
	}
	return out
}

// TestSmallChainEveryStep checks HashAt and WitnessAt at every step of every batch of the small
// chain, with several spacings.
func TestSmallChainEveryStep(t *testing.T) {
	c, n := smallChain(t)
	ps := pres(t, c, n)
	ctx := context.Background()
	for b, pre := range ps {
		root := pre.Root()
		s := stepBatch(t, c, pre, nil)
		for _, spacing := range []uint64{1, 5, 64, 0} {
			p, err := Prepare(ctx, c.Cfg, c.Oracle, pre, Options{Spacing: spacing, JobSpacing: 16})
			if err != nil {
				t.Fatalf("batch %d: Prepare: %v", b, err)
			}
			if pre.Root() != root {
				t.Fatalf("batch %d: Prepare modified the pre-state", b)
			}
			checkLayout(t, p, s, effective(spacing))
			checkHashes(t, p, s, every(s.steps()), uint64(b)*10+spacing)
			if spacing == 5 {
				checkWitnesses(t, c, pre, p, s, s.fewLoads(every(s.steps())), uint64(b)*10+spacing)
			}
		}
		t.Logf("batch %d: %d steps, jobs %v", b, s.steps(), s.jobs())
		if b == 1 && len(s.jobs()) != 2 {
			t.Fatalf("batch 1 has %d jobs, want 2", len(s.jobs()))
		}
	}
}

func effective(spacing uint64) uint64 {
	if spacing == 0 {
		return DefaultSpacing
	}
	return spacing
}

// sample is idx plus k random indices in [0, n], sorted and without repeats.
func sample(idx []uint64, n uint64, k int, seed uint64) []uint64 {
	r := rand.New(rand.NewPCG(seed, 3))
	set := map[uint64]bool{}
	for _, i := range idx {
		set[i] = true
	}
	for ; k > 0; k-- {
		set[r.Uint64N(n+1)] = true
	}
	out := make([]uint64, 0, len(set))
	for i := range set {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// around returns the indices within d of each of the points.
func around(d uint64, points ...uint64) []uint64 {
	var out []uint64
	for _, p := range points {
		for i := p - min(p, d); i <= p+d; i++ {
			out = append(out, i)
		}
	}
	return out
}

// TestMixedScenario checks batch 1 of the mixed scenario (three jobs, withdrawals, uploads,
// every skip reason) at every phase boundary, around each job's start and end, and at random
// indices, in a random order, with default and small spacings, lazy and eager job providers.
func TestMixedScenario(t *testing.T) {
	c := mixedScenario(t)
	pre := pres(t, c, 2)[1]
	s := stepBatch(t, c, pre, nil)
	jobs := s.jobs()
	if len(jobs) != 3 {
		t.Fatalf("batch 1 has %d jobs, want 3", len(jobs))
	}
	var edges []uint64
	for _, j := range jobs {
		edges = append(edges, around(3, j.Start, j.End)...)
		edges = append(edges, (j.Start+j.End)/2)
	}
	idx := sample(append(s.boundaries(), edges...), s.steps(), 300, 1)
	ctx := context.Background()
	for _, o := range []Options{{}, {Spacing: 64, EagerJobs: true, JobSpacing: 512}} {
		p, err := Prepare(ctx, c.Cfg, c.Oracle, pre, o)
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, p, s, effective(o.Spacing))
		checkHashes(t, p, s, append(idx, s.steps()+1, s.steps()+100), o.Spacing+1)
		if o.Spacing == 0 {
			checkWitnesses(t, c, pre, p, s, s.fewLoads(sample(append(s.boundaries(), edges...), s.steps(), 60, 2)), 3)
			tracetest.Check(t, p, func(st stf.State) common.Hash { return st.Hash() }, nil,
				append(s.fewLoads(sample(edges, s.steps(), 20, 4)), s.steps(), s.steps()+1))
		}
		t.Logf("spacing %d: %d steps, %d checkpoints, jobs %v", o.Spacing, p.Steps(), p.Checkpoints(), p.Jobs())
	}
}

// TestFullLoad checks a batch of the largest payload (every LOAD step of 6 blobs, rejected at
// HEADER) and one whose word 5000 is not canonical (rejected in LOAD), around every checkpoint.
func TestFullLoad(t *testing.T) {
	c, err := stftest.New(1)
	if err != nil {
		t.Fatal(err)
	}
	payload := make([]byte, blob.MaxPayloadSize)
	r := rand.New(rand.NewPCG(5, 5))
	for i := range payload {
		payload[i] = byte(r.Uint32())
	}
	if err := c.Payload(payload); err != nil {
		t.Fatal(err)
	}
	if err := c.Blobs(blob.MaxPayloadSize, nonCanonical(t, blob.MaxWords, 5000)); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for b, pre := range pres(t, c, 2) {
		s := stepBatch(t, c, pre, nil)
		p, err := Prepare(ctx, c.Cfg, c.Oracle, pre, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkLayout(t, p, s, DefaultSpacing)
		var points []uint64
		for k := range p.ckpts {
			points = append(points, p.ckpts[k].st.Regs.Step)
		}
		idx := sample(append(s.boundaries(), around(2, points...)...), s.steps(), 200, uint64(b))
		checkHashes(t, p, s, idx, uint64(b))
		checkWitnesses(t, c, pre, p, s, s.fewLoads(s.boundaries()), uint64(b))
		t.Logf("batch %d: %d steps, %d checkpoints, %d queries", b, p.Steps(), p.Checkpoints(), len(idx))
	}
}

// BenchmarkMixedBatch1 measures Prepare on the mixed scenario's batch 1 (ApplyBatch for
// comparison) and queries at random indices: HashAt and WitnessAt with the job providers built,
// and the first query inside a job (which builds its provider). Query benchmarks report the
// slowest query too.
func BenchmarkMixedBatch1(b *testing.B) {
	c := mixedScenario(b)
	pre := pres(b, c, 2)[1]
	ctx := context.Background()
	b.Run("ApplyBatch", func(b *testing.B) {
		for b.Loop() {
			if _, err := stf.ApplyBatch(ctx, c.Cfg, c.Oracle, pre.Snapshot(), bulk.NewCPU(0)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Prepare", func(b *testing.B) {
		for b.Loop() {
			if _, err := Prepare(ctx, c.Cfg, c.Oracle, pre, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("PrepareEager", func(b *testing.B) {
		for b.Loop() {
			if _, err := Prepare(ctx, c.Cfg, c.Oracle, pre, Options{EagerJobs: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
	p, err := Prepare(ctx, c.Cfg, c.Oracle, pre, Options{EagerJobs: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d steps, %d checkpoints, jobs %v", p.Steps(), p.Checkpoints(), p.Jobs())
	query := func(name string, q func(i uint64) error) {
		b.Run(name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(9, 9))
			var slowest time.Duration
			for b.Loop() {
				i := r.Uint64N(p.Steps() + 1)
				t0 := time.Now()
				if err := q(i); err != nil {
					b.Fatal(err)
				}
				slowest = max(slowest, time.Since(t0))
			}
			b.ReportMetric(float64(slowest.Microseconds()), "max-µs")
		})
	}
	query("HashAt", func(i uint64) error { _, err := p.HashAt(ctx, i); return err })
	query("WitnessAt", func(i uint64) error { _, err := p.WitnessAt(ctx, i); return err })
	b.Run("FirstJobQuery", func(b *testing.B) {
		j := p.Jobs()[0]
		for b.Loop() {
			b.StopTimer()
			lazy, err := Prepare(ctx, c.Cfg, c.Oracle, pre, Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := lazy.HashAt(ctx, (j.Start+j.End)/2); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestConcurrentQueries queries one provider from several goroutines (run with -race).
func TestConcurrentQueries(t *testing.T) {
	c, _ := smallChain(t)
	pre := pres(t, c, 2)[1]
	s := stepBatch(t, c, pre, nil)
	p, err := Prepare(context.Background(), c.Cfg, c.Oracle, pre, Options{Spacing: 16, JobSpacing: 32})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(g), 4))
			for range 150 {
				i := r.Uint64N(s.steps() + 1)
				h, err := p.HashAt(context.Background(), i)
				if err == nil && h != s.hashes[i] {
					err = fmt.Errorf("HashAt(%d) = %x, want %x", i, h, s.hashes[i])
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
