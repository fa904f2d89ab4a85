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

// FixedPointHarnessMetaData contains all meta data concerning the FixedPointHarness contract.
var FixedPointHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"int32[13][]\",\"name\":\"p\",\"type\":\"int32[13][]\"}],\"name\":\"add\",\"outputs\":[{\"internalType\":\"int8[]\",\"name\":\"out\",\"type\":\"int8[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"},{\"internalType\":\"uint8[]\",\"name\":\"e\",\"type\":\"uint8[]\"}],\"name\":\"rdbpot\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"out\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[7][]\",\"name\":\"p\",\"type\":\"int32[7][]\"}],\"name\":\"requant\",\"outputs\":[{\"internalType\":\"int8[]\",\"name\":\"out\",\"type\":\"int8[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"a\",\"type\":\"int32[]\"},{\"internalType\":\"int32[]\",\"name\":\"b\",\"type\":\"int32[]\"}],\"name\":\"srdhm\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"out\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "FixedPointHarness",
	Bin: "0x60808060405234601557610839908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630af92536146103a7578063852b081b1461013c57806393b695fb146100cd5763a8589b6414610045575f80fd5b346100c9576100533661052e565b61005f839492946105d4565b925f5b81811061007b57604051806100778782610580565b0390f35b61008e610089828487610652565b61061c565b9061009a818589610652565b359160ff83168093036100c9576001926100b39161070d565b6100bd828861062a565b9060030b905201610062565b5f80fd5b346100c9576100db3661052e565b6100e68394936105d4565b935f5b8181106100fe57604051806100778882610580565b80610126610112610089600194868a610652565b61012061008984888a610652565b90610691565b610130828961062a565b9060030b9052016100e9565b346100c95760203660031901126100c95760043567ffffffffffffffff81116100c957366023820112156100c95780600401359067ffffffffffffffff82116100c9573660246101a08402830101116100c957610198826105d4565b905f5b83811015610399576101a0810282016101b66064820161061c565b906101c36084820161061c565b6101cf60a4830161061c565b6101db60c4840161061c565b5f0b916101ea60e4850161061c565b6101f7610104860161061c565b5f0b92610207610124870161061c565b93610215610144880161061c565b5f0b93610225610164890161061c565b5f0b966102356101848a0161061c565b5f0b996102456101a48b0161061c565b5f0b9960405191610160830183811067ffffffffffffffff8211176103855760405260030b8252602082019360030b8452604082019560030b865260608201928352608082019660030b875260a0820194855260c082019860030b895260e082019788526101008201998a5261012082019b8c5261014082019a8b52602481016102ce9061061c565b5f0b906044016102dd9061061c565b5f0b91516102ea91610662565b60141b60030b92516102fb91610662565b60141b60030b935160030b90515f0b90610314926107ae565b60030b925160030b90515f0b9061032a926107ae565b60030b61033691610662565b60030b915160030b90515f0b9061034c926107ae565b60030b90515f0b61035c91610662565b91515f0b90515f0b9061036e926107d6565b610378828561062a565b905f0b905260010161019b565b634e487b7160e01b5f52604160045260245ffd5b6040518061007785826104c2565b346100c95760203660031901126100c95760043567ffffffffffffffff81116100c957366023820112156100c957806004013567ffffffffffffffff81116100c95736602460e08302840101116100c957610401816105d4565b915f5b828110156104b8576001906104a360e0820284016104246024820161061c565b9061049e6104346044830161061c565b926104966104446064850161061c565b6104506084860161061c565b5f0b9061048e61046260a4880161061c565b5f0b9461047f60e461047660c48b0161061c565b5f0b990161061c565b5f0b9860030b9060030b610662565b60030b6107ae565b60030b610662565b6107d6565b6104ad828761062a565b905f0b905201610404565b6040518061007786825b60206040818301928281528451809452019201905f5b8181106104e55750505090565b82515f0b8452602093840193909201916001016104d8565b9181601f840112156100c95782359167ffffffffffffffff83116100c9576020808501948460051b0101116100c957565b60406003198201126100c95760043567ffffffffffffffff81116100c95781610559916004016104fd565b929092916024359067ffffffffffffffff82116100c95761057c916004016104fd565b9091565b60206040818301928281528451809452019201905f5b8181106105a35750505090565b825160030b845260209384019390920191600101610596565b67ffffffffffffffff81116103855760051b60200190565b906105de826105bc565b60405190601f01601f1916810167ffffffffffffffff811182821017610385576040528281528092610612601f19916105bc565b0190602036910137565b358060030b81036100c95790565b805182101561063e5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b919081101561063e5760051b0190565b9190915f838201938412911290801582169115161761067d57565b634e487b7160e01b5f52601160045260245ffd5b60030b90637fffffff198214806106fc575b6106f25760030b81810291905f8212600160ff1b82141661067d57818305149015171561067d5763400000008101905f63400000008312911290801582169115161761067d57601f1d60030b90565b5050637fffffff90565b50637fffffff198160030b146106a3565b81156107a95760030b9081811d9182821b915f83830393128284128116908385139015161761067d575f19810190811161067d576001901b80831392831561078c575b50505061075e575b60030b90565b60018101905f6001831291129080158216911516171561075857634e487b7160e01b5f52601160045260245ffd5b1491508161079e575b505f8080610750565b5f915012155f610795565b905090565b906107b891610691565b905f0b90600160ff1b821461067d576107d3915f039061070d565b90565b91905f0b8083126107fb575b505f0b8082136107f3575b505f0b90565b90505f6107ed565b91505f6107e256fea2646970667358221220ae28bace4911f2ee3358c86700937cf1a980b2920c33b2d3b68859425885d9a964736f6c63430008250033",
}

// FixedPointHarness is an auto generated Go binding around an Ethereum contract.
type FixedPointHarness struct {
	abi abi.ABI
}

// NewFixedPointHarness creates a new instance of FixedPointHarness.
func NewFixedPointHarness() *FixedPointHarness {
	parsed, err := FixedPointHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FixedPointHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FixedPointHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAdd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x852b081b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function add(int32[13][] p) pure returns(int8[] out)
func (fixedPointHarness *FixedPointHarness) PackAdd(p [][13]int32) []byte {
	enc, err := fixedPointHarness.abi.Pack("add", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x852b081b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function add(int32[13][] p) pure returns(int8[] out)
func (fixedPointHarness *FixedPointHarness) TryPackAdd(p [][13]int32) ([]byte, error) {
	return fixedPointHarness.abi.Pack("add", p)
}

// UnpackAdd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x852b081b.
//
// Solidity: function add(int32[13][] p) pure returns(int8[] out)
func (fixedPointHarness *FixedPointHarness) UnpackAdd(data []byte) ([]int8, error) {
	out, err := fixedPointHarness.abi.Unpack("add", data)
	if err != nil {
		return *new([]int8), err
	}
	out0 := *abi.ConvertType(out[0], new([]int8)).(*[]int8)
	return out0, nil
}

// PackRdbpot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8589b64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rdbpot(int32[] x, uint8[] e) pure returns(int32[] out)
func (fixedPointHarness *FixedPointHarness) PackRdbpot(x []int32, e []uint8) []byte {
	enc, err := fixedPointHarness.abi.Pack("rdbpot", x, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRdbpot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8589b64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rdbpot(int32[] x, uint8[] e) pure returns(int32[] out)
func (fixedPointHarness *FixedPointHarness) TryPackRdbpot(x []int32, e []uint8) ([]byte, error) {
	return fixedPointHarness.abi.Pack("rdbpot", x, e)
}

// UnpackRdbpot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8589b64.
//
// Solidity: function rdbpot(int32[] x, uint8[] e) pure returns(int32[] out)
func (fixedPointHarness *FixedPointHarness) UnpackRdbpot(data []byte) ([]int32, error) {
	out, err := fixedPointHarness.abi.Unpack("rdbpot", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackRequant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af92536.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requant(int32[7][] p) pure returns(int8[] out)
func (fixedPointHarness *FixedPointHarness) PackRequant(p [][7]int32) []byte {
	enc, err := fixedPointHarness.abi.Pack("requant", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af92536.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requant(int32[7][] p) pure returns(int8[] out)
func (fixedPointHarness *FixedPointHarness) TryPackRequant(p [][7]int32) ([]byte, error) {
	return fixedPointHarness.abi.Pack("requant", p)
}

// UnpackRequant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0af92536.
//
// Solidity: function requant(int32[7][] p) pure returns(int8[] out)
func (fixedPointHarness *FixedPointHarness) UnpackRequant(data []byte) ([]int8, error) {
	out, err := fixedPointHarness.abi.Unpack("requant", data)
	if err != nil {
		return *new([]int8), err
	}
	out0 := *abi.ConvertType(out[0], new([]int8)).(*[]int8)
	return out0, nil
}

// PackSrdhm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93b695fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function srdhm(int32[] a, int32[] b) pure returns(int32[] out)
func (fixedPointHarness *FixedPointHarness) PackSrdhm(a []int32, b []int32) []byte {
	enc, err := fixedPointHarness.abi.Pack("srdhm", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSrdhm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93b695fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function srdhm(int32[] a, int32[] b) pure returns(int32[] out)
func (fixedPointHarness *FixedPointHarness) TryPackSrdhm(a []int32, b []int32) ([]byte, error) {
	return fixedPointHarness.abi.Pack("srdhm", a, b)
}

// UnpackSrdhm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93b695fb.
//
// Solidity: function srdhm(int32[] a, int32[] b) pure returns(int32[] out)
func (fixedPointHarness *FixedPointHarness) UnpackSrdhm(data []byte) ([]int32, error) {
	out, err := fixedPointHarness.abi.Unpack("srdhm", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}
