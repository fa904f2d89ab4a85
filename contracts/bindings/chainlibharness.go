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

// ChainLibHarnessMetaData contains all meta data concerning the ChainLibHarness contract.
var ChainLibHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadEncodeDataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadSubtree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EcrecoverFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"bodyWords\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"separator\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"encodeData\",\"type\":\"bytes\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"}],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"addr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"siblings\",\"type\":\"bytes\"}],\"name\":\"nodeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vWord\",\"type\":\"bytes32\"}],\"name\":\"recover\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vWord\",\"type\":\"bytes32\"}],\"name\":\"recoverOnly\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vWord\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"name\":\"recoverWithGas\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"}],\"name\":\"subtreeNode\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"typeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ChainLibHarness",
	Bin: "0x60808060405234601557610759908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816320ea876b1461044357508063254f68fa146103bf5780633dd1d0fa146103945780637be69e7d146102c55780637f52ebb21461027d578063b22e0f24146101bc578063b9774f69146100f6578063dc54b7c8146100c45763f2584ef11461007f575f80fd5b346100c05760a03660031901126100c05760406100a960843560643560443560243560043561050a565b825191151582526001600160a01b03166020820152f35b5f80fd5b346100c05760206100e46100d7366104a9565b5f195f5292909190610668565b6040516001600160a01b039091168152f35b346100c05760403660031901126100c0576024356001600160a01b038116908190036100c057602090604051828101917f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f83527f1520d0fc5e36fe7d7659ac6b4cd275f566efeb8ce138e7dcc96f2187ce62f1fb60408301527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152600435608083015260a082015260a081526101b160c0826104d4565b519020604051908152f35b346100c05760403660031901126100c05760043567ffffffffffffffff81116100c0576101ed90369060040161047b565b90602435915a92600481118015610270575b61025b5750806040519283375b60208111610230576040836102248451915a906104c7565b82519182526020820152f35b80820182805b8282106102485750505060011c61020c565b6020604091828420815201910190610236565b63ede6043d60e01b5f5260045260245260445ffd5b506020811b8214156101ff565b346100c05760406102a76102af610293366104a9565b5f195f819052602052929492915a95610668565b915a906104c7565b82516001600160a01b0390921682526020820152f35b346100c05760603660031901126100c0576102de61046b565b60443567ffffffffffffffff81116100c0576102fe90369060040161047b565b915a9161030a826105ca565b9161031481610598565b6001600160fb1b03811681036103805760051b85036103665750610224918460409560429387519384526020840137602001812061190160f01b82526024356002830152602282015220915a906104c7565b60ff859163300a103760e21b5f521660045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b346100c05760203660031901126100c05760206103b76103b261046b565b6105ca565b604051908152f35b346100c05760803660031901126100c05760643567ffffffffffffffff81116100c0576103f090369060040161047b565b905a91600435916024356044356005011c918101905b81811061041b57604084610224875a906104c7565b90919260208460051b1690815260208235911852602060405f209360011c9101919091610406565b346100c05760203660031901126100c05760209061046761046261046b565b610598565b8152f35b6004359060ff821682036100c057565b9181601f840112156100c05782359167ffffffffffffffff83116100c057602083818601950101116100c057565b60809060031901126100c05760043590602435906044359060643590565b9190820391821161038057565b90601f8019910116810190811067ffffffffffffffff8211176104f657604052565b634e487b7160e01b5f52604160045260245ffd5b60849192946020946040519687958694631b8a96f960e31b865260048601526024850152604484015260648301523090fa5f9181610554575b5061054f57505f905f90565b600191565b9091506020813d602011610590575b81610570602093836104d4565b810103126100c057516001600160a01b03811681036100c057905f610543565b3d9150610563565b60ff166001811480156105c0575b6105ba576003146105b5575f90565b600490565b50600690565b50600281146105a6565b60ff169060018214610643576002821461061e57600382146105f9575063bd3c908960e01b5f5260045260245ffd5b7f5f6aeb7eab967fbc23ba8f4574da785e82f9146b0934b546c79fdc3168875dff9150565b7f76c2316ead2c85fec2f09bb2fd5095048a8c88334696e4843eb48304c8c369e69150565b7fbc598f8551a74b6625de86d04d38ef85b984ddc09b03c8f3bb476bef77ba205a9150565b919290916002601a19830110801590610704575b80156106d7575b6106cf576020935f93608093604051938452868401526040830152606082015260015afa5f516001600160a01b03163d602014029190156106c057565b637058b41160e11b5f5260045ffd5b505050505f90565b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a05f1985011015610683565b5070014551231950b75fc4402da1732fc9bebf195f198401101561067c56fea2646970667358221220ced7f4a6576dfe60e6ef1d96f653675836890122c12e26dab5d4c7878e938cf164736f6c63430008250033",
}

// ChainLibHarness is an auto generated Go binding around an Ethereum contract.
type ChainLibHarness struct {
	abi abi.ABI
}

// NewChainLibHarness creates a new instance of ChainLibHarness.
func NewChainLibHarness() *ChainLibHarness {
	parsed, err := ChainLibHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChainLibHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChainLibHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBodyWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20ea876b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bodyWords(uint8 kind) pure returns(uint256)
func (chainLibHarness *ChainLibHarness) PackBodyWords(kind uint8) []byte {
	enc, err := chainLibHarness.abi.Pack("bodyWords", kind)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBodyWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20ea876b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bodyWords(uint8 kind) pure returns(uint256)
func (chainLibHarness *ChainLibHarness) TryPackBodyWords(kind uint8) ([]byte, error) {
	return chainLibHarness.abi.Pack("bodyWords", kind)
}

// UnpackBodyWords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20ea876b.
//
// Solidity: function bodyWords(uint8 kind) pure returns(uint256)
func (chainLibHarness *ChainLibHarness) UnpackBodyWords(data []byte) (*big.Int, error) {
	out, err := chainLibHarness.abi.Unpack("bodyWords", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7be69e7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest(uint8 kind, bytes32 separator, bytes encodeData) view returns(bytes32 hash, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) PackDigest(kind uint8, separator [32]byte, encodeData []byte) []byte {
	enc, err := chainLibHarness.abi.Pack("digest", kind, separator, encodeData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7be69e7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest(uint8 kind, bytes32 separator, bytes encodeData) view returns(bytes32 hash, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) TryPackDigest(kind uint8, separator [32]byte, encodeData []byte) ([]byte, error) {
	return chainLibHarness.abi.Pack("digest", kind, separator, encodeData)
}

// DigestOutput serves as a container for the return parameters of contract
// method Digest.
type DigestOutput struct {
	Hash    [32]byte
	GasUsed *big.Int
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7be69e7d.
//
// Solidity: function digest(uint8 kind, bytes32 separator, bytes encodeData) view returns(bytes32 hash, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) UnpackDigest(data []byte) (DigestOutput, error) {
	out, err := chainLibHarness.abi.Unpack("digest", data)
	outstruct := new(DigestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9774f69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator(uint256 chainId, address verifyingContract) pure returns(bytes32)
func (chainLibHarness *ChainLibHarness) PackDomainSeparator(chainId *big.Int, verifyingContract common.Address) []byte {
	enc, err := chainLibHarness.abi.Pack("domainSeparator", chainId, verifyingContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9774f69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator(uint256 chainId, address verifyingContract) pure returns(bytes32)
func (chainLibHarness *ChainLibHarness) TryPackDomainSeparator(chainId *big.Int, verifyingContract common.Address) ([]byte, error) {
	return chainLibHarness.abi.Pack("domainSeparator", chainId, verifyingContract)
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9774f69.
//
// Solidity: function domainSeparator(uint256 chainId, address verifyingContract) pure returns(bytes32)
func (chainLibHarness *ChainLibHarness) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := chainLibHarness.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNodeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x254f68fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeRoot(bytes32 node, uint256 addr, uint256 height, bytes siblings) view returns(bytes32 root, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) PackNodeRoot(node [32]byte, addr *big.Int, height *big.Int, siblings []byte) []byte {
	enc, err := chainLibHarness.abi.Pack("nodeRoot", node, addr, height, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x254f68fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeRoot(bytes32 node, uint256 addr, uint256 height, bytes siblings) view returns(bytes32 root, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) TryPackNodeRoot(node [32]byte, addr *big.Int, height *big.Int, siblings []byte) ([]byte, error) {
	return chainLibHarness.abi.Pack("nodeRoot", node, addr, height, siblings)
}

// NodeRootOutput serves as a container for the return parameters of contract
// method NodeRoot.
type NodeRootOutput struct {
	Root    [32]byte
	GasUsed *big.Int
}

// UnpackNodeRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x254f68fa.
//
// Solidity: function nodeRoot(bytes32 node, uint256 addr, uint256 height, bytes siblings) view returns(bytes32 root, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) UnpackNodeRoot(data []byte) (NodeRootOutput, error) {
	out, err := chainLibHarness.abi.Unpack("nodeRoot", data)
	outstruct := new(NodeRootOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRecover is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f52ebb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recover(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) view returns(address signer, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) PackRecover(hash [32]byte, r [32]byte, s [32]byte, vWord [32]byte) []byte {
	enc, err := chainLibHarness.abi.Pack("recover", hash, r, s, vWord)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecover is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f52ebb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recover(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) view returns(address signer, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) TryPackRecover(hash [32]byte, r [32]byte, s [32]byte, vWord [32]byte) ([]byte, error) {
	return chainLibHarness.abi.Pack("recover", hash, r, s, vWord)
}

// RecoverOutput serves as a container for the return parameters of contract
// method Recover.
type RecoverOutput struct {
	Signer  common.Address
	GasUsed *big.Int
}

// UnpackRecover is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f52ebb2.
//
// Solidity: function recover(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) view returns(address signer, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) UnpackRecover(data []byte) (RecoverOutput, error) {
	out, err := chainLibHarness.abi.Unpack("recover", data)
	outstruct := new(RecoverOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRecoverOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc54b7c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoverOnly(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) view returns(address)
func (chainLibHarness *ChainLibHarness) PackRecoverOnly(hash [32]byte, r [32]byte, s [32]byte, vWord [32]byte) []byte {
	enc, err := chainLibHarness.abi.Pack("recoverOnly", hash, r, s, vWord)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoverOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc54b7c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoverOnly(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) view returns(address)
func (chainLibHarness *ChainLibHarness) TryPackRecoverOnly(hash [32]byte, r [32]byte, s [32]byte, vWord [32]byte) ([]byte, error) {
	return chainLibHarness.abi.Pack("recoverOnly", hash, r, s, vWord)
}

// UnpackRecoverOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc54b7c8.
//
// Solidity: function recoverOnly(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) view returns(address)
func (chainLibHarness *ChainLibHarness) UnpackRecoverOnly(data []byte) (common.Address, error) {
	out, err := chainLibHarness.abi.Unpack("recoverOnly", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRecoverWithGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2584ef1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoverWithGas(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord, uint256 gasLimit) view returns(bool ok, address signer)
func (chainLibHarness *ChainLibHarness) PackRecoverWithGas(hash [32]byte, r [32]byte, s [32]byte, vWord [32]byte, gasLimit *big.Int) []byte {
	enc, err := chainLibHarness.abi.Pack("recoverWithGas", hash, r, s, vWord, gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoverWithGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2584ef1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoverWithGas(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord, uint256 gasLimit) view returns(bool ok, address signer)
func (chainLibHarness *ChainLibHarness) TryPackRecoverWithGas(hash [32]byte, r [32]byte, s [32]byte, vWord [32]byte, gasLimit *big.Int) ([]byte, error) {
	return chainLibHarness.abi.Pack("recoverWithGas", hash, r, s, vWord, gasLimit)
}

// RecoverWithGasOutput serves as a container for the return parameters of contract
// method RecoverWithGas.
type RecoverWithGasOutput struct {
	Ok     bool
	Signer common.Address
}

// UnpackRecoverWithGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2584ef1.
//
// Solidity: function recoverWithGas(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord, uint256 gasLimit) view returns(bool ok, address signer)
func (chainLibHarness *ChainLibHarness) UnpackRecoverWithGas(data []byte) (RecoverWithGasOutput, error) {
	out, err := chainLibHarness.abi.Unpack("recoverWithGas", data)
	outstruct := new(RecoverWithGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Signer = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackSubtreeNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb22e0f24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subtreeNode(bytes data, uint256 height) view returns(bytes32 node, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) PackSubtreeNode(data []byte, height *big.Int) []byte {
	enc, err := chainLibHarness.abi.Pack("subtreeNode", data, height)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubtreeNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb22e0f24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subtreeNode(bytes data, uint256 height) view returns(bytes32 node, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) TryPackSubtreeNode(data []byte, height *big.Int) ([]byte, error) {
	return chainLibHarness.abi.Pack("subtreeNode", data, height)
}

// SubtreeNodeOutput serves as a container for the return parameters of contract
// method SubtreeNode.
type SubtreeNodeOutput struct {
	Node    [32]byte
	GasUsed *big.Int
}

// UnpackSubtreeNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb22e0f24.
//
// Solidity: function subtreeNode(bytes data, uint256 height) view returns(bytes32 node, uint256 gasUsed)
func (chainLibHarness *ChainLibHarness) UnpackSubtreeNode(data []byte) (SubtreeNodeOutput, error) {
	out, err := chainLibHarness.abi.Unpack("subtreeNode", data)
	outstruct := new(SubtreeNodeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Node = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTypeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dd1d0fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function typeHash(uint8 kind) pure returns(bytes32)
func (chainLibHarness *ChainLibHarness) PackTypeHash(kind uint8) []byte {
	enc, err := chainLibHarness.abi.Pack("typeHash", kind)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTypeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dd1d0fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function typeHash(uint8 kind) pure returns(bytes32)
func (chainLibHarness *ChainLibHarness) TryPackTypeHash(kind uint8) ([]byte, error) {
	return chainLibHarness.abi.Pack("typeHash", kind)
}

// UnpackTypeHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dd1d0fa.
//
// Solidity: function typeHash(uint8 kind) pure returns(bytes32)
func (chainLibHarness *ChainLibHarness) UnpackTypeHash(data []byte) ([32]byte, error) {
	out, err := chainLibHarness.abi.Unpack("typeHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (chainLibHarness *ChainLibHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], chainLibHarness.abi.Errors["BadEncodeDataLength"].ID.Bytes()[:4]) {
		return chainLibHarness.UnpackBadEncodeDataLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], chainLibHarness.abi.Errors["BadSubtree"].ID.Bytes()[:4]) {
		return chainLibHarness.UnpackBadSubtreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], chainLibHarness.abi.Errors["EcrecoverFailed"].ID.Bytes()[:4]) {
		return chainLibHarness.UnpackEcrecoverFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], chainLibHarness.abi.Errors["UnknownKind"].ID.Bytes()[:4]) {
		return chainLibHarness.UnpackUnknownKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ChainLibHarnessBadEncodeDataLength represents a BadEncodeDataLength error raised by the ChainLibHarness contract.
type ChainLibHarnessBadEncodeDataLength struct {
	Kind   uint8
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEncodeDataLength(uint8 kind, uint256 length)
func ChainLibHarnessBadEncodeDataLengthErrorID() common.Hash {
	return common.HexToHash("0xc02840dcedff07505174f6744ccd065261f1c0ca8b257a1d4aad19ebfc08841c")
}

// UnpackBadEncodeDataLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEncodeDataLength(uint8 kind, uint256 length)
func (chainLibHarness *ChainLibHarness) UnpackBadEncodeDataLengthError(raw []byte) (*ChainLibHarnessBadEncodeDataLength, error) {
	out := new(ChainLibHarnessBadEncodeDataLength)
	if err := chainLibHarness.abi.UnpackIntoInterface(out, "BadEncodeDataLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChainLibHarnessBadSubtree represents a BadSubtree error raised by the ChainLibHarness contract.
type ChainLibHarnessBadSubtree struct {
	Height *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSubtree(uint256 height, uint256 length)
func ChainLibHarnessBadSubtreeErrorID() common.Hash {
	return common.HexToHash("0xede6043d6c435f5c9897f21abde92a310f52d1792bf6a281872a03e8cb07d4ab")
}

// UnpackBadSubtreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSubtree(uint256 height, uint256 length)
func (chainLibHarness *ChainLibHarness) UnpackBadSubtreeError(raw []byte) (*ChainLibHarnessBadSubtree, error) {
	out := new(ChainLibHarnessBadSubtree)
	if err := chainLibHarness.abi.UnpackIntoInterface(out, "BadSubtree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChainLibHarnessEcrecoverFailed represents a EcrecoverFailed error raised by the ChainLibHarness contract.
type ChainLibHarnessEcrecoverFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EcrecoverFailed()
func ChainLibHarnessEcrecoverFailedErrorID() common.Hash {
	return common.HexToHash("0xe0b168229d4fe9b989b3f15c02cad9bcd12acb3bd8cca822787febc89ac5d725")
}

// UnpackEcrecoverFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EcrecoverFailed()
func (chainLibHarness *ChainLibHarness) UnpackEcrecoverFailedError(raw []byte) (*ChainLibHarnessEcrecoverFailed, error) {
	out := new(ChainLibHarnessEcrecoverFailed)
	if err := chainLibHarness.abi.UnpackIntoInterface(out, "EcrecoverFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChainLibHarnessUnknownKind represents a UnknownKind error raised by the ChainLibHarness contract.
type ChainLibHarnessUnknownKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKind(uint8 kind)
func ChainLibHarnessUnknownKindErrorID() common.Hash {
	return common.HexToHash("0xbd3c90894f7b5a9cce89be28990c5c48eeecbdbc851f01ad4d59a4a38d093e0b")
}

// UnpackUnknownKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKind(uint8 kind)
func (chainLibHarness *ChainLibHarness) UnpackUnknownKindError(raw []byte) (*ChainLibHarnessUnknownKind, error) {
	out := new(ChainLibHarnessUnknownKind)
	if err := chainLibHarness.abi.UnpackIntoInterface(out, "UnknownKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}
