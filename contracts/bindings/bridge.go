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

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"assertion\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"AssertionNotConfirmed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadGlobalsProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inboxBridge\",\"type\":\"address\"}],\"name\":\"InboxBridgeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"}],\"name\":\"InboxHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"ProofLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyAccounts\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"WithdrawalNotRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"WithdrawalPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"WithdrawalTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRollup\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delayedIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"assertion\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"accountCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountIndex\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"delayedIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"assertion\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"recordProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"globals0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"globalsProof\",\"type\":\"bytes32[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"withdrawalPaid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x60c0806040523461011b57604081610a89803803809161001f8285610152565b83398101031261011b5761003e602061003783610189565b9201610189565b90803b15610132576040516373c6754960e11b81526020816004816001600160a01b0386165afa908115610127575f916100e9575b506001600160a01b03163081036100d757506001600160a01b038216156100c85760805260a0526040516108eb908161019e8239608051818181607b01526101bf015260a0518181816103e5015261073b0152f35b632e6e552360e21b5f5260045ffd5b632a5d5f7160e11b5f5260045260245ffd5b90506020813d60201161011f575b8161010460209383610152565b8101031261011b5761011590610189565b5f610073565b5f80fd5b3d91506100f7565b6040513d5f823e3d90fd5b630f245e1d60e01b5f9081526001600160a01b0391909116600452602490fd5b601f909101601f19168101906001600160401b0382119082101761017557604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361011b5756fe60806040526004361015610011575f80fd5b5f3560e01c8063866b0138146107ab5780638ca872fb1461076a578063cb23bcb514610726578063d5ff369f1461033b578063e4af29fc14610318578063f340fa01146100ae5763fb0e722b14610066575f80fd5b346100aa575f3660031901126100aa576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b60203660031901126100aa576100c26107e4565b3415610309576001600160a01b03811680156102fa57805f525f60205263ffffffff60405f20541680155f146102eb575063ffffffff600154169063400000008210156102dc5763ffffffff6101368361011b8161089d565b845f525f6020528360405f209116841982541617905561089d565b1663ffffffff1960015416176001555b604051906020820193600160f81b855263ffffffff84169363ffffffff60e01b9060e01b1660218401526bffffffffffffffffffffffff199060601b1660258301523460398301526039825261019d60598361087b565b815184206040516306456a0760e41b815260048101919091526020816024815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af19081156102d1575f9161026c575b507f313a43cce84f233d1c3d600bd1a9a1cc4cd36913c1609539626508f04cd3ccf667ffffffffffffffff608086936040988951938492348452169788602084015260608b8401525180918160608501528484015e5f828201840152601f01601f19168101030190a382519182526020820152f35b90506020813d6020116102c9575b816102876020938361087b565b810103126100aa57519367ffffffffffffffff851685036100aa57937f313a43cce84f233d1c3d600bd1a9a1cc4cd36913c1609539626508f04cd3ccf66101f7565b3d915061027a565b6040513d5f823e3d90fd5b639ed3ecbb60e01b5f5260045ffd5b6102f49061082b565b90610146565b63d27b444360e01b5f5260045ffd5b6356316e8760e01b5f5260045ffd5b346100aa575f3660031901126100aa57602063ffffffff60015416604051908152f35b346100aa5760e03660031901126100aa5760043560243567ffffffffffffffff8116918282036100aa576044356001600160a01b038116939091908483036100aa576064359360843567ffffffffffffffff81116100aa576103a19036906004016107fa565b60a435929160c43567ffffffffffffffff81116100aa576103c69036906004016107fa565b60408051630968fdb960e21b8152600481018a905296929190876024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9687156102d1575f905f986106e1575b5060ff16600281036106cb5750875f52600260205260ff60405f2054166106b857602381036106a1576022850361068957869183915f91809160051b01905b81811061065f57505050036106505767ffffffffffffffff16808610801590610627575b610611575060405160208101906bffffffffffffffffffffffff198960601b168252896040820152604081526104b960608261087b565b51902092640fffffffc0633fffffff82169160061b1690808204604014901517156105fd57648000000000019283648000000000116105fd579260061c9160051b8101905b8181106105d557505050036105c6575f93849386837f536ef50cbbc25821e12e21ec58ab2bd8cbcf167212520e2a059e7d3bf6dc05de60408897889788526002602052818820600160ff198254161790558151908782526020820152a35af13d156105c1573d67ffffffffffffffff81116105ad576040519061058b601f8201601f19166020018361087b565b81525f60203d92013e5b1561059c57005b62894bfb60e11b5f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b610595565b63d8f10a2760e01b5f5260045ffd5b90919260208460051b1690815260208235911852602060405f209360011c91019190916104fe565b634e487b7160e01b5f52601160045260245ffd5b8563ec32ffa960e01b5f5260045260245260445ffd5b5085810367ffffffffffffffff81116105fd5767ffffffffffffffff6340000000911611610482565b639b262c5760e01b5f5260045ffd5b9193509160208460051b1690815260208235911852602060405f209360011c91019188939261045e565b84630602a2fd60e51b5f52600452602260245260445ffd5b630602a2fd60e51b5f52600452602360245260445ffd5b8763cabc3c5f60e01b5f5260045260245ffd5b89631049a73d60e01b5f5260045260245260445ffd5b9750506040873d60401161071e575b816106fd6040938361087b565b810103126100aa5786519660ff881688036100aa57602001519660ff61041f565b3d91506106f0565b346100aa575f3660031901126100aa576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100aa5760203660031901126100aa5760043567ffffffffffffffff81168091036100aa575f526002602052602060ff60405f2054166040519015158152f35b346100aa5760203660031901126100aa57604063ffffffff6107d36107ce6107e4565b610843565b835191151582529091166020820152f35b600435906001600160a01b03821682036100aa57565b9181601f840112156100aa5782359167ffffffffffffffff83116100aa576020808501948460051b0101116100aa57565b63ffffffff5f199116019063ffffffff82116105fd57565b6001600160a01b03165f9081526020819052604090205463ffffffff1680156108745761086f9061082b565b600191565b505f905f90565b90601f8019910116810190811067ffffffffffffffff8211176105ad57604052565b63ffffffff60019116019063ffffffff82116105fd5756fea264697066735822122063a26b696cd53d29f98667260b9daa32b3ecbab4557716a10bbecd70eaa038c664736f6c63430008250033",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inbox_, address rollup_) returns()
func (bridge *Bridge) PackConstructor(inbox_ common.Address, rollup_ common.Address) []byte {
	enc, err := bridge.abi.Pack("", inbox_, rollup_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAccountCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4af29fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountCount() view returns(uint32)
func (bridge *Bridge) PackAccountCount() []byte {
	enc, err := bridge.abi.Pack("accountCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4af29fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountCount() view returns(uint32)
func (bridge *Bridge) TryPackAccountCount() ([]byte, error) {
	return bridge.abi.Pack("accountCount")
}

// UnpackAccountCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4af29fc.
//
// Solidity: function accountCount() view returns(uint32)
func (bridge *Bridge) UnpackAccountCount(data []byte) (uint32, error) {
	out, err := bridge.abi.Unpack("accountCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAccountIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x866b0138.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountIndex(address account) view returns(bool exists, uint32 index)
func (bridge *Bridge) PackAccountIndex(account common.Address) []byte {
	enc, err := bridge.abi.Pack("accountIndex", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x866b0138.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountIndex(address account) view returns(bool exists, uint32 index)
func (bridge *Bridge) TryPackAccountIndex(account common.Address) ([]byte, error) {
	return bridge.abi.Pack("accountIndex", account)
}

// AccountIndexOutput serves as a container for the return parameters of contract
// method AccountIndex.
type AccountIndexOutput struct {
	Exists bool
	Index  uint32
}

// UnpackAccountIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x866b0138.
//
// Solidity: function accountIndex(address account) view returns(bool exists, uint32 index)
func (bridge *Bridge) UnpackAccountIndex(data []byte) (AccountIndexOutput, error) {
	out, err := bridge.abi.Unpack("accountIndex", data)
	outstruct := new(AccountIndexOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Index = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to) payable returns(uint32 index, uint64 delayedIndex)
func (bridge *Bridge) PackDeposit(to common.Address) []byte {
	enc, err := bridge.abi.Pack("deposit", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to) payable returns(uint32 index, uint64 delayedIndex)
func (bridge *Bridge) TryPackDeposit(to common.Address) ([]byte, error) {
	return bridge.abi.Pack("deposit", to)
}

// DepositOutput serves as a container for the return parameters of contract
// method Deposit.
type DepositOutput struct {
	Index        uint32
	DelayedIndex uint64
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf340fa01.
//
// Solidity: function deposit(address to) payable returns(uint32 index, uint64 delayedIndex)
func (bridge *Bridge) UnpackDeposit(data []byte) (DepositOutput, error) {
	out, err := bridge.abi.Unpack("deposit", data)
	outstruct := new(DepositOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Index = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.DelayedIndex = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ff369f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdrawal(bytes32 assertion, uint64 index, address to, uint256 amount, bytes32[] recordProof, bytes32 globals0, bytes32[] globalsProof) returns()
func (bridge *Bridge) PackFinalizeWithdrawal(assertion [32]byte, index uint64, to common.Address, amount *big.Int, recordProof [][32]byte, globals0 [32]byte, globalsProof [][32]byte) []byte {
	enc, err := bridge.abi.Pack("finalizeWithdrawal", assertion, index, to, amount, recordProof, globals0, globalsProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ff369f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdrawal(bytes32 assertion, uint64 index, address to, uint256 amount, bytes32[] recordProof, bytes32 globals0, bytes32[] globalsProof) returns()
func (bridge *Bridge) TryPackFinalizeWithdrawal(assertion [32]byte, index uint64, to common.Address, amount *big.Int, recordProof [][32]byte, globals0 [32]byte, globalsProof [][32]byte) ([]byte, error) {
	return bridge.abi.Pack("finalizeWithdrawal", assertion, index, to, amount, recordProof, globals0, globalsProof)
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (bridge *Bridge) PackInbox() []byte {
	enc, err := bridge.abi.Pack("inbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inbox() view returns(address)
func (bridge *Bridge) TryPackInbox() ([]byte, error) {
	return bridge.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (bridge *Bridge) UnpackInbox(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) PackRollup() []byte {
	enc, err := bridge.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) TryPackRollup() ([]byte, error) {
	return bridge.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) UnpackRollup(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawalPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ca872fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalPaid(uint64 index) view returns(bool)
func (bridge *Bridge) PackWithdrawalPaid(index uint64) []byte {
	enc, err := bridge.abi.Pack("withdrawalPaid", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ca872fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalPaid(uint64 index) view returns(bool)
func (bridge *Bridge) TryPackWithdrawalPaid(index uint64) ([]byte, error) {
	return bridge.abi.Pack("withdrawalPaid", index)
}

// UnpackWithdrawalPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ca872fb.
//
// Solidity: function withdrawalPaid(uint64 index) view returns(bool)
func (bridge *Bridge) UnpackWithdrawalPaid(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("withdrawalPaid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// BridgeDeposit represents a Deposit event raised by the Bridge contract.
type BridgeDeposit struct {
	Index        uint32
	To           common.Address
	Amount       *big.Int
	DelayedIndex uint64
	Message      []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const BridgeDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (BridgeDeposit) ContractEventName() string {
	return BridgeDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(uint32 indexed index, address indexed to, uint256 amount, uint64 delayedIndex, bytes message)
func (bridge *Bridge) UnpackDepositEvent(log *types.Log) (*BridgeDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeDeposit)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeWithdrawalFinalized represents a WithdrawalFinalized event raised by the Bridge contract.
type BridgeWithdrawalFinalized struct {
	Index     uint64
	To        common.Address
	Amount    *big.Int
	Assertion [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeWithdrawalFinalizedEventName = "WithdrawalFinalized"

// ContractEventName returns the user-defined event name.
func (BridgeWithdrawalFinalized) ContractEventName() string {
	return BridgeWithdrawalFinalizedEventName
}

// UnpackWithdrawalFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalFinalized(uint64 indexed index, address indexed to, uint256 amount, bytes32 assertion)
func (bridge *Bridge) UnpackWithdrawalFinalizedEvent(log *types.Log) (*BridgeWithdrawalFinalized, error) {
	event := "WithdrawalFinalized"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeWithdrawalFinalized)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["AssertionNotConfirmed"].ID.Bytes()[:4]) {
		return bridge.UnpackAssertionNotConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadGlobalsProof"].ID.Bytes()[:4]) {
		return bridge.UnpackBadGlobalsProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadWithdrawalProof"].ID.Bytes()[:4]) {
		return bridge.UnpackBadWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InboxBridgeMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackInboxBridgeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InboxHasNoCode"].ID.Bytes()[:4]) {
		return bridge.UnpackInboxHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ProofLength"].ID.Bytes()[:4]) {
		return bridge.UnpackProofLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TooManyAccounts"].ID.Bytes()[:4]) {
		return bridge.UnpackTooManyAccountsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WithdrawalNotRecorded"].ID.Bytes()[:4]) {
		return bridge.UnpackWithdrawalNotRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WithdrawalPaid"].ID.Bytes()[:4]) {
		return bridge.UnpackWithdrawalPaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WithdrawalTransferFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackWithdrawalTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroDeposit"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroRollup"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroRollupError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeAssertionNotConfirmed represents a AssertionNotConfirmed error raised by the Bridge contract.
type BridgeAssertionNotConfirmed struct {
	Assertion [32]byte
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssertionNotConfirmed(bytes32 assertion, uint8 status)
func BridgeAssertionNotConfirmedErrorID() common.Hash {
	return common.HexToHash("0x1049a73dd14141b3834e1ff590573d0880a761a3b01ec894900e66177657289c")
}

// UnpackAssertionNotConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssertionNotConfirmed(bytes32 assertion, uint8 status)
func (bridge *Bridge) UnpackAssertionNotConfirmedError(raw []byte) (*BridgeAssertionNotConfirmed, error) {
	out := new(BridgeAssertionNotConfirmed)
	if err := bridge.abi.UnpackIntoInterface(out, "AssertionNotConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadGlobalsProof represents a BadGlobalsProof error raised by the Bridge contract.
type BridgeBadGlobalsProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadGlobalsProof()
func BridgeBadGlobalsProofErrorID() common.Hash {
	return common.HexToHash("0x9b262c570f28ad159cce972861fe51f3df621f87147b852daa4ce5197afc39f9")
}

// UnpackBadGlobalsProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadGlobalsProof()
func (bridge *Bridge) UnpackBadGlobalsProofError(raw []byte) (*BridgeBadGlobalsProof, error) {
	out := new(BridgeBadGlobalsProof)
	if err := bridge.abi.UnpackIntoInterface(out, "BadGlobalsProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadWithdrawalProof represents a BadWithdrawalProof error raised by the Bridge contract.
type BridgeBadWithdrawalProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWithdrawalProof()
func BridgeBadWithdrawalProofErrorID() common.Hash {
	return common.HexToHash("0xd8f10a2754789c62b8264cf827b20ac0f42d32d6e83e4ff40a5646608e82392e")
}

// UnpackBadWithdrawalProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWithdrawalProof()
func (bridge *Bridge) UnpackBadWithdrawalProofError(raw []byte) (*BridgeBadWithdrawalProof, error) {
	out := new(BridgeBadWithdrawalProof)
	if err := bridge.abi.UnpackIntoInterface(out, "BadWithdrawalProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInboxBridgeMismatch represents a InboxBridgeMismatch error raised by the Bridge contract.
type BridgeInboxBridgeMismatch struct {
	InboxBridge common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InboxBridgeMismatch(address inboxBridge)
func BridgeInboxBridgeMismatchErrorID() common.Hash {
	return common.HexToHash("0x54babee24d047c6ce24e3d54a339fdf777104b7eab1230d567c5d981a3f05793")
}

// UnpackInboxBridgeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InboxBridgeMismatch(address inboxBridge)
func (bridge *Bridge) UnpackInboxBridgeMismatchError(raw []byte) (*BridgeInboxBridgeMismatch, error) {
	out := new(BridgeInboxBridgeMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "InboxBridgeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInboxHasNoCode represents a InboxHasNoCode error raised by the Bridge contract.
type BridgeInboxHasNoCode struct {
	Inbox common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InboxHasNoCode(address inbox)
func BridgeInboxHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0x0f245e1d513aca9c91b51997536a4d389a10ce602564e5137b13f955f6b4fd7f")
}

// UnpackInboxHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InboxHasNoCode(address inbox)
func (bridge *Bridge) UnpackInboxHasNoCodeError(raw []byte) (*BridgeInboxHasNoCode, error) {
	out := new(BridgeInboxHasNoCode)
	if err := bridge.abi.UnpackIntoInterface(out, "InboxHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeProofLength represents a ProofLength error raised by the Bridge contract.
type BridgeProofLength struct {
	Length *big.Int
	Want   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLength(uint256 length, uint256 want)
func BridgeProofLengthErrorID() common.Hash {
	return common.HexToHash("0xc0545fa079a874036bb8c19da30c7d52825b899324259e39a7460f948ce8d79d")
}

// UnpackProofLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLength(uint256 length, uint256 want)
func (bridge *Bridge) UnpackProofLengthError(raw []byte) (*BridgeProofLength, error) {
	out := new(BridgeProofLength)
	if err := bridge.abi.UnpackIntoInterface(out, "ProofLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTooManyAccounts represents a TooManyAccounts error raised by the Bridge contract.
type BridgeTooManyAccounts struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAccounts()
func BridgeTooManyAccountsErrorID() common.Hash {
	return common.HexToHash("0x9ed3ecbbefc4eb82e1ef8119e34c00207eae764e9499e81d06b99cb617329140")
}

// UnpackTooManyAccountsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAccounts()
func (bridge *Bridge) UnpackTooManyAccountsError(raw []byte) (*BridgeTooManyAccounts, error) {
	out := new(BridgeTooManyAccounts)
	if err := bridge.abi.UnpackIntoInterface(out, "TooManyAccounts", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWithdrawalNotRecorded represents a WithdrawalNotRecorded error raised by the Bridge contract.
type BridgeWithdrawalNotRecorded struct {
	Index uint64
	Count uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotRecorded(uint64 index, uint64 count)
func BridgeWithdrawalNotRecordedErrorID() common.Hash {
	return common.HexToHash("0xec32ffa93de071ee45b5869cadd24942eaf3a05edce3de2d8a426f42d8042aba")
}

// UnpackWithdrawalNotRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotRecorded(uint64 index, uint64 count)
func (bridge *Bridge) UnpackWithdrawalNotRecordedError(raw []byte) (*BridgeWithdrawalNotRecorded, error) {
	out := new(BridgeWithdrawalNotRecorded)
	if err := bridge.abi.UnpackIntoInterface(out, "WithdrawalNotRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWithdrawalPaid represents a WithdrawalPaid error raised by the Bridge contract.
type BridgeWithdrawalPaid struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalPaid(uint64 index)
func BridgeWithdrawalPaidErrorID() common.Hash {
	return common.HexToHash("0xcabc3c5f920142398d2cacbdb90466a60427b97730b23ce09a68b33b03574162")
}

// UnpackWithdrawalPaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalPaid(uint64 index)
func (bridge *Bridge) UnpackWithdrawalPaidError(raw []byte) (*BridgeWithdrawalPaid, error) {
	out := new(BridgeWithdrawalPaid)
	if err := bridge.abi.UnpackIntoInterface(out, "WithdrawalPaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWithdrawalTransferFailed represents a WithdrawalTransferFailed error raised by the Bridge contract.
type BridgeWithdrawalTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalTransferFailed(address to)
func BridgeWithdrawalTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x011297f64a9e562976480b36c3943d2e10760ab84361296c21b3385c189c2762")
}

// UnpackWithdrawalTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalTransferFailed(address to)
func (bridge *Bridge) UnpackWithdrawalTransferFailedError(raw []byte) (*BridgeWithdrawalTransferFailed, error) {
	out := new(BridgeWithdrawalTransferFailed)
	if err := bridge.abi.UnpackIntoInterface(out, "WithdrawalTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroDeposit represents a ZeroDeposit error raised by the Bridge contract.
type BridgeZeroDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDeposit()
func BridgeZeroDepositErrorID() common.Hash {
	return common.HexToHash("0x56316e877e9063fd05b03c347d61a4639470c3199f0bdddd28efee0a5f8b6b02")
}

// UnpackZeroDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDeposit()
func (bridge *Bridge) UnpackZeroDepositError(raw []byte) (*BridgeZeroDeposit, error) {
	out := new(BridgeZeroDeposit)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroRecipient represents a ZeroRecipient error raised by the Bridge contract.
type BridgeZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecipient()
func BridgeZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0xd27b44434400f41bccba90cdfad4d72c6c290b6d2304333570252b0a1dc90ded")
}

// UnpackZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecipient()
func (bridge *Bridge) UnpackZeroRecipientError(raw []byte) (*BridgeZeroRecipient, error) {
	out := new(BridgeZeroRecipient)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroRollup represents a ZeroRollup error raised by the Bridge contract.
type BridgeZeroRollup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRollup()
func BridgeZeroRollupErrorID() common.Hash {
	return common.HexToHash("0xb9b9548cf53eeb206968e2e3e814e8f657abc2c82cf949b552ec00c8fcecd34a")
}

// UnpackZeroRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRollup()
func (bridge *Bridge) UnpackZeroRollupError(raw []byte) (*BridgeZeroRollup, error) {
	out := new(BridgeZeroRollup)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}
