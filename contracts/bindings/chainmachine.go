// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ChainMachineMetaData contains all meta data concerning the ChainMachine contract.
var ChainMachineMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIChainVM\",\"name\":\"chainVM_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotDone\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"boundary\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainVM\",\"outputs\":[{\"internalType\":\"contractIChainVM\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"}],\"name\":\"link\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"next\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s0\",\"type\":\"bytes32\"}],\"name\":\"start1\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"startHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ChainMachine",
	Bin: "0x60a03461007e57601f6105d838819003918201601f19168301916001600160401b038311848410176100825780849260209460405283398101031261007e57516001600160a01b038116810361007e576080526040516105419081610097823960805181818160c9015281816102680152818161038901526104810152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806378a7f83414610331578063b259d4da14610374578063b6ada9f514610357578063c8a163bc14610331578063ea599e33146101fb5763f8e0cb961461005b575f80fd5b346101a65760403660031901126101a65760043567ffffffffffffffff81116101a65761008c9036906004016103b8565b9060243567ffffffffffffffff81116101a6576100ad9036906004016103b8565b6040516323548a8f60e01b8152602060048201819052919490927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692848061010260248201868a6104eb565b0381865afa9384156101b2575f946101bd575b5093610148929161015a6020959660405198899687958695637c7065cb60e11b87526040600488015260448701916104eb565b848103600319016024860152916104eb565b03915afa80156101b2575f9061017b575b6040809350519182526020820152f35b506020823d6020116101aa575b81610195602093836103e6565b810103126101a6576040915161016b565b5f80fd5b3d9150610188565b6040513d5f823e3d90fd5b92919350936020833d6020116101f3575b816101db602093836103e6565b810103126101a6579151919391929091610148610115565b3d91506101ce565b346101a65760203660031901126101a65760043567ffffffffffffffff81116101a65761022c9036906004016103b8565b6101c08114801590610308575b6102f957604051906323548a8f60e01b825260206004830152602082806102646024820185886104eb565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156101b2575f926102c5575b506101c0116101a6576102b96101a0604093013561041c565b82519182526020820152f35b9091506020813d6020116102f1575b816102e1602093836103e6565b810103126101a6575190836102a0565b3d91506102d4565b63769f8f8b60e01b5f5260045ffd5b50801561031d576001823560f81c1415610239565b634e487b7160e01b5f52603260045260245ffd5b346101a65760203660031901126101a657602061034f60043561041c565b604051908152f35b346101a65760203660031901126101a65760206040516004358152f35b346101a6575f3660031901126101a6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b9181601f840112156101a65782359167ffffffffffffffff83116101a657602083818601950101116101a657565b90601f8019910116810190811067ffffffffffffffff82111761040857604052565b634e487b7160e01b5f52604160045260245ffd5b60206101e0916040519061043084836103e6565b6101c0825282820193601f19013685376101c08201526044604051809481936323548a8f60e01b83528560048401525180918160248501528484015e5f828201840152601f01601f191681010301817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156101b2575f916104bc575090565b90506020813d6020116104e3575b816104d7602093836103e6565b810103126101a6575190565b3d91506104ca565b908060209392818452848401375f828201840152601f01601f191601019056fea26469706673582212209e47ebb88f451f8590079c1acece9fd5ba963f7e244b66e8f8500eea13af712564736f6c63430008250033",
}

// ChainMachine is an auto generated Go binding around an Ethereum contract.
type ChainMachine struct {
	abi abi.ABI
}

// NewChainMachine creates a new instance of ChainMachine.
func NewChainMachine() *ChainMachine {
	parsed, err := ChainMachineMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChainMachine{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChainMachine) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address chainVM_) returns()
func (chainMachine *ChainMachine) PackConstructor(chainVM_ common.Address) []byte {
	enc, err := chainMachine.abi.Pack("", chainVM_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBoundary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78a7f834.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundary(bytes32 root) view returns(bytes32)
func (chainMachine *ChainMachine) PackBoundary(root [32]byte) []byte {
	enc, err := chainMachine.abi.Pack("boundary", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoundary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78a7f834.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function boundary(bytes32 root) view returns(bytes32)
func (chainMachine *ChainMachine) TryPackBoundary(root [32]byte) ([]byte, error) {
	return chainMachine.abi.Pack("boundary", root)
}

// UnpackBoundary is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78a7f834.
//
// Solidity: function boundary(bytes32 root) view returns(bytes32)
func (chainMachine *ChainMachine) UnpackBoundary(data []byte) ([32]byte, error) {
	out, err := chainMachine.abi.Unpack("boundary", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChainVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb259d4da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chainVM() view returns(address)
func (chainMachine *ChainMachine) PackChainVM() []byte {
	enc, err := chainMachine.abi.Pack("chainVM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChainVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb259d4da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chainVM() view returns(address)
func (chainMachine *ChainMachine) TryPackChainVM() ([]byte, error) {
	return chainMachine.abi.Pack("chainVM")
}

// UnpackChainVM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb259d4da.
//
// Solidity: function chainVM() view returns(address)
func (chainMachine *ChainMachine) UnpackChainVM(data []byte) (common.Address, error) {
	out, err := chainMachine.abi.Unpack("chainVM", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea599e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function link(bytes endPreimage) view returns(bytes32 end, bytes32 next)
func (chainMachine *ChainMachine) PackLink(endPreimage []byte) []byte {
	enc, err := chainMachine.abi.Pack("link", endPreimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea599e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function link(bytes endPreimage) view returns(bytes32 end, bytes32 next)
func (chainMachine *ChainMachine) TryPackLink(endPreimage []byte) ([]byte, error) {
	return chainMachine.abi.Pack("link", endPreimage)
}

// LinkOutput serves as a container for the return parameters of contract
// method Link.
type LinkOutput struct {
	End  [32]byte
	Next [32]byte
}

// UnpackLink is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea599e33.
//
// Solidity: function link(bytes endPreimage) view returns(bytes32 end, bytes32 next)
func (chainMachine *ChainMachine) UnpackLink(data []byte) (LinkOutput, error) {
	out, err := chainMachine.abi.Unpack("link", data)
	outstruct := new(LinkOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.End = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Next = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackStart1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ada9f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start1(bytes32 s0) pure returns(bytes32)
func (chainMachine *ChainMachine) PackStart1(s0 [32]byte) []byte {
	enc, err := chainMachine.abi.Pack("start1", s0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ada9f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start1(bytes32 s0) pure returns(bytes32)
func (chainMachine *ChainMachine) TryPackStart1(s0 [32]byte) ([]byte, error) {
	return chainMachine.abi.Pack("start1", s0)
}

// UnpackStart1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6ada9f5.
//
// Solidity: function start1(bytes32 s0) pure returns(bytes32)
func (chainMachine *ChainMachine) UnpackStart1(data []byte) ([32]byte, error) {
	out, err := chainMachine.abi.Unpack("start1", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStartHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8a163bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startHash(bytes32 root) view returns(bytes32)
func (chainMachine *ChainMachine) PackStartHash(root [32]byte) []byte {
	enc, err := chainMachine.abi.Pack("startHash", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8a163bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startHash(bytes32 root) view returns(bytes32)
func (chainMachine *ChainMachine) TryPackStartHash(root [32]byte) ([]byte, error) {
	return chainMachine.abi.Pack("startHash", root)
}

// UnpackStartHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8a163bc.
//
// Solidity: function startHash(bytes32 root) view returns(bytes32)
func (chainMachine *ChainMachine) UnpackStartHash(data []byte) ([32]byte, error) {
	out, err := chainMachine.abi.Unpack("startHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes pre, bytes proof) view returns(bytes32, bytes32)
func (chainMachine *ChainMachine) PackStep(pre []byte, proof []byte) []byte {
	enc, err := chainMachine.abi.Pack("step", pre, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes pre, bytes proof) view returns(bytes32, bytes32)
func (chainMachine *ChainMachine) TryPackStep(pre []byte, proof []byte) ([]byte, error) {
	return chainMachine.abi.Pack("step", pre, proof)
}

// StepOutput serves as a container for the return parameters of contract
// method Step.
type StepOutput struct {
	Arg0 [32]byte
	Arg1 [32]byte
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes pre, bytes proof) view returns(bytes32, bytes32)
func (chainMachine *ChainMachine) UnpackStep(data []byte) (StepOutput, error) {
	out, err := chainMachine.abi.Unpack("step", data)
	outstruct := new(StepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Arg1 = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (chainMachine *ChainMachine) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], chainMachine.abi.Errors["NotDone"].ID.Bytes()[:4]) {
		return chainMachine.UnpackNotDoneError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ChainMachineNotDone represents a NotDone error raised by the ChainMachine contract.
type ChainMachineNotDone struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDone()
func ChainMachineNotDoneErrorID() common.Hash {
	return common.HexToHash("0x769f8f8b7e3dd730b270c1ae1c53307942ac65ae903690e1a3d35adc20819d96")
}

// UnpackNotDoneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDone()
func (chainMachine *ChainMachine) UnpackNotDoneError(raw []byte) (*ChainMachineNotDone, error) {
	out := new(ChainMachineNotDone)
	if err := chainMachine.abi.UnpackIntoInterface(out, "NotDone", raw); err != nil {
		return nil, err
	}
	return out, nil
}
