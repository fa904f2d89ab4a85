// Package evm runs compiled contracts in an in-process EVM (go-ethereum's core/vm/runtime) for
// tests and gas measurements: deploy an artifact's creation code, call it, and get back the return
// data, the execution gas and, on a revert, the custom error decoded by name from the artifact's
// ABI.
//
// It is a harness, not a node: there are no transactions, so the gas it reports is execution gas
// only; TxGas adds the intrinsic and calldata costs a real transaction would pay.
package evm

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/contracts"
)

// GasLimit is the gas each deployment and call gets: Osaka's per-transaction cap (EIP-7825), so
// a call that fits here fits in a real transaction.
const GasLimit = params.MaxTxGas

// EVM is an EVM with every fork through Osaka active at block 0, over a fresh in-memory state.
// It is not safe for concurrent use.
type EVM struct {
	cfg runtime.Config
}

// New returns an EVM with an empty state.
func New() (*EVM, error) {
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		return nil, fmt.Errorf("evm: new state: %w", err)
	}
	return &EVM{cfg: runtime.Config{
		ChainConfig: params.AllDevChainProtocolChanges,
		Origin:      common.HexToAddress("0xc0110c0110c0110c0110c0110c0110c0110c0110"),
		GasLimit:    GasLimit,
		BlockNumber: new(big.Int),
		State:       st,
	}}, nil
}

// Contract is a deployed contract.
type Contract struct {
	Name    string
	Address common.Address
	ABI     abi.ABI
	evm     *EVM
	errors  map[[4]byte]*abi.Error
}

// Deploy runs the artifact's creation code and returns the deployed contract.
func (e *EVM) Deploy(a *contracts.Artifact) (*Contract, error) {
	return e.deploy(a, a.Bytecode, true)
}

// deploy runs creation code; check compares the runtime code with the artifact's (which a
// contract with immutables does not match).
func (e *EVM) deploy(a *contracts.Artifact, creation []byte, check bool) (*Contract, error) {
	if _, err := a.ParsedABI(); err != nil {
		return nil, err
	}
	code, addr, _, err := runtime.Create(creation, &e.cfg)
	if err != nil {
		return nil, fmt.Errorf("evm: deploy %s: %w", a.ContractName, err)
	}
	if check && !bytes.Equal(code, a.DeployedBytecode) {
		return nil, fmt.Errorf("evm: deploy %s: runtime code differs from the artifact's deployedBytecode", a.ContractName)
	}
	return e.At(a, addr)
}

// Result is the outcome of a call that ran to completion or reverted.
type Result struct {
	Return  []byte  // return data; on a revert, the revert data
	GasUsed uint64  // execution gas, without the transaction's intrinsic and calldata gas
	Revert  *Revert // non-nil if the call reverted
}

// Revert is a decoded revert: a custom error of the contract's ABI by name and arguments,
// "Error" with the reason string, "Panic" with the panic code, or "" if the data matches none.
type Revert struct {
	Name string
	Args []any
	Data []byte
}

func (r *Revert) Error() string {
	if r.Name == "" {
		return fmt.Sprintf("reverted with unknown data %#x", r.Data)
	}
	args := make([]string, len(r.Args))
	for i, a := range r.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("reverted: %s(%s)", r.Name, strings.Join(args, ", "))
}

var (
	errorSelector = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// Call calls the contract with input (selector and arguments). A revert is a Result with Revert
// set, not an error; the error reports a call that failed otherwise (out of gas, invalid opcode).
func (c *Contract) Call(input []byte) (*Result, error) {
	ret, left, err := runtime.Call(c.Address, input, &c.evm.cfg)
	res := &Result{Return: ret, GasUsed: GasLimit - left}
	switch {
	case err == nil:
		return res, nil
	case errors.Is(err, vm.ErrExecutionReverted):
		res.Revert = c.decodeRevert(ret)
		return res, nil
	default:
		return nil, fmt.Errorf("evm: call %s: %w", c.Name, err)
	}
}

func (c *Contract) decodeRevert(data []byte) *Revert {
	r := &Revert{Data: data}
	if len(data) < 4 {
		return r
	}
	sel := [4]byte(data[:4])
	switch {
	case sel == errorSelector:
		if msg, err := abi.UnpackRevert(data); err == nil {
			r.Name, r.Args = "Error", []any{msg}
		}
	case sel == panicSelector:
		if len(data) == 36 {
			r.Name, r.Args = "Panic", []any{new(big.Int).SetBytes(data[4:])}
		}
	default:
		if ae, ok := c.errors[sel]; ok {
			if args, err := ae.Inputs.Unpack(data[4:]); err == nil {
				r.Name, r.Args = ae.Name, args
			}
		}
	}
	return r
}

// CalldataGas returns the calldata cost of a transaction's data under EIP-2028 (4 per zero byte,
// 16 per non-zero byte) and its EIP-7623 token count (zero bytes + 4 × non-zero bytes).
func CalldataGas(data []byte) (gas, tokens uint64) {
	var zero uint64
	for _, b := range data {
		if b == 0 {
			zero++
		}
	}
	nonZero := uint64(len(data)) - zero
	return zero*params.TxDataZeroGas + nonZero*params.TxDataNonZeroGasEIP2028, zero + nonZero*4
}

// TxGas is the gas a transaction calling with data and using exec execution gas is charged
// under Prague/Osaka rules: the larger of 21000 + calldata gas + exec and the EIP-7623 floor
// 21000 + 10 × tokens. (No access list, not a contract creation.)
func TxGas(data []byte, exec uint64) (total, standard, floor uint64) {
	cd, tokens := CalldataGas(data)
	standard = params.TxGas + cd + exec
	floor = params.TxGas + tokens*params.TxCostFloorPerToken
	return max(standard, floor), standard, floor
}

// DeployArtifact deploys the committed artifact name (contracts.LoadArtifact) on a fresh EVM.
func DeployArtifact(name string) (*Contract, error) {
	a, err := contracts.LoadArtifact(name)
	if err != nil {
		return nil, err
	}
	e, err := New()
	if err != nil {
		return nil, err
	}
	c, err := e.Deploy(a)
	if err != nil {
		return nil, fmt.Errorf("deploy %s: %w", name, err)
	}
	return c, nil
}

// SetBlockNumber sets the block number later calls see (block.number).
func (e *EVM) SetBlockNumber(n uint64) { e.cfg.BlockNumber = new(big.Int).SetUint64(n) }

// Fund adds wei to an account's balance.
func (e *EVM) Fund(addr common.Address, wei *big.Int) {
	e.cfg.State.AddBalance(addr, uint256.MustFromBig(wei), tracing.BalanceChangeUnspecified)
}

// Balance is an account's balance.
func (e *EVM) Balance(addr common.Address) *big.Int { return e.cfg.State.GetBalance(addr).ToBig() }

// CallFrom calls the contract as from, sending value wei (nil for none); Call is CallFrom with
// the EVM's default origin and no value.
func (c *Contract) CallFrom(from common.Address, value *big.Int, input []byte) (*Result, error) {
	origin, v := c.evm.cfg.Origin, c.evm.cfg.Value
	defer func() { c.evm.cfg.Origin, c.evm.cfg.Value = origin, v }()
	c.evm.cfg.Origin, c.evm.cfg.Value = from, value
	return c.Call(input)
}

// DeployArgs deploys an artifact with ABI-encoded constructor arguments. Its runtime code is
// not compared with the artifact's: immutables set by the constructor change it.
func (e *EVM) DeployArgs(a *contracts.Artifact, args ...any) (*Contract, error) {
	parsed, err := a.ParsedABI()
	if err != nil {
		return nil, err
	}
	enc, err := parsed.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("evm: deploy %s: constructor arguments: %w", a.ContractName, err)
	}
	return e.deploy(a, append(append([]byte{}, a.Bytecode...), enc...), false)
}

// SetBlobHashes sets the versioned hashes later calls see (BLOBHASH), as a blob transaction's.
func (e *EVM) SetBlobHashes(h []common.Hash) { e.cfg.BlobHashes = h }

// At is an artifact's contract already deployed at addr (by another contract's constructor).
func (e *EVM) At(a *contracts.Artifact, addr common.Address) (*Contract, error) {
	parsed, err := a.ParsedABI()
	if err != nil {
		return nil, err
	}
	c := &Contract{Name: a.ContractName, Address: addr, ABI: parsed, evm: e, errors: make(map[[4]byte]*abi.Error)}
	for name := range parsed.Errors {
		ae := parsed.Errors[name]
		c.errors[[4]byte(ae.ID[:4])] = &ae
	}
	return c, nil
}
