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

// InboxMetaData contains all meta data concerning the Inbox contract.
var InboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"batcher_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"forceInclusionDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"payloadLength\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"blobCount\",\"type\":\"uint256\"}],\"name\":\"BadPayloadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delayedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"}],\"name\":\"DelayedCountBeyondQueue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delayedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"}],\"name\":\"DelayedCountDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delayedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"forceableAt\",\"type\":\"uint256\"}],\"name\":\"ForceInclusionTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"NoSuchBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"NoSuchDelayedMessage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBatcher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBridge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delayedCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"}],\"name\":\"NothingToForce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongBatchNumber\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"payloadLength\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delayedCount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"delayedAcc\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"}],\"name\":\"BatchAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"messageHash\",\"type\":\"bytes32\"}],\"name\":\"DelayedMessage\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"payloadLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"delayedCount_\",\"type\":\"uint64\"}],\"name\":\"addBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"batchCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"batchTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batcher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"delayedAcc\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delayedConsumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delayedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"delayedTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"messageHash\",\"type\":\"bytes32\"}],\"name\":\"enqueueDelayed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delayedCount_\",\"type\":\"uint64\"}],\"name\":\"forceInclude\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceInclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Inbox",
	Bin: "0x60e0346100b157601f610f5838819003918201601f19168301916001600160401b038311848410176100b5578084926060946040528339810103126100b157610047816100c9565b906040610056602083016100c9565b910151916001600160401b03831683036100b15760805260a05260c052604051610e7a90816100de82396080518181816101370152610d0f015260a05181818160c00152610a99015260c0518181816107450152610c3b0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036100b15756fe6080806040526004361015610012575f80fd5b5f3560e01c908163025a3a2914610cfd5750806306f1305614610cd85780631315487d14610c8757806324da9a5714610c5f57806336518dc214610c1c5780634ce254c714610bf45780636456a07014610a835780636519c132146106b65780638b94c1391461065f5780638e8ef7161461060b578063b7ab5daf1461058c578063bd5a0e58146100f35763e78cea92146100ab575f80fd5b346100ef575f3660031901126100ef576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100ef5760603660031901126100ef5761010c610d3e565b6024359063ffffffff8216908183036100ef57604435916001600160401b038316918284036100ef577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610579575f5b60068111158061056f575b1561019b575f19811461018757600101610167565b634e487b7160e01b5f52601160045260245ffd5b929394831561056057600684116105515782158015610545575b801561052b575b8015610500575b6104e9576101d084610e2d565b916101de6040519384610dbc565b8483526101ea85610e2d565b602084019590601f19013687375f5b8181106104b757505061020a610dfb565b966001600160401b03885116976001600160401b03831698808a036104a057506001600160401b0360208201511680891061048a5750604001916001600160401b0383511680891161047457508761044e575f9389905b86516040519060208201926001600160401b0360c01b8660c01b16845263ffffffff60e01b9060e01b1660288301526001600160401b0360c01b8660c01b16602c83015287603483015260ff60f81b9060f81b1660548201526055810188518b905f5b81811061043557505050936103466001600160401b03948594846102f961034b966103c79c9b9a03601f198101835282610dbc565b519020906040519161030a83610d72565b825285421660208301525f52600160205260405f20602060016001600160401b03928451815501920151166001600160401b0319825416179055565b610ddd565b935116928360408381519361035f85610da1565b16928381528c60208201520152166001600160401b03195f5416175f5567ffffffffffffffff60401b5f549160401b169067ffffffffffffffff60401b1916175f555f54906001600160401b0360801b9060801b16906001600160401b0360801b1916175f55565b604051946080860193865260208601526040850152608060608501525180915260a0830191905f5b81811061041f57857f633e51755fe312fbe0ff04a567f6b44973cf4f3b63794dda94e050dc8d954aae86860387a2005b82518452602093840193909201916001016103ef565b825184528f9650602093840193909201916001016102c4565b6001600160401b0361045f83610d54565b165f52600260205260405f2054938990610261565b88636298562160e11b5f5260045260245260445ffd5b8863a4d15e5b60e01b5f5260045260245260445ffd5b899063f6d1afa360e01b5f5260045260245260445ffd5b84518110156104d557806001914960208260051b88010152016101f9565b634e487b7160e01b5f52603260045260245ffd5b50506328ca788560e21b5f5260045260245260445ffd5b505f198401848111610187576201f0008102908082046201f0001490151715610187578311156101c3565b506201f00084028481046201f000036101875783116101bc565b50620ba00083116101b5565b63f640f0e560e01b5f5260045ffd5b63fdac229f60e01b5f5260045ffd5b5080491515610172565b6378effb0160e11b5f523360045260245ffd5b346100ef5760203660031901126100ef576105a5610d3e565b6001600160401b035f5460801c166001600160401b0382169081116105fa576105d5575060205f5b604051908152f35b6105e66001600160401b0391610d54565b165f526002602052602060405f20546105cd565b62298e4360e01b5f5260045260245ffd5b346100ef5760203660031901126100ef57610624610d3e565b6001600160401b03805f5460801c169116908110156105fa575f52600260205260206001600160401b03600160405f20015416604051908152f35b346100ef5760203660031901126100ef57610678610d3e565b6001600160401b03805f54169116908110156106a4575f526001602052602060405f2054604051908152f35b63f6db61fb60e01b5f5260045260245ffd5b346100ef5760203660031901126100ef576106cf610d3e565b6106d7610dfb565b906001600160401b03602083015116916001600160401b0382169280841115610a6d57506001600160401b03604082015116808411610a5757506001600160401b0361072283610d54565b165f5260026020526001600160401b03600160405f200154166001600160401b037f000000000000000000000000000000000000000000000000000000000000000016810180911161018757804210610a41575051906001600160401b0382169260206040516107928282610dbc565b5f8152818101935f3681376107a5610dfb565b6001600160401b03815116808903610a2a57506001600160401b038482015116808610610a145750604001906001600160401b038251168086116109fe5750846109d8575f969493945b835160405190878201926001600160401b0360c01b906001600160401b0360c01b9060c01b161683525f60288301526001600160401b0360c01b8460c01b16602c83015289603483015260ff60f81b9060f81b16605482015260558101855189905f5b8181106109c45750505091816108796108cb9361095897969503601f198101835282610dbc565b5190206040519061088982610d72565b81526001600160401b034216888201528a5f526001885260405f20602060016001600160401b03928451815501920151166001600160401b0319825416179055565b6001600160401b03806108dd8b610ddd565b93511692836040838151936108f185610da1565b1692838152898b8201520152166001600160401b03195f5416175f5567ffffffffffffffff60401b5f549160401b169067ffffffffffffffff60401b1916175f555f54906001600160401b0360801b9060801b16906001600160401b0360801b1916175f55565b6040519460808601925f8752848701526040860152608060608601525180915260a0840192915f5b8281106109b057867f633e51755fe312fbe0ff04a567f6b44973cf4f3b63794dda94e050dc8d954aae87870388a2005b835185529381019392810192600101610980565b82518452928a0192918a0191600101610852565b6001600160401b036109e982610d54565b165f526002845260405f2054969493946107ef565b85636298562160e11b5f5260045260245260445ffd5b8563a4d15e5b60e01b5f5260045260245260445ffd5b889063f6d1afa360e01b5f5260045260245260445ffd5b83631808fbb360e31b5f5260045260245260445ffd5b83636298562160e11b5f5260045260245260445ffd5b83635ffc0f9560e01b5f5260045260245260445ffd5b346100ef5760203660031901126100ef576004357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610be157602080917f7475166a81751208d1847306aa691e7587b7367d45e88755d3fd77d1248efd6d6001600160401b035f5460801c1692839283155f14610bbc57610b7a5f5b60405184810191825283604082015260408152610b28606082610dbc565b51902060405190610b3882610d72565b81526001600160401b03421684820152855f526002845260405f20602060016001600160401b03928451815501920151166001600160401b0319825416179055565b610b8384610ddd565b5f805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055604051908152a2604051908152f35b6001600160401b03610bcd85610d54565b165f5260028252610b7a60405f2054610b0a565b637c8da0cf60e11b5f523360045260245ffd5b346100ef575f3660031901126100ef5760206001600160401b035f5460401c16604051908152f35b346100ef575f3660031901126100ef5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ef575f3660031901126100ef5760206001600160401b035f5460801c16604051908152f35b346100ef5760203660031901126100ef57610ca0610d3e565b6001600160401b03805f54169116908110156106a4575f52600160205260206001600160401b03600160405f20015416604051908152f35b346100ef575f3660031901126100ef5760206001600160401b035f5416604051908152f35b346100ef575f3660031901126100ef577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b600435906001600160401b03821682036100ef57565b6001600160401b035f19911601906001600160401b03821161018757565b604081019081106001600160401b03821117610d8d57604052565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b03821117610d8d57604052565b90601f801991011681019081106001600160401b03821117610d8d57604052565b6001600160401b036001911601906001600160401b03821161018757565b60405190610e0882610da1565b8160406001600160401b035f5481811684528181841c16602085015260801c16910152565b6001600160401b038111610d8d5760051b6020019056fea2646970667358221220aaab7e147171776b20f965f990ea6fdd0024bab1c82df9264b3f0a34f631e44764736f6c63430008250033",
}

// Inbox is an auto generated Go binding around an Ethereum contract.
type Inbox struct {
	abi abi.ABI
}

// NewInbox creates a new instance of Inbox.
func NewInbox() *Inbox {
	parsed, err := InboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Inbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Inbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address batcher_, address bridge_, uint64 forceInclusionDelay_) returns()
func (inbox *Inbox) PackConstructor(batcher_ common.Address, bridge_ common.Address, forceInclusionDelay_ uint64) []byte {
	enc, err := inbox.abi.Pack("", batcher_, bridge_, forceInclusionDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd5a0e58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBatch(uint64 number, uint32 payloadLength, uint64 delayedCount_) returns()
func (inbox *Inbox) PackAddBatch(number uint64, payloadLength uint32, delayedCount uint64) []byte {
	enc, err := inbox.abi.Pack("addBatch", number, payloadLength, delayedCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd5a0e58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBatch(uint64 number, uint32 payloadLength, uint64 delayedCount_) returns()
func (inbox *Inbox) TryPackAddBatch(number uint64, payloadLength uint32, delayedCount uint64) ([]byte, error) {
	return inbox.abi.Pack("addBatch", number, payloadLength, delayedCount)
}

// PackBatchCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b94c139.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCommitment(uint64 number) view returns(bytes32)
func (inbox *Inbox) PackBatchCommitment(number uint64) []byte {
	enc, err := inbox.abi.Pack("batchCommitment", number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b94c139.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCommitment(uint64 number) view returns(bytes32)
func (inbox *Inbox) TryPackBatchCommitment(number uint64) ([]byte, error) {
	return inbox.abi.Pack("batchCommitment", number)
}

// UnpackBatchCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b94c139.
//
// Solidity: function batchCommitment(uint64 number) view returns(bytes32)
func (inbox *Inbox) UnpackBatchCommitment(data []byte) ([32]byte, error) {
	out, err := inbox.abi.Unpack("batchCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint64)
func (inbox *Inbox) PackBatchCount() []byte {
	enc, err := inbox.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint64)
func (inbox *Inbox) TryPackBatchCount() ([]byte, error) {
	return inbox.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint64)
func (inbox *Inbox) UnpackBatchCount(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("batchCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBatchTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1315487d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTime(uint64 number) view returns(uint64)
func (inbox *Inbox) PackBatchTime(number uint64) []byte {
	enc, err := inbox.abi.Pack("batchTime", number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1315487d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchTime(uint64 number) view returns(uint64)
func (inbox *Inbox) TryPackBatchTime(number uint64) ([]byte, error) {
	return inbox.abi.Pack("batchTime", number)
}

// UnpackBatchTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1315487d.
//
// Solidity: function batchTime(uint64 number) view returns(uint64)
func (inbox *Inbox) UnpackBatchTime(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("batchTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBatcher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x025a3a29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batcher() view returns(address)
func (inbox *Inbox) PackBatcher() []byte {
	enc, err := inbox.abi.Pack("batcher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatcher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x025a3a29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batcher() view returns(address)
func (inbox *Inbox) TryPackBatcher() ([]byte, error) {
	return inbox.abi.Pack("batcher")
}

// UnpackBatcher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x025a3a29.
//
// Solidity: function batcher() view returns(address)
func (inbox *Inbox) UnpackBatcher(data []byte) (common.Address, error) {
	out, err := inbox.abi.Unpack("batcher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (inbox *Inbox) PackBridge() []byte {
	enc, err := inbox.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (inbox *Inbox) TryPackBridge() ([]byte, error) {
	return inbox.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (inbox *Inbox) UnpackBridge(data []byte) (common.Address, error) {
	out, err := inbox.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDelayedAcc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ab5daf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delayedAcc(uint64 count) view returns(bytes32)
func (inbox *Inbox) PackDelayedAcc(count uint64) []byte {
	enc, err := inbox.abi.Pack("delayedAcc", count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelayedAcc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ab5daf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delayedAcc(uint64 count) view returns(bytes32)
func (inbox *Inbox) TryPackDelayedAcc(count uint64) ([]byte, error) {
	return inbox.abi.Pack("delayedAcc", count)
}

// UnpackDelayedAcc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7ab5daf.
//
// Solidity: function delayedAcc(uint64 count) view returns(bytes32)
func (inbox *Inbox) UnpackDelayedAcc(data []byte) ([32]byte, error) {
	out, err := inbox.abi.Unpack("delayedAcc", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDelayedConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ce254c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delayedConsumed() view returns(uint64)
func (inbox *Inbox) PackDelayedConsumed() []byte {
	enc, err := inbox.abi.Pack("delayedConsumed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelayedConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ce254c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delayedConsumed() view returns(uint64)
func (inbox *Inbox) TryPackDelayedConsumed() ([]byte, error) {
	return inbox.abi.Pack("delayedConsumed")
}

// UnpackDelayedConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ce254c7.
//
// Solidity: function delayedConsumed() view returns(uint64)
func (inbox *Inbox) UnpackDelayedConsumed(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("delayedConsumed", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDelayedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24da9a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delayedCount() view returns(uint64)
func (inbox *Inbox) PackDelayedCount() []byte {
	enc, err := inbox.abi.Pack("delayedCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelayedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24da9a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delayedCount() view returns(uint64)
func (inbox *Inbox) TryPackDelayedCount() ([]byte, error) {
	return inbox.abi.Pack("delayedCount")
}

// UnpackDelayedCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24da9a57.
//
// Solidity: function delayedCount() view returns(uint64)
func (inbox *Inbox) UnpackDelayedCount(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("delayedCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDelayedTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e8ef716.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delayedTime(uint64 index) view returns(uint64)
func (inbox *Inbox) PackDelayedTime(index uint64) []byte {
	enc, err := inbox.abi.Pack("delayedTime", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelayedTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e8ef716.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delayedTime(uint64 index) view returns(uint64)
func (inbox *Inbox) TryPackDelayedTime(index uint64) ([]byte, error) {
	return inbox.abi.Pack("delayedTime", index)
}

// UnpackDelayedTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e8ef716.
//
// Solidity: function delayedTime(uint64 index) view returns(uint64)
func (inbox *Inbox) UnpackDelayedTime(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("delayedTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEnqueueDelayed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6456a070.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enqueueDelayed(bytes32 messageHash) returns(uint64 index)
func (inbox *Inbox) PackEnqueueDelayed(messageHash [32]byte) []byte {
	enc, err := inbox.abi.Pack("enqueueDelayed", messageHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnqueueDelayed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6456a070.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enqueueDelayed(bytes32 messageHash) returns(uint64 index)
func (inbox *Inbox) TryPackEnqueueDelayed(messageHash [32]byte) ([]byte, error) {
	return inbox.abi.Pack("enqueueDelayed", messageHash)
}

// UnpackEnqueueDelayed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6456a070.
//
// Solidity: function enqueueDelayed(bytes32 messageHash) returns(uint64 index)
func (inbox *Inbox) UnpackEnqueueDelayed(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("enqueueDelayed", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForceInclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6519c132.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceInclude(uint64 delayedCount_) returns()
func (inbox *Inbox) PackForceInclude(delayedCount uint64) []byte {
	enc, err := inbox.abi.Pack("forceInclude", delayedCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceInclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6519c132.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceInclude(uint64 delayedCount_) returns()
func (inbox *Inbox) TryPackForceInclude(delayedCount uint64) ([]byte, error) {
	return inbox.abi.Pack("forceInclude", delayedCount)
}

// PackForceInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36518dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceInclusionDelay() view returns(uint64)
func (inbox *Inbox) PackForceInclusionDelay() []byte {
	enc, err := inbox.abi.Pack("forceInclusionDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36518dc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceInclusionDelay() view returns(uint64)
func (inbox *Inbox) TryPackForceInclusionDelay() ([]byte, error) {
	return inbox.abi.Pack("forceInclusionDelay")
}

// UnpackForceInclusionDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36518dc2.
//
// Solidity: function forceInclusionDelay() view returns(uint64)
func (inbox *Inbox) UnpackForceInclusionDelay(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("forceInclusionDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// InboxBatchAdded represents a BatchAdded event raised by the Inbox contract.
type InboxBatchAdded struct {
	Number        uint64
	PayloadLength uint32
	DelayedCount  uint64
	DelayedAcc    [32]byte
	BlobHashes    [][32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const InboxBatchAddedEventName = "BatchAdded"

// ContractEventName returns the user-defined event name.
func (InboxBatchAdded) ContractEventName() string {
	return InboxBatchAddedEventName
}

// UnpackBatchAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAdded(uint64 indexed number, uint32 payloadLength, uint64 delayedCount, bytes32 delayedAcc, bytes32[] blobHashes)
func (inbox *Inbox) UnpackBatchAddedEvent(log *types.Log) (*InboxBatchAdded, error) {
	event := "BatchAdded"
	if len(log.Topics) == 0 || log.Topics[0] != inbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(InboxBatchAdded)
	if len(log.Data) > 0 {
		if err := inbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inbox.abi.Events[event].Inputs {
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

// InboxDelayedMessage represents a DelayedMessage event raised by the Inbox contract.
type InboxDelayedMessage struct {
	Index       uint64
	MessageHash [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const InboxDelayedMessageEventName = "DelayedMessage"

// ContractEventName returns the user-defined event name.
func (InboxDelayedMessage) ContractEventName() string {
	return InboxDelayedMessageEventName
}

// UnpackDelayedMessageEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelayedMessage(uint64 indexed index, bytes32 messageHash)
func (inbox *Inbox) UnpackDelayedMessageEvent(log *types.Log) (*InboxDelayedMessage, error) {
	event := "DelayedMessage"
	if len(log.Topics) == 0 || log.Topics[0] != inbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(InboxDelayedMessage)
	if len(log.Data) > 0 {
		if err := inbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inbox.abi.Events[event].Inputs {
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
func (inbox *Inbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inbox.abi.Errors["BadPayloadLength"].ID.Bytes()[:4]) {
		return inbox.UnpackBadPayloadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["DelayedCountBeyondQueue"].ID.Bytes()[:4]) {
		return inbox.UnpackDelayedCountBeyondQueueError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["DelayedCountDecreased"].ID.Bytes()[:4]) {
		return inbox.UnpackDelayedCountDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["ForceInclusionTooEarly"].ID.Bytes()[:4]) {
		return inbox.UnpackForceInclusionTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["NoBlobs"].ID.Bytes()[:4]) {
		return inbox.UnpackNoBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["NoSuchBatch"].ID.Bytes()[:4]) {
		return inbox.UnpackNoSuchBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["NoSuchDelayedMessage"].ID.Bytes()[:4]) {
		return inbox.UnpackNoSuchDelayedMessageError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["NotBatcher"].ID.Bytes()[:4]) {
		return inbox.UnpackNotBatcherError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["NotBridge"].ID.Bytes()[:4]) {
		return inbox.UnpackNotBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["NothingToForce"].ID.Bytes()[:4]) {
		return inbox.UnpackNothingToForceError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["TooManyBlobs"].ID.Bytes()[:4]) {
		return inbox.UnpackTooManyBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["WrongBatchNumber"].ID.Bytes()[:4]) {
		return inbox.UnpackWrongBatchNumberError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InboxBadPayloadLength represents a BadPayloadLength error raised by the Inbox contract.
type InboxBadPayloadLength struct {
	PayloadLength uint32
	BlobCount     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPayloadLength(uint32 payloadLength, uint256 blobCount)
func InboxBadPayloadLengthErrorID() common.Hash {
	return common.HexToHash("0xa329e214c3aef8bec503bdb55aeb6a50faa9aa7ba3c38c3db5f93b71bd52460e")
}

// UnpackBadPayloadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPayloadLength(uint32 payloadLength, uint256 blobCount)
func (inbox *Inbox) UnpackBadPayloadLengthError(raw []byte) (*InboxBadPayloadLength, error) {
	out := new(InboxBadPayloadLength)
	if err := inbox.abi.UnpackIntoInterface(out, "BadPayloadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxDelayedCountBeyondQueue represents a DelayedCountBeyondQueue error raised by the Inbox contract.
type InboxDelayedCountBeyondQueue struct {
	DelayedCount uint64
	Queued       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayedCountBeyondQueue(uint64 delayedCount, uint64 queued)
func InboxDelayedCountBeyondQueueErrorID() common.Hash {
	return common.HexToHash("0xc530ac42e0260aa880756a43a8ff7d2867ca197f7579f474bcb4c14355d99a7a")
}

// UnpackDelayedCountBeyondQueueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayedCountBeyondQueue(uint64 delayedCount, uint64 queued)
func (inbox *Inbox) UnpackDelayedCountBeyondQueueError(raw []byte) (*InboxDelayedCountBeyondQueue, error) {
	out := new(InboxDelayedCountBeyondQueue)
	if err := inbox.abi.UnpackIntoInterface(out, "DelayedCountBeyondQueue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxDelayedCountDecreased represents a DelayedCountDecreased error raised by the Inbox contract.
type InboxDelayedCountDecreased struct {
	DelayedCount uint64
	Consumed     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayedCountDecreased(uint64 delayedCount, uint64 consumed)
func InboxDelayedCountDecreasedErrorID() common.Hash {
	return common.HexToHash("0xa4d15e5b5df4126d3e6a2339da8fc3bdc5f568e0debf4336fc695deb1ad38ed9")
}

// UnpackDelayedCountDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayedCountDecreased(uint64 delayedCount, uint64 consumed)
func (inbox *Inbox) UnpackDelayedCountDecreasedError(raw []byte) (*InboxDelayedCountDecreased, error) {
	out := new(InboxDelayedCountDecreased)
	if err := inbox.abi.UnpackIntoInterface(out, "DelayedCountDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxForceInclusionTooEarly represents a ForceInclusionTooEarly error raised by the Inbox contract.
type InboxForceInclusionTooEarly struct {
	DelayedCount uint64
	ForceableAt  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForceInclusionTooEarly(uint64 delayedCount, uint256 forceableAt)
func InboxForceInclusionTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xc047dd98597f66d80f2d436d6184855c6416823a2988ef37316427aa02b87ed6")
}

// UnpackForceInclusionTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForceInclusionTooEarly(uint64 delayedCount, uint256 forceableAt)
func (inbox *Inbox) UnpackForceInclusionTooEarlyError(raw []byte) (*InboxForceInclusionTooEarly, error) {
	out := new(InboxForceInclusionTooEarly)
	if err := inbox.abi.UnpackIntoInterface(out, "ForceInclusionTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxNoBlobs represents a NoBlobs error raised by the Inbox contract.
type InboxNoBlobs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBlobs()
func InboxNoBlobsErrorID() common.Hash {
	return common.HexToHash("0xfdac229fa6c61d2e4a6bc1ebc68087ecb60df7b4b811cc9f0a38c384fb4e0fd8")
}

// UnpackNoBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBlobs()
func (inbox *Inbox) UnpackNoBlobsError(raw []byte) (*InboxNoBlobs, error) {
	out := new(InboxNoBlobs)
	if err := inbox.abi.UnpackIntoInterface(out, "NoBlobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxNoSuchBatch represents a NoSuchBatch error raised by the Inbox contract.
type InboxNoSuchBatch struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchBatch(uint64 number)
func InboxNoSuchBatchErrorID() common.Hash {
	return common.HexToHash("0xf6db61fb04bf5d5cd48d780fda6cc99dd98ed04bfab0abc8ae40a2c426784b8f")
}

// UnpackNoSuchBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchBatch(uint64 number)
func (inbox *Inbox) UnpackNoSuchBatchError(raw []byte) (*InboxNoSuchBatch, error) {
	out := new(InboxNoSuchBatch)
	if err := inbox.abi.UnpackIntoInterface(out, "NoSuchBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxNoSuchDelayedMessage represents a NoSuchDelayedMessage error raised by the Inbox contract.
type InboxNoSuchDelayedMessage struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchDelayedMessage(uint64 index)
func InboxNoSuchDelayedMessageErrorID() common.Hash {
	return common.HexToHash("0x00298e43029b4d08df29d78dcd9f1bdbbcdce134579be950f416c760452ea34f")
}

// UnpackNoSuchDelayedMessageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchDelayedMessage(uint64 index)
func (inbox *Inbox) UnpackNoSuchDelayedMessageError(raw []byte) (*InboxNoSuchDelayedMessage, error) {
	out := new(InboxNoSuchDelayedMessage)
	if err := inbox.abi.UnpackIntoInterface(out, "NoSuchDelayedMessage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxNotBatcher represents a NotBatcher error raised by the Inbox contract.
type InboxNotBatcher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBatcher(address caller)
func InboxNotBatcherErrorID() common.Hash {
	return common.HexToHash("0xf1dff602304b6808b54bfb3371e7adb826b4f399c88b2bbc7f7bf13c7b24fcb4")
}

// UnpackNotBatcherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBatcher(address caller)
func (inbox *Inbox) UnpackNotBatcherError(raw []byte) (*InboxNotBatcher, error) {
	out := new(InboxNotBatcher)
	if err := inbox.abi.UnpackIntoInterface(out, "NotBatcher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxNotBridge represents a NotBridge error raised by the Inbox contract.
type InboxNotBridge struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBridge(address caller)
func InboxNotBridgeErrorID() common.Hash {
	return common.HexToHash("0xf91b419eec7695fa42b5ad5608bd2123ca602e47c2af990b92c08729cdb5d69e")
}

// UnpackNotBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBridge(address caller)
func (inbox *Inbox) UnpackNotBridgeError(raw []byte) (*InboxNotBridge, error) {
	out := new(InboxNotBridge)
	if err := inbox.abi.UnpackIntoInterface(out, "NotBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxNothingToForce represents a NothingToForce error raised by the Inbox contract.
type InboxNothingToForce struct {
	DelayedCount uint64
	Consumed     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToForce(uint64 delayedCount, uint64 consumed)
func InboxNothingToForceErrorID() common.Hash {
	return common.HexToHash("0x5ffc0f9527e248dbb177ba505c013585867ead1c61336f442cf3cc37914a039d")
}

// UnpackNothingToForceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToForce(uint64 delayedCount, uint64 consumed)
func (inbox *Inbox) UnpackNothingToForceError(raw []byte) (*InboxNothingToForce, error) {
	out := new(InboxNothingToForce)
	if err := inbox.abi.UnpackIntoInterface(out, "NothingToForce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxTooManyBlobs represents a TooManyBlobs error raised by the Inbox contract.
type InboxTooManyBlobs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBlobs()
func InboxTooManyBlobsErrorID() common.Hash {
	return common.HexToHash("0xf640f0e552baef1a7c4179ca58f75ee18d78a5e1099f402043c067e138c7f32f")
}

// UnpackTooManyBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBlobs()
func (inbox *Inbox) UnpackTooManyBlobsError(raw []byte) (*InboxTooManyBlobs, error) {
	out := new(InboxTooManyBlobs)
	if err := inbox.abi.UnpackIntoInterface(out, "TooManyBlobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxWrongBatchNumber represents a WrongBatchNumber error raised by the Inbox contract.
type InboxWrongBatchNumber struct {
	Expected uint64
	Number   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBatchNumber(uint64 expected, uint64 number)
func InboxWrongBatchNumberErrorID() common.Hash {
	return common.HexToHash("0xf6d1afa36c60dda2e4c126165c84a2780e137cd99c71afce355f63e282eaa0b4")
}

// UnpackWrongBatchNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBatchNumber(uint64 expected, uint64 number)
func (inbox *Inbox) UnpackWrongBatchNumberError(raw []byte) (*InboxWrongBatchNumber, error) {
	out := new(InboxWrongBatchNumber)
	if err := inbox.abi.UnpackIntoInterface(out, "WrongBatchNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}
