package stf

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Config is what the machine needs besides memory and L1 data. It is fixed for a chain.
type Config struct {
	// Domain is the EIP-712 domain signed messages are checked under (chain id and Inbox).
	Domain msg.Domain
}

// ErrNoStep is wrapped by errors that stop Step without a step: registers no packed state can
// hold, or an oracle that cannot produce the L1 data the step needs.
var ErrNoStep = errors.New("stf: no step")

// Machine is the reference implementation of the chain state transition: a state and the memory
// its root commits to, stepped one proven step at a time.
type Machine struct {
	cfg    Config
	sep    common.Hash
	oracle Oracle
	mem    *memory.Memory
	r      Regs
	job    *vm.VM
	batch  *Batch // the oracle's batch r.Batch, once BEGIN has run

	wit *Witness // non-nil while a proving step records its accesses

	// signers are the message checks' signers, recovered alongside by ApplyBlock (signers.go); nil
	// when stepping, which recovers each as it comes.
	signers *signers
}

// New returns a machine at the BEGIN of the next batch over mem (a state root).
func New(cfg Config, oracle Oracle, mem *memory.Memory) *Machine {
	return Resume(cfg, oracle, State{Regs: Regs{Phase: PhaseBegin}}, mem)
}

// Resume returns a machine in state st over mem (st.Job.MemRoot is ignored: the root is mem's).
func Resume(cfg Config, oracle Oracle, st State, mem *memory.Memory) *Machine {
	m := &Machine{cfg: cfg, sep: cfg.Domain.Separator(), oracle: oracle, mem: mem, r: st.Regs}
	m.job = vm.New(st.Job, mem)
	return m
}

// Memory is the machine's memory (shared, not copied).
func (m *Machine) Memory() *memory.Memory { return m.mem }

// State returns the current state with an up-to-date memory root.
func (m *Machine) State() State { return State{Regs: m.r, Job: m.job.State()} }

// Regs returns the chain registers.
func (m *Machine) Regs() Regs { return m.r }

// Done reports whether the batch is applied.
func (m *Machine) Done() bool { return m.r.Status == StatusDone }

// Step executes exactly one step; with proof set it returns the step's witness. A step of a done
// machine changes nothing. Errors are not machine outcomes (invalid input is skipped or rejected
// by the semantics): they mean malformed registers or missing L1 data.
func (m *Machine) Step(proof bool) (*Witness, error) {
	if m.r.Status > StatusDone || m.r.Phase >= numPhases {
		return nil, fmt.Errorf("%w: malformed registers (status %d, phase %d)", ErrNoStep, m.r.Status, m.r.Phase)
	}
	if proof {
		st := m.State()
		m.wit = &Witness{State: st.Encode()}
		defer func() { m.wit = nil }()
	}
	if m.r.Status == StatusDone {
		return m.wit, nil
	}
	if m.r.Phase == PhaseJobRun {
		jw, err := m.job.Step(proof)
		if err != nil {
			return nil, fmt.Errorf("stf: job step: %w", err)
		}
		if m.wit != nil {
			m.wit.Job = jw
		}
		if m.job.Registers().Halted() {
			m.r.Phase = PhaseJobFinish
		}
		m.r.Step++
		return m.wit, nil
	}
	saved, jobSaved := m.r, m.job.Registers()
	if err := m.step(); err != nil {
		m.r = saved
		m.job = vm.New(jobSaved, m.mem)
		return nil, err
	}
	m.r.Step++
	return m.wit, nil
}

// Run steps until the batch is applied, checking ctx every 64k steps.
func (m *Machine) Run(ctx context.Context) error {
	for n := 0; !m.Done(); n++ {
		if n&0xFFFF == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if _, err := m.Step(false); err != nil {
			return err
		}
	}
	return nil
}

// ---- memory accesses, recorded with proofs in a proving step ----

func (m *Machine) record(a Access) {
	if m.wit != nil {
		m.wit.Accesses = append(m.wit.Accesses, a)
	}
}

// leaf reads the leaf at addr.
func (m *Machine) leaf(addr uint64) layout.Leaf {
	v := m.mem.ReadLeaf(addr)
	if m.wit != nil {
		p := m.mem.ProveLeaf(addr)
		m.record(Access{Kind: AccessLeaf, Addr: addr, Pre: v, Proof: p[:]})
	}
	return v
}

// setLeaf writes the leaf that the step's latest access read (read-modify-write is one access).
func (m *Machine) setLeaf(addr uint64, v layout.Leaf) {
	if m.wit != nil {
		a := &m.wit.Accesses[len(m.wit.Accesses)-1]
		if a.Kind != AccessLeaf || a.Addr != addr {
			panic(fmt.Sprintf("stf: write of leaf %#x does not follow its read", addr))
		}
		a.Write, a.Post = true, v
	}
	m.mem.WriteLeaf(addr, v)
}

// node reads the node (addr, height).
func (m *Machine) node(addr uint64, height uint) common.Hash {
	h := m.mem.NodeHash(addr, height)
	if m.wit != nil {
		m.record(Access{Kind: AccessNode, Addr: addr, Height: height, Pre: h, Proof: m.mem.ProveNode(addr, height)})
	}
	return h
}

// graft sets the node (dst, height) to the node (src, height), which the step has just read
// (want is its value); zero grafts the zero subtree instead. One access: the old node and its
// proof.
func (m *Machine) graft(dst uint64, height uint, src uint64, zero bool) {
	// The old node is read for the witness only: without one, hashing the subtree about to be
	// replaced (a dirty job scratch, mostly) would be work thrown away.
	if m.wit != nil {
		m.node(dst, height)
	}
	if zero {
		m.mem.Zero(dst, height)
	} else {
		m.mem.Graft(dst, m.mem, src, height)
	}
	if m.wit != nil {
		a := &m.wit.Accesses[len(m.wit.Accesses)-1]
		a.Write, a.Post = true, m.mem.NodeHash(dst, height)
	}
}

// subtree reads the 512 bytes of the height-4 subtree at addr.
func (m *Machine) subtree(addr uint64) []byte {
	b := make([]byte, 32<<BodyHeight)
	m.mem.Read(addr, b)
	if m.wit != nil {
		m.record(Access{Kind: AccessSubtree, Addr: addr, Height: BodyHeight, Pre: m.mem.NodeHash(addr, BodyHeight), Data: b,
			Proof: m.mem.ProveNode(addr, BodyHeight)})
	}
	return b
}

// oracleData appends L1 data to the witness.
func (m *Machine) oracleData(b ...[]byte) {
	if m.wit != nil {
		for _, x := range b {
			m.wit.Oracle = append(m.wit.Oracle, x...)
		}
	}
}
