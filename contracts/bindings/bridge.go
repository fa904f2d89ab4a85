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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inboxBridge\",\"type\":\"address\"}],\"name\":\"InboxBridgeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox\",\"type\":\"address\"}],\"name\":\"InboxHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyAccounts\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delayedIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"accountCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountIndex\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"delayedIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x60a080604052346100fd5761002a906105a180380380916100208285610101565b8339810190610138565b803b156100dd576040516373c6754960e11b81526020816004816001600160a01b0386165afa9081156100d2575f916100a3575b506001600160a01b0316308103610091575060805260405161044990816101588239608051818181605a01526101a00152f35b632a5d5f7160e11b5f5260045260245ffd5b6100c5915060203d6020116100cb575b6100bd8183610101565b810190610138565b5f61005e565b503d6100b3565b6040513d5f823e3d90fd5b630f245e1d60e01b5f9081526001600160a01b0391909116600452602490fd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761012457604052565b634e487b7160e01b5f52604160045260245ffd5b908160209103126100fd57516001600160a01b03811681036100fd579056fe60806040526004361015610011575f80fd5b5f3560e01c8063866b01381461031c578063e4af29fc146102f9578063f340fa011461008d5763fb0e722b14610045575f80fd5b34610089575f366003190112610089576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b6020366003190112610089576004356001600160a01b0381168082036100895734156102ea5780156102db57805f525f60205263ffffffff60405f20541680155f146102cc575063ffffffff600154169063400000008210156102bd5763ffffffff610117836100fc816103c5565b845f525f6020528360405f20911684198254161790556103c5565b1663ffffffff1960015416176001555b604051906020820193600160f81b855263ffffffff84169363ffffffff60e01b9060e01b1660218401526bffffffffffffffffffffffff199060601b1660258301523460398301526039825261017e6059836103dd565b815184206040516306456a0760e41b815260048101919091526020816024815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af19081156102b2575f9161024d575b507f313a43cce84f233d1c3d600bd1a9a1cc4cd36913c1609539626508f04cd3ccf667ffffffffffffffff608086936040988951938492348452169788602084015260608b8401525180918160608501528484015e5f828201840152601f01601f19168101030190a382519182526020820152f35b90506020813d6020116102aa575b81610268602093836103dd565b8101031261008957519367ffffffffffffffff8516850361008957937f313a43cce84f233d1c3d600bd1a9a1cc4cd36913c1609539626508f04cd3ccf66101d8565b3d915061025b565b6040513d5f823e3d90fd5b639ed3ecbb60e01b5f5260045ffd5b6102d590610361565b90610127565b63d27b444360e01b5f5260045ffd5b6356316e8760e01b5f5260045ffd5b34610089575f36600319011261008957602063ffffffff60015416604051908152f35b34610089576020366003190112610089576004356001600160a01b03811681036100895763ffffffff61035060409261038d565b835191151582529091166020820152f35b63ffffffff5f199116019063ffffffff821161037957565b634e487b7160e01b5f52601160045260245ffd5b6001600160a01b03165f9081526020819052604090205463ffffffff1680156103be576103b990610361565b600191565b505f905f90565b63ffffffff60019116019063ffffffff821161037957565b90601f8019910116810190811067ffffffffffffffff8211176103ff57604052565b634e487b7160e01b5f52604160045260245ffdfea26469706673582212206da2cff400159ed58b71d239de53480c58054997c6928be6b5232908ca355fad64736f6c63430008250033",
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
// Solidity: constructor(address inbox_) returns()
func (bridge *Bridge) PackConstructor(inbox_ common.Address) []byte {
	enc, err := bridge.abi.Pack("", inbox_)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["InboxBridgeMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackInboxBridgeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InboxHasNoCode"].ID.Bytes()[:4]) {
		return bridge.UnpackInboxHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TooManyAccounts"].ID.Bytes()[:4]) {
		return bridge.UnpackTooManyAccountsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroDeposit"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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
