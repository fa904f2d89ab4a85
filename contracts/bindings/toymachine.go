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

// ToyMachineMetaData contains all meta data concerning the ToyMachine contract.
var ToyMachineMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n1_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"NotAToyState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"NotDone\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"}],\"name\":\"link\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"next\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"n1\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s0\",\"type\":\"bytes32\"}],\"name\":\"start1\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ToyMachine",
	Bin: "0x60a034606d57601f6104e938819003918201601f19168301916001600160401b03831184841017607157808492602094604052833981010312606d57516001600160401b0381168103606d576080526040516104639081610086823960805181818161025401526103b90152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816336fe1f251461023757508063b6ada9f5146101e4578063ea599e33146101045763f8e0cb9614610048575f80fd5b34610100576040366003190112610100576004356001600160401b03811161010057610078903690600401610278565b906024356001600160401b038111610100576040926100ed926100a26100a9933690600401610278565b5050610365565b9092916100b5816103ad565b6100c083868461030c565b946100ca816102da565b6001600160401b03838116911610156100f9576100e791506102da565b9061030c565b82519182526020820152f35b509061030c565b5f80fd5b34610100576020366003190112610100576004356001600160401b0381116101005761013761013d913690600401610278565b90610365565b906001600160401b0361014f846103ad565b166001600160401b0382169081036101bb575091610170826040948361030c565b918351906020820192631b995e1d60e21b845260248301526001600160401b0360c01b9060c01b166044820152602c81526101ac604c826102a5565b51902082519182526020820152f35b6001600160401b03906101cd856103ad565b90633f5a4a7b60e11b5f526004521660245260445ffd5b346101005760203660031901126101005760206040518181019064737461746560d81b825260043560258201525f60458201525f604d8201526035815261022c6055826102a5565b519020604051908152f35b34610100575f366003190112610100576020906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f84011215610100578235916001600160401b038311610100576020838186019501011161010057565b90601f801991011681019081106001600160401b038211176102c657604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b036001911601906001600160401b0382116102f857565b634e487b7160e01b5f52601160045260245ffd5b9160405191602083019364737461746560d81b855260258401526001600160401b0360c01b9060c01b1660458301526001600160401b0360c01b9060c01b16604d8201526035815261035f6055826102a5565b51902090565b916030820361039b5781602011610100578235928260281161010057602081013560c01c92603011610100576028013560c01c90565b506288e68560e81b5f5260045260245ffd5b5f196001600160401b037f000000000000000000000000000000000000000000000000000000000000000016016001600160401b0381116102f8576001600160401b031680156104195760ff6001600160401b03921606166001016001600160401b0381116102f85790565b634e487b7160e01b5f52601260045260245ffdfea2646970667358221220d94c7c77e075377c0386764b5d66a97e22d0ee6cf5c03f00e6c16507ec0a313064736f6c63430008250033",
}

// ToyMachine is an auto generated Go binding around an Ethereum contract.
type ToyMachine struct {
	abi abi.ABI
}

// NewToyMachine creates a new instance of ToyMachine.
func NewToyMachine() *ToyMachine {
	parsed, err := ToyMachineMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ToyMachine{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ToyMachine) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 n1_) returns()
func (toyMachine *ToyMachine) PackConstructor(n1_ uint64) []byte {
	enc, err := toyMachine.abi.Pack("", n1_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea599e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function link(bytes endPreimage) view returns(bytes32 end, bytes32 next)
func (toyMachine *ToyMachine) PackLink(endPreimage []byte) []byte {
	enc, err := toyMachine.abi.Pack("link", endPreimage)
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
func (toyMachine *ToyMachine) TryPackLink(endPreimage []byte) ([]byte, error) {
	return toyMachine.abi.Pack("link", endPreimage)
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
func (toyMachine *ToyMachine) UnpackLink(data []byte) (LinkOutput, error) {
	out, err := toyMachine.abi.Unpack("link", data)
	outstruct := new(LinkOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.End = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Next = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackN1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36fe1f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function n1() view returns(uint64)
func (toyMachine *ToyMachine) PackN1() []byte {
	enc, err := toyMachine.abi.Pack("n1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackN1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36fe1f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function n1() view returns(uint64)
func (toyMachine *ToyMachine) TryPackN1() ([]byte, error) {
	return toyMachine.abi.Pack("n1")
}

// UnpackN1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36fe1f25.
//
// Solidity: function n1() view returns(uint64)
func (toyMachine *ToyMachine) UnpackN1(data []byte) (uint64, error) {
	out, err := toyMachine.abi.Unpack("n1", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStart1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ada9f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start1(bytes32 s0) pure returns(bytes32)
func (toyMachine *ToyMachine) PackStart1(s0 [32]byte) []byte {
	enc, err := toyMachine.abi.Pack("start1", s0)
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
func (toyMachine *ToyMachine) TryPackStart1(s0 [32]byte) ([]byte, error) {
	return toyMachine.abi.Pack("start1", s0)
}

// UnpackStart1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6ada9f5.
//
// Solidity: function start1(bytes32 s0) pure returns(bytes32)
func (toyMachine *ToyMachine) UnpackStart1(data []byte) ([32]byte, error) {
	out, err := toyMachine.abi.Unpack("start1", data)
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
// Solidity: function step(bytes pre, bytes ) view returns(bytes32, bytes32)
func (toyMachine *ToyMachine) PackStep(pre []byte, arg1 []byte) []byte {
	enc, err := toyMachine.abi.Pack("step", pre, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes pre, bytes ) view returns(bytes32, bytes32)
func (toyMachine *ToyMachine) TryPackStep(pre []byte, arg1 []byte) ([]byte, error) {
	return toyMachine.abi.Pack("step", pre, arg1)
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
// Solidity: function step(bytes pre, bytes ) view returns(bytes32, bytes32)
func (toyMachine *ToyMachine) UnpackStep(data []byte) (StepOutput, error) {
	out, err := toyMachine.abi.Unpack("step", data)
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
func (toyMachine *ToyMachine) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], toyMachine.abi.Errors["NotAToyState"].ID.Bytes()[:4]) {
		return toyMachine.UnpackNotAToyStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], toyMachine.abi.Errors["NotDone"].ID.Bytes()[:4]) {
		return toyMachine.UnpackNotDoneError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ToyMachineNotAToyState represents a NotAToyState error raised by the ToyMachine contract.
type ToyMachineNotAToyState struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAToyState(uint256 length)
func ToyMachineNotAToyStateErrorID() common.Hash {
	return common.HexToHash("0x88e685002436d0c464fbb11fbf24691ab3556b2163a55c0731c0c85d0c4824be")
}

// UnpackNotAToyStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAToyState(uint256 length)
func (toyMachine *ToyMachine) UnpackNotAToyStateError(raw []byte) (*ToyMachineNotAToyState, error) {
	out := new(ToyMachineNotAToyState)
	if err := toyMachine.abi.UnpackIntoInterface(out, "NotAToyState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ToyMachineNotDone represents a NotDone error raised by the ToyMachine contract.
type ToyMachineNotDone struct {
	Step  uint64
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDone(uint64 step, uint64 steps)
func ToyMachineNotDoneErrorID() common.Hash {
	return common.HexToHash("0x7eb494f6b4ce05d263750096ec5478afb5cc453117f3a644378c0dfe5dbf9cd0")
}

// UnpackNotDoneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDone(uint64 step, uint64 steps)
func (toyMachine *ToyMachine) UnpackNotDoneError(raw []byte) (*ToyMachineNotDone, error) {
	out := new(ToyMachineNotDone)
	if err := toyMachine.abi.UnpackIntoInterface(out, "NotDone", raw); err != nil {
		return nil, err
	}
	return out, nil
}
