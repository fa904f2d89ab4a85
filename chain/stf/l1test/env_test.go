package l1test

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/contracts"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
)

// chainID is the EIP-712 chain id of the test chains (the ChainVM's constructor argument).
const chainID = 42069

var (
	deployer = common.HexToAddress("0xde910e4de910e4de910e4de910e4de910e4de91")
	batcher  = common.HexToAddress("0xba7c4e4ba7c4e4ba7c4e4ba7c4e4ba7c4e4ba7c")
	// bridge is the address the Inbox accepts delayed messages from: the test enqueues them
	// directly, as the Bridge would.
	bridge = common.HexToAddress("0xb41d9eb41d9eb41d9eb41d9eb41d9eb41d9eb41d")
	caller = common.HexToAddress("0xca11e4ca11e4ca11e4ca11e4ca11e4ca11e4ca11")
)

// l1 is an in-process EVM (every fork through Osaka) with the Inbox, FraudVM and ChainVM
// deployed, and the Inbox mirroring a stftest chain's L1 view.
type l1 struct {
	cfg                      runtime.Config
	inbox, fraudVM, chainVM  common.Address
	inboxABI                 *bindings.Inbox
	vmABI                    *bindings.ChainVM
	errs                     map[[4]byte]abi.Error
	mirroredMsgs, mirroredBs uint64
}

func newL1(t testing.TB) *l1 {
	t.Helper()
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	l := &l1{
		cfg: runtime.Config{ChainConfig: params.AllDevChainProtocolChanges, Origin: deployer, GasLimit: evm.GasLimit,
			BlockNumber: new(big.Int), State: st},
		inboxABI: bindings.NewInbox(),
		vmABI:    bindings.NewChainVM(),
		errs:     map[[4]byte]abi.Error{},
	}
	l.fraudVM = l.deploy(t, "FraudVM", nil)
	l.inbox = l.deploy(t, "Inbox", l.inboxABI.PackConstructor(batcher, bridge, 0))
	l.chainVM = l.deploy(t, "ChainVM", l.vmABI.PackConstructor(l.inbox, l.fraudVM, chainID))
	return l
}

// deploy runs an artifact's creation code with constructor arguments and registers its errors.
func (l *l1) deploy(t testing.TB, name string, args []byte) common.Address {
	t.Helper()
	a, err := contracts.LoadArtifact(name)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := a.ParsedABI()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range parsed.Errors {
		l.errs[[4]byte(e.ID[:4])] = e
	}
	l.cfg.Origin = deployer
	code, addr, _, err := runtime.Create(append(bytes.Clone(a.Bytecode), args...), &l.cfg)
	if err != nil {
		t.Fatalf("deploy %s: %v", name, err)
	}
	if len(code) == 0 {
		t.Fatalf("deploy %s: no code", name)
	}
	return addr
}

// revertError is a decoded revert: a custom error of the deployed contracts by name.
type revertError struct {
	name string
	args []any
	data []byte
}

func (e *revertError) Error() string {
	if e.name == "" {
		return fmt.Sprintf("reverted with %#x", e.data)
	}
	s := make([]string, len(e.args))
	for i, a := range e.args {
		if b, ok := a.([]byte); ok {
			s[i] = fmt.Sprintf("%#x", b)
		} else {
			s[i] = fmt.Sprint(a)
		}
	}
	return fmt.Sprintf("%s(%s)", e.name, strings.Join(s, ", "))
}

func (l *l1) decode(data []byte) *revertError {
	r := &revertError{data: data}
	if len(data) >= 4 {
		if e, ok := l.errs[[4]byte(data[:4])]; ok {
			if args, err := e.Inputs.Unpack(data[4:]); err == nil {
				r.name, r.args = e.Name, args
			}
		}
	}
	return r
}

// revertName is the error's name, and for JobStepFailed the name of FraudVM's error inside it.
func (l *l1) revertName(err error) string {
	var r *revertError
	if !errors.As(err, &r) {
		return ""
	}
	if r.name == "JobStepFailed" && len(r.args) == 1 {
		if inner, ok := r.args[0].([]byte); ok {
			return r.name + "/" + l.decode(inner).name
		}
	}
	return r.name
}

// call sends input to `to` from `from` in a transaction carrying blobHashes; a revert is an
// error of type *revertError. gas is the execution gas.
func (l *l1) call(t testing.TB, from, to common.Address, input []byte, blobHashes []common.Hash) (ret []byte, gas uint64, err error) {
	t.Helper()
	l.cfg.Origin, l.cfg.BlobHashes = from, blobHashes
	defer func() { l.cfg.BlobHashes = nil }()
	ret, left, err := runtime.Call(to, input, &l.cfg)
	gas = l.cfg.GasLimit - left
	switch {
	case err == nil:
		return ret, gas, nil
	case errors.Is(err, vm.ErrExecutionReverted):
		return nil, gas, l.decode(ret)
	default:
		t.Fatalf("call failed outside a revert: %v", err)
		return nil, 0, nil
	}
}

// mustCall is call that must not revert.
func (l *l1) mustCall(t testing.TB, from, to common.Address, input []byte, blobHashes []common.Hash) []byte {
	t.Helper()
	ret, _, err := l.call(t, from, to, input, blobHashes)
	if err != nil {
		t.Fatalf("call to %s: %v", to, err)
	}
	return ret
}

// mirror posts what the chain has recorded since the last mirror to the Inbox: its new delayed
// messages through the Bridge's path, then its new batches (blob batches by the batcher with
// their blob hashes in the transaction, forced batches by anyone), checking each commitment.
func (l *l1) mirror(t testing.TB, c *stftest.Chain) {
	t.Helper()
	for ; l.mirroredMsgs < uint64(len(c.Oracle.Msgs)); l.mirroredMsgs++ {
		l.mustCall(t, bridge, l.inbox, l.inboxABI.PackEnqueueDelayed(crypto.Keccak256Hash(c.Oracle.Msgs[l.mirroredMsgs])), nil)
	}
	for ; ; l.mirroredBs++ {
		b, ok := c.Oracle.Batches[l.mirroredBs]
		if !ok {
			break
		}
		if len(b.BlobHashes) == 0 {
			l.mustCall(t, caller, l.inbox, l.inboxABI.PackForceInclude(b.DelayedCount), nil)
		} else {
			l.mustCall(t, batcher, l.inbox, l.inboxABI.PackAddBatch(b.Number, b.PayloadLength, b.DelayedCount), b.BlobHashes)
		}
		ret := l.mustCall(t, caller, l.inbox, l.inboxABI.PackBatchCommitment(b.Number), nil)
		got, err := l.inboxABI.UnpackBatchCommitment(ret)
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(got) != b.Commitment() {
			t.Fatalf("batch %d: Inbox commitment %x, stf.Batch commitment %v", b.Number, got, b.Commitment())
		}
	}
}

// result is the ChainVM's answer to one step: a post-state hash, or a revert.
type result struct {
	post  common.Hash
	err   error
	gas   uint64 // execution gas
	input []byte // the calldata
}

// verifyStep calls ChainVM.verifyStep(pre, state, proofs).
func (l *l1) verifyStep(t testing.TB, pre common.Hash, state, proofs []byte) result {
	t.Helper()
	return l.vmCall(t, l.vmABI.PackVerifyStep(pre, state, proofs))
}

// step calls ChainVM.step(state, proofs).
func (l *l1) step(t testing.TB, state, proofs []byte) result {
	t.Helper()
	return l.vmCall(t, l.vmABI.PackStep(state, proofs))
}

func (l *l1) vmCall(t testing.TB, input []byte) result {
	t.Helper()
	ret, gas, err := l.call(t, caller, l.chainVM, input, nil)
	if err != nil {
		return result{err: err, gas: gas, input: input}
	}
	post, err := l.vmABI.UnpackStep(ret)
	if err != nil {
		t.Fatalf("ChainVM return %x: %v", ret, err)
	}
	return result{post: post, gas: gas, input: input}
}
