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

// ChallengeManagerClaim is an auto generated low-level Go binding around an user-defined struct.
type ChallengeManagerClaim struct {
	Level    uint8
	Origin   [32]byte
	Pos      uint64
	Height   uint8
	StartCtx [32]byte
	Start    [32]byte
	End      [32]byte
	Commit   [32]byte
}

// ChallengeManagerUp is an auto generated low-level Go binding around an user-defined struct.
type ChallengeManagerUp struct {
	Parent ChallengeManagerClaim
	Node   [][32]byte
	Index  *big.Int
}

// ChallengeManagerMetaData contains all meta data concerning the ChallengeManager contract.
var ChallengeManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k_\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"height0_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"height1_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake0_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake1_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeMachine\",\"name\":\"machine_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLink\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChildPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Decided\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LevelNotOpened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"NotChild\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotDissected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotRivaled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OneStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Refuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Undecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"}],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongStake\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"ClaimConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structChallengeManager.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"}],\"name\":\"ClaimMade\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimRefuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"Dissected\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"assertClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dissectAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"dissected\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByChildren\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"name\":\"confirmByLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"dissect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height0\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height1\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"idOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"machine\",\"outputs\":[{\"internalType\":\"contractIDisputeMachine\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"mutualOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"mutuals\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first0\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"first1\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"from\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"name\":\"openLevel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake0\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"unrivaled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ChallengeManager",
	Bin: "0x6101a03461023557601f612d9f38819003918201601f19168301916001600160401b0383118484101761023957808492610120946040528339810103126102355780519061004f6020820161024d565b9161005c6040830161024d565b60608301516001600160401b0381169491908581036102355760808501519160a08601519360c08701519560e08801519760018060a01b0389168903610235576101000151986001600160a01b038a168a036102355760028210908115610229575b811561021d575b8115610214575b506102055760805260a05260c05260e0526101005261012052610140526101605261018052604051612b43908161025c82396080518181816103af01528181610432015281816104d8015281816104fe0152818161058c015281816108520152818161189701528181612160015281816127ef0152818161286a015281816128da01526129e8015260a05181818161088e0152611290015260c051818181610b7101528181610d1b0152818161147f0152612ae5015260e05181818161022b015281816106050152818161064d01526109c301526101005181818161117b01526112ee015261012051818181610b350152610ca9015261014051818181610fb50152611c660152610160518181816101b90152611ccb015261018051818181610aef01528181610c680152818161173301526127100152f35b6302cd493d60e21b5f5260045ffd5b9050155f6100cc565b60ff85161591506100c5565b60ff84161591506100be565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519060ff821682036102355756fe60806040526004361015610011575f80fd5b5f3560e01c80624b4d481461132d5780631486fb5714611311578063162c0213146112d757806317c44b761461113f57806317d90b4d1461103f5780631daf23ab14610fd8578063228cb73314610f9e5780632b83a6bc14610f35578063305b630c14610f0b5780633ccfd60b14610e735780633d0c75fe14610e295780634143e68c14610b9557806341b1a82a14610b5857806350b3d1c214610b1e57806375c6022514610ada5780637aeee848146109315780638fee6407146108eb578063987757dd146108cf578063a285aed7146108b2578063a4b7f76114610875578063b4f40c611461083b578063bd5b2de3146102e7578063d5d44d80146102ab578063eff0f5921461024f578063f3f480d91461020c578063f426ca42146101e8578063f7260d3e146101a45763fb70791f1461014c575f80fd5b346101a05760203660031901126101a0576004355f526001602052606060405f205463ffffffff604051916001600160401b03811683526001600160401b038160401c16602084015260801c166040820152f35b5f80fd5b346101a0575f3660031901126101a0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101a0576101003660031901126101a0576020610204611db4565b604051908152f35b346101a0575f3660031901126101a05760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101a05760203660031901126101a0576004355f525f602052608060405f205460ff604051916001600160401b03811683526001600160401b038160401c1660208401528181851c16604084015260881c1615156060820152f35b346101a05760203660031901126101a0576004356001600160a01b038116908190036101a0575f526004602052602060405f2054604051908152f35b346101a057366003190161014081126101a057610100136101a057610104356001600160401b0381116101a0576103229036906004016114d4565b610124356001600160401b0381116101a0576103429036906004016114d4565b9061034b611e52565b939092845f525f60205260405f2092835460ff8160801c16156108285760ff8160881c16156108155761037f878787611ec4565b60ff606435169788606435141598896101a05715610806576103a3858260046127a3565b156107f7575f19985f5b7f000000000000000000000000000000000000000000000000000000000000000081106103e1576103df8a8a8a611f23565b005b604051916103ee836115b0565b5f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401526101a05761045660ff61042f606435611fee565b167f0000000000000000000000000000000000000000000000000000000000000000612000565b60ff60043516600435036101a05760ff60043516835260243560208401526001600160401b0360443516604435036101a0576104a761049d6001600160401b0392846120a3565b8260443516611bd3565b1660408301525f9160ff6104bc606435611fee565b1660608201528782116101a05761055861054a6105246104fc857f0000000000000000000000000000000000000000000000000000000000000000611bd3565b7f00000000000000000000000000000000000000000000000000000000000000008c896120b6565b929060405192839160208301956084358752610544604085018a8d6120d1565b916120d1565b03601f1981018352826115e7565b5190206080820152816107c1576105c29060a4355b60a082015261057d838a876120ec565b3560c08201526105b76105b0847f0000000000000000000000000000000000000000000000000000000000000000611bd3565b8a876120ec565b3560e08201526122ad565b5f525f60205260ff60405f205460801c16806107b057505f52600160205263ffffffff60405f205460801c1661079e575f198b14610675575b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168b10610635576001905b016103ad565b8a63e58369d160e01b5f526004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b995061068d6001600160401b038460401c1643611bc6565b895f525f602052600360ff60405f205460801c161461078b57895f525f6020526106c46001600160401b0360405f2054168a611f93565b6004918b5f5b8981106106e35750506106dd9250611bd3565b996105fb565b9091926106f1828b8b612780565b948a8a6106fd88611e89565b969093875f525f60205260405f208781549560ff8760801c1615958615610765575b5050505050506107525791610743610749926001600160401b036001951690611f93565b90611bd3565b939291016106ca565b8363017bf73160e21b5f5260045260245ffd5b61077d9650906107759291612780565b90868c61294a565b155f80808f8f90899161071f565b896304218bdb60e51b5f5260045260245ffd5b634894873b60e01b5f5260045260245ffd5b600291500361079e5760019061062f565b815f198101116107e3576105c2906107dd5f1984018a876120ec565b3561056d565b634e487b7160e01b5f52601160045260245ffd5b6305bb030160e31b5f5260045ffd5b6312d6bf9760e11b5f5260045ffd5b86632ce39d1d60e21b5f5260045260245ffd5b86635b9264f760e11b5f5260045260245ffd5b346101a0575f3660031901126101a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101a0575f3660031901126101a057602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101a0575f3660031901126101a0576020600554604051908152f35b346101a05760203660031901126101a0576103df600435611be0565b346101a05760203660031901126101a0576004355f526003602052606060405f20600181549101546040519160018060a01b038116835260a01c60208301526040820152f35b346101a05761093f36611504565b61094883611e89565b929091835f525f60205260405f209160ff835460801c1615610ac75761096f858585611ec4565b845f525f602052600360ff60405f205460801c1614610ab45790845f525f6020526109a76001600160401b0360405f20541685611f93565b9585925f915b838310610a0d5750505050506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016938481106109f657506103df9350611f23565b849063e58369d160e01b5f5260045260245260445ffd5b9091929397610a1d848685612780565b98610a278a611e89565b939091845f525f60205260405f20908154928d60ff8560801c161593868b8d8715610a91575b50505050505050610a7e5791610743610a72926001600160401b036001951690611f93565b989194930191906109ad565b8563017bf73160e21b5f5260045260245ffd5b610aa7975090610aa1918d612780565b9261294a565b158c808d81868b8d610a4d565b846304218bdb60e51b5f5260045260245ffd5b84635b9264f760e11b5f5260045260245ffd5b346101a0575f3660031901126101a0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101a0575f3660031901126101a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101a0575f3660031901126101a057602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b366003190161014081126101a057610100136101a057610104356001600160401b0381116101a057610bcb903690600401611541565b906101243591610bd9611e52565b805f949294525f60205260405f2060ff815460801c1615610e165760ff610bfe61156e565b1615801590610e03575b610df4578185610c1792611ec4565b835f526001602052600263ffffffff60405f205460801c1610610de2575090610c3f916126e1565b60c49391933503610dd35760405163b6ada9f560e01b815260a4356004820152926020846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa938415610dc8575f94610d94575b508115610d85577f000000000000000000000000000000000000000000000000000000000000000093843403610d6e57916102049391602095936040518781019085825282604082015260408152610cf96060826115e7565b51902060405194610d09866115b0565b60018652888601525f604086015260ff7f0000000000000000000000000000000000000000000000000000000000000000166060860152608085015260a084015260c083015260e0820152610d5d816122ad565b906001600160401b034316926123e3565b84630239dc1360e61b5f523460045260245260445ffd5b6302cd493d60e21b5f5260045ffd5b9093506020813d602011610dc0575b81610db0602093836115e7565b810103126101a057519284610ca0565b3d9150610da3565b6040513d5f823e3d90fd5b636cf7133560e01b5f5260045ffd5b63d1d4dc1160e01b5f5260045260245ffd5b631e408ea960e31b5f5260045ffd5b5060ff610e0e61157e565b161515610c08565b50635b9264f760e11b5f5260045260245ffd5b346101a057366003190161014081126101a057610100136101a057610104356001600160401b0381116101a057610204610e6960209236906004016114d4565b6101243591611853565b346101a0575f3660031901126101a057335f5260046020525f80808060408120543382526004602052816040812055335af13d15610f06573d6001600160401b038111610ef25760405190610ed2601f8201601f1916602001836115e7565b81525f60203d92013e5b15610ee357005b6312171d8360e31b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b610edc565b346101a05760203660031901126101a0576004355f526002602052602060405f2054604051908152f35b346101a0576101003660031901126101a057610f4f611db4565b610f57611608565b5f525f60205260405f205460ff8160801c1615610f84576020916001600160401b03610204921690611f93565b610f8c611608565b635b9264f760e11b5f5260045260245ffd5b346101a0575f3660031901126101a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101a057366003190161014081126101a057610100136101a057610104356001600160401b0381116101a057611013903690600401611541565b61012435916001600160401b0383116101a0576110376103df933690600401611541565b9290916116a0565b346101a05761104d36611504565b9061105783611e89565b9390845f525f60205260405f209081549260ff8460801c161561082857858561107f92611f6d565b61108a868284611ec4565b5f526001602052600263ffffffff60405f205460801c161061112c5760ff8260881c16156110b457005b60ff60881b19909116600160881b1781556110d990436001600160401b031690611642565b60405160208082528101839052906001600160fb1b0383116101a057816040917f1e2ba59f66321f2694ff1960794c0430dc039e8fd64d84ab9bc93fedc81a44729460051b8091848401378101030190a2005b8463d1d4dc1160e01b5f5260045260245ffd5b6101003660031901126101a05760ff61115661156e565b16158015906112b9575b8015611282575b8015611250575b8015611246575b610d85577f0000000000000000000000000000000000000000000000000000000000000000803403611230576111a9611e52565b90916040516111b7816115b0565b60043560ff811681036101a057815260243560208201526044356001600160401b03811681036101a05760408201526064359260ff841684036101a057602094610204946060840152608435608084015260a43560a084015260c43560c084015260e43560e08401526001600160401b034316926123e3565b630239dc1360e61b5f523460045260245260445ffd5b5060e43515611175565b506040516020810190602435825260a4356040820152604081526112756060826115e7565b519020608435141561116e565b5061128b61157e565b60ff807f00000000000000000000000000000000000000000000000000000000000000001691161415611167565b506044356001600160401b038116908181036101a057501515611160565b346101a0575f3660031901126101a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101a0576101003660031901126101a0576020610204611608565b346101a057366003190161020081126101a057610100136101a057610100366101031901126101a05761135e611e52565b805f525f60205260405f209160ff835460801c1615610e1657611382610104611e06565b60408051602081019283526101c435918101919091526101e43560608201526113ae816080810161054a565b519020805f525f60205260ff60405f205460801c16908115610f8c575060ff6113d561156e565b16158015906114c1575b80156114a6575b8015611469575b801561144a575b801561143d575b61142e5760029061140d848487611ec4565b0361141b576103df92611f23565b634894873b60e01b5f525f60045260245ffd5b630e8379a960e41b5f5260045ffd5b50816101243514156113fb565b50610144356001600160401b038116908181036101a0575015156113f4565b506101643560ff8116908181036101a0575060ff7f00000000000000000000000000000000000000000000000000000000000000001614156113ed565b506101043560ff81168082036101a0576001915014156113e6565b5060ff6114cc61157e565b1615156113df565b9181601f840112156101a0578235916001600160401b0383116101a0576020808501948460051b0101116101a057565b90600319820161012081126101a057610100136101a05760049161010435906001600160401b0382116101a05761153d916004016114d4565b9091565b9181601f840112156101a0578235916001600160401b0383116101a057602083818601950101116101a057565b60043560ff811681036101a05790565b60643560ff811681036101a05790565b3560ff811681036101a05790565b356001600160401b03811681036101a05790565b61010081019081106001600160401b03821117610ef257604052565b608081019081106001600160401b03821117610ef257604052565b90601f801991011681019081106001600160401b03821117610ef257604052565b6116126004611e06565b604080516020810192835260c4359181019190915260e435606082015261163c816080810161054a565b51902090565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b91908260409103126101a0576020825192015190565b908060209392818452848401375f828201840152601f01601f1916010190565b90926116ac6004611e89565b939092845f525f60205260405f209560ff875460801c16156118405760043560ff81168082036101a05760011480159150611828575b610df45761172f60409361171d956116fb89898c611ec4565b8551637c7065cb60e11b81526004810187905296879586956044870191611680565b84810360031901602486015291611680565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa805f925f926117f4575b5061178557639ef7a34d60e01b5f525f60045260a43560245260445ffd5b9060a435908181036117df57505060c435036117a6576117a492611f23565b565b50815460ff60801b1916600360801b179091557f540711e487a54cbcaf102e9e88f2fdf723274e0428bb1b4345b7525b7329a6b95f80a2565b639ef7a34d60e01b5f5260045260245260445ffd5b909250611819915060403d604011611821575b61181181836115e7565b81019061166a565b90915f611767565b503d611807565b5060643560ff8116908181036101a0575015156116e2565b85635b9264f760e11b5f5260045260245ffd5b9190916118606004611e89565b929093835f525f60205260405f209384549560ff8760801c1615610e165760ff8760881c1615611bb357906118959186611ec4565b7f0000000000000000000000000000000000000000000000000000000000000000821015610d8557826118cd826118d4956004611f6d565b6004612110565b6118dd816122ad565b8093919394815f525f60205260405f2090815460ff8160801c16611b5e57505050506001600160401b03905460401c1690835f525f60205260ff60405f205460801c16611b4b57825f52600260205260405f2054611b38576119c4604051611944816115cc565b838152602081015f81526119a960ff604084016001815261198f6001600160401b0360608701955f87528c5f525f602052818060405f20995116168219895416178855511686611642565b51845460ff60801b1916911660801b60ff60801b16178355565b51815460ff60881b191690151560881b60ff60881b16179055565b825f52600160205260405f2091825463ffffffff8160801c16155f14611ad1575082546001600160801b0319166001600160401b0382161767ffffffffffffffff60401b1783555b825491600163ffffffff8460801c16019163ffffffff83116107e35786947f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4946101209463ffffffff60801b9060801b169063ffffffff60801b191617905560e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b6001600160401b038116821015611b165750611af76001600160401b0384541684611642565b825467ffffffffffffffff19166001600160401b038216178355611a0c565b60401c6001600160401b0316811015611a0c57611b338184611642565b611a0c565b82631e03241960e11b5f5260045260245ffd5b8363705979c560e11b5f5260045260245ffd5b6001600160401b0392969550829194939750169260401c1690828210611b87575b505050505090565b611ba9946001600160401b0380931683198254161790555460401c1691612327565b5f80808080611b7f565b50632ce39d1d60e21b5f5260045260245ffd5b919082039182116107e357565b919082018092116107e357565b805f525f60205260ff60405f205460801c1615610f8c575f8181526003602052604090208054906001600160a01b03821615611d5557600181015491825f52600260205260405f2054928315611d43575060a01c928315611d315781546001600160a01b03168255600554611c56908590611bc6565b6005558214611d0b5750611cc2917f000000000000000000000000000000000000000000000000000000000000000080821015611d05575080915b5f52600360205260018060a01b0360405f2054165f52600460205260405f20611cbb838254611bd3565b9055611bc6565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f526004602052611d0160405f20918254611bd3565b9055565b91611c91565b546001600160a01b03165f90815260046020526040902080549092611d01925090611bd3565b63220a6c6160e11b5f5260045260245ffd5b63f35892c960e01b5f5260045260245ffd5b8263220a6c6160e11b5f5260045260245ffd5b94929091606a96949260ff60f81b9060f81b16865260018601526001600160401b0360c01b9060c01b16602185015260ff60f81b9060f81b166029840152602a830152604a8201520190565b60043560ff811681036101a0576044356001600160401b03811681036101a0576064359160ff831683036101a05761163c9061054a604051938492602084019660a4359260843592602435908a611d68565b611e0f8161158e565b9061163c611e1f6040830161159c565b9261054a611e2f6060850161158e565b91604051948593602085019760a08301359360206080850135940135908a611d68565b611e5c6004611e06565b90604051602081019061163c8161054a60e43560c435888791606093918352602083015260408201520190565b90611e9382611e06565b9160405161163c8161054a602082019460c060e0820135910135888791606093918352602083015260408201520190565b60ff909291925460801c169060038214611f1157506002148015611efc575b611eea5750565b631e03241960e11b5f5260045260245ffd5b50805f52600260205260405f20541515611ee3565b6304218bdb60e51b5f5260045260245ffd5b805460ff60801b1916600160811b1790555f8181526002602052604081208390559091907ff331ee9828f8b7afa9c1f2e5e2dc9ceb9e90bfb08ee1afb2f7fb4aed5efac3619080a3565b919060ff611f7d6060850161158e565b161561080657611f8c926127a3565b156107f757565b5f52600160205260405f2054600263ffffffff8260801c1610155f14611fde576001600160401b03809160401c16915b1680821015611fd25750505f90565b611fdb91611bc6565b90565b506001600160401b034391611fc3565b60ff5f199116019060ff82116107e357565b90801561209c57811561209657818060011461208e5760021461207d5760208110610133831016604e8210600b84101617612078576001905b600181116120505750815f190481116107e3570290565b91805f190481116107e3576001831661206f575b80029160011c612039565b80910290612064565b900a90565b905060ff81116107e3576001901b90565b505050600190565b50505f90565b5050600190565b818102929181159184041417156107e357565b909392938483116101a05784116101a0578160051b01920390565b91906001600160fb1b0381116101a05760051b809282370190565b91908110156120fc5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b909392919360405194612122866115b0565b5f865260208601935f855260408701965f8852606081015f815260808201955f875260a08301965f885260c08401925f845260e08501995f8b52859c7f000000000000000000000000000000000000000000000000000000000000000096606086019261218e8461158e565b61219790611fee565b60ff166121a4908a612000565b916121ae8861158e565b60ff169052602087013590526121c66040870161159c565b906121d1908a6120a3565b6121e3916001600160401b0316611bd3565b6001600160401b031690526121f79061158e565b61220090611fee565b60ff1690528585116101a0578661224b61222561221d8888611bd3565b878a856120b6565b61054a604093929351938492610544602085019760808b013589528d60408701916120d1565b51902090528361228557906122809660a061227a9594930135905b526122728386886120ec565b359052611bd3565b916120ec565b359052565b505f1983019291908284116107e357612280966122a661227a9587896120ec565b3590612266565b9060ff82511660208301516122f16001600160401b036040860151169161054a60ff606088015116608088015160a08901519160405196879560208701998a611d68565b5190209161054a61163c60e060c08401519301516040519283916020830195888791606093918352602083015260408201520190565b9190915f52600160205260405f209182546001600160401b038082169216908282145f1461236c575050506001600160401b03166001600160401b0319825416179055565b60401c6001600160401b03169081141590816123cf575b501561238e57505050565b6001600160401b03821610156123c6576001600160401b03906123b48284541684611642565b166001600160401b0319825416179055565b6117a491611642565b90506001600160401b03831610155f612383565b939193929092845f525f60205260ff60405f205460801c166126ce57835f52600260205260405f20546126bb576040519261241d846115cc565b6124776001600160401b03841694858152876119a960ff602084015f815261198f6001600160401b0360408701926001845260608801965f88525f525f602052818060405f20995116168219895416178855511686611642565b845f52600160205260405f2092835463ffffffff8160801c16155f1461265557505082546fffffffffffffffff00000000000000001985166001600160801b03199091161767ffffffffffffffff60401b1783555b825492600163ffffffff8560801c16019363ffffffff85116107e357879463ffffffff60801b9060801b169063ffffffff60801b191617905580612599575b50610120907f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4929360e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b91506040519060608201938285106001600160401b03861117610ef25760409485523383526bffffffffffffffffffffffff841660208085019182528685018881525f8a815260039092529690209351905160a01b6001600160a01b0319166001600160a01b039190911617835593516001929092019190915560055485937f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed49361012093926126499190611bd3565b6005559392509061250b565b6001600160401b03811686101561269257505061267c6001600160401b0384541684611642565b825467ffffffffffffffff1916841783556124cc565b60401c6001600160401b031685106126ab575b506124cc565b6126b59084611642565b5f6126a5565b83631e03241960e11b5f5260045260245ffd5b8463705979c560e11b5f5260045260245ffd5b6040805163ea599e3360e01b815260206004820152939290918491829161270c916024840191611680565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91825f915f9461275d575b5061275957636cf7133560e01b5f5260045ffd5b9190565b909350612779915060403d6040116118215761181181836115e7565b925f612745565b91908110156120fc5760051b8101359061013e19813603018212156101a0570190565b919091606081019060ff6127b68361158e565b16159081156128d6575b81156128ad575b8115612866575b5061285f5760ff6127e060019261158e565b16146127ed575050600190565b7f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b0381168114159290600181901b90845b6107e357818110156128535761283c8185856120ec565b3561284a5760010184612825565b50505050505f90565b50505050505f8061209c565b5050505f90565b90507f00000000000000000000000000000000000000000000000000000000000000005f1981019081116107e3576128a160c09185876120ec565b3591013514155f6127ce565b905060405160208101906128c68161054a84888a6120d1565b51902060e08201351415906127c7565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b03811681036107e35760011b831415906127c0565b903590601e19813603018212156101a057018035906001600160401b0382116101a057602001918160051b360383136101a057565b939190600160ff61295a8561158e565b161480612ad3575b80612ab7575b612a6c57505460881c60ff1615908115612a4a575b8115612a14575b5080156129e5575b80156129c6575b61285f576129c091610120826129b06101006129bb950182612915565b929091013592612110565b6122ad565b90501490565b506129df6129d8610100830183612915565b90846127a3565b15612993565b507f0000000000000000000000000000000000000000000000000000000000000000610120820135101561298c565b9050600160ff612a316060612a2a81880161158e565b940161158e565b160160ff81116107e35760ff809116911614155f612984565b9050612a558361158e565b60ff80612a618461158e565b16911614159061297d565b9380955060ff929350612a7f915061158e565b16159283612a9d575b5082612a9357505090565b6020013514919050565b60ff9193506060612aae910161158e565b1615915f612a88565b506001600160401b03612acc6040850161159c565b1615612968565b50612ae06060840161158e565b60ff807f00000000000000000000000000000000000000000000000000000000000000001691161461296256fea2646970667358221220cc7605f6627b2d89b6557da23e6e92b8cd229cf1caa7bd8e1728a6ddace7de5c64736f6c63430008250033",
}

// ChallengeManager is an auto generated Go binding around an Ethereum contract.
type ChallengeManager struct {
	abi abi.ABI
}

// NewChallengeManager creates a new instance of ChallengeManager.
func NewChallengeManager() *ChallengeManager {
	parsed, err := ChallengeManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChallengeManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChallengeManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 k_, uint8 height0_, uint8 height1_, uint64 challengePeriod_, uint256 stake0_, uint256 stake1_, uint256 reward_, address receiver_, address machine_) returns()
func (challengeManager *ChallengeManager) PackConstructor(k_ *big.Int, height0_ uint8, height1_ uint8, challengePeriod_ uint64, stake0_ *big.Int, stake1_ *big.Int, reward_ *big.Int, receiver_ common.Address, machine_ common.Address) []byte {
	enc, err := challengeManager.abi.Pack("", k_, height0_, height1_, challengePeriod_, stake0_, stake1_, reward_, receiver_, machine_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAssertClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17c44b76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assertClaim((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) payable returns(bytes32 id)
func (challengeManager *ChallengeManager) PackAssertClaim(c ChallengeManagerClaim) []byte {
	enc, err := challengeManager.abi.Pack("assertClaim", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssertClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17c44b76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assertClaim((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) payable returns(bytes32 id)
func (challengeManager *ChallengeManager) TryPackAssertClaim(c ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("assertClaim", c)
}

// UnpackAssertClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17c44b76.
//
// Solidity: function assertClaim((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) payable returns(bytes32 id)
func (challengeManager *ChallengeManager) UnpackAssertClaim(data []byte) ([32]byte, error) {
	out, err := challengeManager.abi.Unpack("assertClaim", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallengePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f480d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengePeriod() view returns(uint64)
func (challengeManager *ChallengeManager) PackChallengePeriod() []byte {
	enc, err := challengeManager.abi.Pack("challengePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f480d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengePeriod() view returns(uint64)
func (challengeManager *ChallengeManager) TryPackChallengePeriod() ([]byte, error) {
	return challengeManager.abi.Pack("challengePeriod")
}

// UnpackChallengePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint64)
func (challengeManager *ChallengeManager) UnpackChallengePeriod(data []byte) (uint64, error) {
	out, err := challengeManager.abi.Unpack("challengePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff0f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims(bytes32 ) view returns(uint64 created, uint64 dissectAt, uint8 status, bool dissected)
func (challengeManager *ChallengeManager) PackClaims(arg0 [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("claims", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff0f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims(bytes32 ) view returns(uint64 created, uint64 dissectAt, uint8 status, bool dissected)
func (challengeManager *ChallengeManager) TryPackClaims(arg0 [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("claims", arg0)
}

// ClaimsOutput serves as a container for the return parameters of contract
// method Claims.
type ClaimsOutput struct {
	Created   uint64
	DissectAt uint64
	Status    uint8
	Dissected bool
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeff0f592.
//
// Solidity: function claims(bytes32 ) view returns(uint64 created, uint64 dissectAt, uint8 status, bool dissected)
func (challengeManager *ChallengeManager) UnpackClaims(data []byte) (ClaimsOutput, error) {
	out, err := challengeManager.abi.Unpack("claims", data)
	outstruct := new(ClaimsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Created = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.DissectAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Dissected = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackConfirmByChildren is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd5b2de3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmByChildren((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, bytes32[] node, ((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],uint256)[] path) returns()
func (challengeManager *ChallengeManager) PackConfirmByChildren(c ChallengeManagerClaim, node [][32]byte, path []ChallengeManagerUp) []byte {
	enc, err := challengeManager.abi.Pack("confirmByChildren", c, node, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmByChildren is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd5b2de3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmByChildren((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, bytes32[] node, ((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],uint256)[] path) returns()
func (challengeManager *ChallengeManager) TryPackConfirmByChildren(c ChallengeManagerClaim, node [][32]byte, path []ChallengeManagerUp) ([]byte, error) {
	return challengeManager.abi.Pack("confirmByChildren", c, node, path)
}

// PackConfirmByLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x004b4d48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmByLevel((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, (uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) lower) returns()
func (challengeManager *ChallengeManager) PackConfirmByLevel(c ChallengeManagerClaim, lower ChallengeManagerClaim) []byte {
	enc, err := challengeManager.abi.Pack("confirmByLevel", c, lower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmByLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x004b4d48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmByLevel((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, (uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) lower) returns()
func (challengeManager *ChallengeManager) TryPackConfirmByLevel(c ChallengeManagerClaim, lower ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("confirmByLevel", c, lower)
}

// PackConfirmByTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeee848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmByTime((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, ((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],uint256)[] path) returns()
func (challengeManager *ChallengeManager) PackConfirmByTime(c ChallengeManagerClaim, path []ChallengeManagerUp) []byte {
	enc, err := challengeManager.abi.Pack("confirmByTime", c, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmByTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeee848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmByTime((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, ((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],uint256)[] path) returns()
func (challengeManager *ChallengeManager) TryPackConfirmByTime(c ChallengeManagerClaim, path []ChallengeManagerUp) ([]byte, error) {
	return challengeManager.abi.Pack("confirmByTime", c, path)
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (challengeManager *ChallengeManager) PackCredit(arg0 common.Address) []byte {
	enc, err := challengeManager.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (challengeManager *ChallengeManager) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return challengeManager.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (challengeManager *ChallengeManager) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDissect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17d90b4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dissect((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, bytes32[] node) returns()
func (challengeManager *ChallengeManager) PackDissect(c ChallengeManagerClaim, node [][32]byte) []byte {
	enc, err := challengeManager.abi.Pack("dissect", c, node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDissect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17d90b4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dissect((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, bytes32[] node) returns()
func (challengeManager *ChallengeManager) TryPackDissect(c ChallengeManagerClaim, node [][32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("dissect", c, node)
}

// PackHeight0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4b7f761.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function height0() view returns(uint8)
func (challengeManager *ChallengeManager) PackHeight0() []byte {
	enc, err := challengeManager.abi.Pack("height0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeight0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4b7f761.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function height0() view returns(uint8)
func (challengeManager *ChallengeManager) TryPackHeight0() ([]byte, error) {
	return challengeManager.abi.Pack("height0")
}

// UnpackHeight0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4b7f761.
//
// Solidity: function height0() view returns(uint8)
func (challengeManager *ChallengeManager) UnpackHeight0(data []byte) (uint8, error) {
	out, err := challengeManager.abi.Unpack("height0", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackHeight1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b1a82a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function height1() view returns(uint8)
func (challengeManager *ChallengeManager) PackHeight1() []byte {
	enc, err := challengeManager.abi.Pack("height1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeight1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b1a82a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function height1() view returns(uint8)
func (challengeManager *ChallengeManager) TryPackHeight1() ([]byte, error) {
	return challengeManager.abi.Pack("height1")
}

// UnpackHeight1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41b1a82a.
//
// Solidity: function height1() view returns(uint8)
func (challengeManager *ChallengeManager) UnpackHeight1(data []byte) (uint8, error) {
	out, err := challengeManager.abi.Unpack("height1", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa285aed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function held() view returns(uint256)
func (challengeManager *ChallengeManager) PackHeld() []byte {
	enc, err := challengeManager.abi.Pack("held")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa285aed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function held() view returns(uint256)
func (challengeManager *ChallengeManager) TryPackHeld() ([]byte, error) {
	return challengeManager.abi.Pack("held")
}

// UnpackHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa285aed7.
//
// Solidity: function held() view returns(uint256)
func (challengeManager *ChallengeManager) UnpackHeld(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("held", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1486fb57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function idOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32)
func (challengeManager *ChallengeManager) PackIdOf(c ChallengeManagerClaim) []byte {
	enc, err := challengeManager.abi.Pack("idOf", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1486fb57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function idOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32)
func (challengeManager *ChallengeManager) TryPackIdOf(c ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("idOf", c)
}

// UnpackIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1486fb57.
//
// Solidity: function idOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32)
func (challengeManager *ChallengeManager) UnpackIdOf(data []byte) ([32]byte, error) {
	out, err := challengeManager.abi.Unpack("idOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function k() view returns(uint256)
func (challengeManager *ChallengeManager) PackK() []byte {
	enc, err := challengeManager.abi.Pack("k")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function k() view returns(uint256)
func (challengeManager *ChallengeManager) TryPackK() ([]byte, error) {
	return challengeManager.abi.Pack("k")
}

// UnpackK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f40c61.
//
// Solidity: function k() view returns(uint256)
func (challengeManager *ChallengeManager) UnpackK(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("k", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c60225.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machine() view returns(address)
func (challengeManager *ChallengeManager) PackMachine() []byte {
	enc, err := challengeManager.abi.Pack("machine")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c60225.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machine() view returns(address)
func (challengeManager *ChallengeManager) TryPackMachine() ([]byte, error) {
	return challengeManager.abi.Pack("machine")
}

// UnpackMachine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75c60225.
//
// Solidity: function machine() view returns(address)
func (challengeManager *ChallengeManager) UnpackMachine(data []byte) (common.Address, error) {
	out, err := challengeManager.abi.Unpack("machine", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMutualOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf426ca42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mutualOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32)
func (challengeManager *ChallengeManager) PackMutualOf(c ChallengeManagerClaim) []byte {
	enc, err := challengeManager.abi.Pack("mutualOf", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMutualOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf426ca42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mutualOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32)
func (challengeManager *ChallengeManager) TryPackMutualOf(c ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("mutualOf", c)
}

// UnpackMutualOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf426ca42.
//
// Solidity: function mutualOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32)
func (challengeManager *ChallengeManager) UnpackMutualOf(data []byte) ([32]byte, error) {
	out, err := challengeManager.abi.Unpack("mutualOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMutuals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb70791f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mutuals(bytes32 ) view returns(uint64 first0, uint64 first1, uint32 count)
func (challengeManager *ChallengeManager) PackMutuals(arg0 [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("mutuals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMutuals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb70791f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mutuals(bytes32 ) view returns(uint64 first0, uint64 first1, uint32 count)
func (challengeManager *ChallengeManager) TryPackMutuals(arg0 [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("mutuals", arg0)
}

// MutualsOutput serves as a container for the return parameters of contract
// method Mutuals.
type MutualsOutput struct {
	First0 uint64
	First1 uint64
	Count  uint32
}

// UnpackMutuals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb70791f.
//
// Solidity: function mutuals(bytes32 ) view returns(uint64 first0, uint64 first1, uint32 count)
func (challengeManager *ChallengeManager) UnpackMutuals(data []byte) (MutualsOutput, error) {
	out, err := challengeManager.abi.Unpack("mutuals", data)
	outstruct := new(MutualsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.First0 = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.First1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Count = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d0c75fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) parent, bytes32[] node, uint256 i) returns(bytes32 id)
func (challengeManager *ChallengeManager) PackOpen(parent ChallengeManagerClaim, node [][32]byte, i *big.Int) []byte {
	enc, err := challengeManager.abi.Pack("open", parent, node, i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d0c75fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) parent, bytes32[] node, uint256 i) returns(bytes32 id)
func (challengeManager *ChallengeManager) TryPackOpen(parent ChallengeManagerClaim, node [][32]byte, i *big.Int) ([]byte, error) {
	return challengeManager.abi.Pack("open", parent, node, i)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d0c75fe.
//
// Solidity: function open((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) parent, bytes32[] node, uint256 i) returns(bytes32 id)
func (challengeManager *ChallengeManager) UnpackOpen(data []byte) ([32]byte, error) {
	out, err := challengeManager.abi.Unpack("open", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4143e68c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openLevel((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) from, bytes endPreimage, bytes32 commit) payable returns(bytes32 id)
func (challengeManager *ChallengeManager) PackOpenLevel(from ChallengeManagerClaim, endPreimage []byte, commit [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("openLevel", from, endPreimage, commit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4143e68c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openLevel((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) from, bytes endPreimage, bytes32 commit) payable returns(bytes32 id)
func (challengeManager *ChallengeManager) TryPackOpenLevel(from ChallengeManagerClaim, endPreimage []byte, commit [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("openLevel", from, endPreimage, commit)
}

// UnpackOpenLevel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4143e68c.
//
// Solidity: function openLevel((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) from, bytes endPreimage, bytes32 commit) payable returns(bytes32 id)
func (challengeManager *ChallengeManager) UnpackOpenLevel(data []byte) ([32]byte, error) {
	out, err := challengeManager.abi.Unpack("openLevel", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1daf23ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveStep((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, bytes pre, bytes proof) returns()
func (challengeManager *ChallengeManager) PackProveStep(c ChallengeManagerClaim, pre []byte, proof []byte) []byte {
	enc, err := challengeManager.abi.Pack("proveStep", c, pre, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1daf23ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveStep((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c, bytes pre, bytes proof) returns()
func (challengeManager *ChallengeManager) TryPackProveStep(c ChallengeManagerClaim, pre []byte, proof []byte) ([]byte, error) {
	return challengeManager.abi.Pack("proveStep", c, pre, proof)
}

// PackReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7260d3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiver() view returns(address)
func (challengeManager *ChallengeManager) PackReceiver() []byte {
	enc, err := challengeManager.abi.Pack("receiver")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7260d3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiver() view returns(address)
func (challengeManager *ChallengeManager) TryPackReceiver() ([]byte, error) {
	return challengeManager.abi.Pack("receiver")
}

// UnpackReceiver is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7260d3e.
//
// Solidity: function receiver() view returns(address)
func (challengeManager *ChallengeManager) UnpackReceiver(data []byte) (common.Address, error) {
	out, err := challengeManager.abi.Unpack("receiver", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x228cb733.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reward() view returns(uint256)
func (challengeManager *ChallengeManager) PackReward() []byte {
	enc, err := challengeManager.abi.Pack("reward")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x228cb733.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reward() view returns(uint256)
func (challengeManager *ChallengeManager) TryPackReward() ([]byte, error) {
	return challengeManager.abi.Pack("reward")
}

// UnpackReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x228cb733.
//
// Solidity: function reward() view returns(uint256)
func (challengeManager *ChallengeManager) UnpackReward(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("reward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 id) returns()
func (challengeManager *ChallengeManager) PackSettle(id [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("settle", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 id) returns()
func (challengeManager *ChallengeManager) TryPackSettle(id [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("settle", id)
}

// PackStake0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162c0213.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake0() view returns(uint256)
func (challengeManager *ChallengeManager) PackStake0() []byte {
	enc, err := challengeManager.abi.Pack("stake0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162c0213.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake0() view returns(uint256)
func (challengeManager *ChallengeManager) TryPackStake0() ([]byte, error) {
	return challengeManager.abi.Pack("stake0")
}

// UnpackStake0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x162c0213.
//
// Solidity: function stake0() view returns(uint256)
func (challengeManager *ChallengeManager) UnpackStake0(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("stake0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b3d1c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake1() view returns(uint256)
func (challengeManager *ChallengeManager) PackStake1() []byte {
	enc, err := challengeManager.abi.Pack("stake1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b3d1c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake1() view returns(uint256)
func (challengeManager *ChallengeManager) TryPackStake1() ([]byte, error) {
	return challengeManager.abi.Pack("stake1")
}

// UnpackStake1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50b3d1c2.
//
// Solidity: function stake1() view returns(uint256)
func (challengeManager *ChallengeManager) UnpackStake1(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("stake1", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fee6407.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakes(bytes32 ) view returns(address staker, uint96 amount, bytes32 mutual)
func (challengeManager *ChallengeManager) PackStakes(arg0 [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("stakes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fee6407.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakes(bytes32 ) view returns(address staker, uint96 amount, bytes32 mutual)
func (challengeManager *ChallengeManager) TryPackStakes(arg0 [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("stakes", arg0)
}

// StakesOutput serves as a container for the return parameters of contract
// method Stakes.
type StakesOutput struct {
	Staker common.Address
	Amount *big.Int
	Mutual [32]byte
}

// UnpackStakes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fee6407.
//
// Solidity: function stakes(bytes32 ) view returns(address staker, uint96 amount, bytes32 mutual)
func (challengeManager *ChallengeManager) UnpackStakes(data []byte) (StakesOutput, error) {
	out, err := challengeManager.abi.Unpack("stakes", data)
	outstruct := new(StakesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Staker = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Mutual = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackUnrivaled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b83a6bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unrivaled((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) view returns(uint256)
func (challengeManager *ChallengeManager) PackUnrivaled(c ChallengeManagerClaim) []byte {
	enc, err := challengeManager.abi.Pack("unrivaled", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnrivaled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b83a6bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unrivaled((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) view returns(uint256)
func (challengeManager *ChallengeManager) TryPackUnrivaled(c ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("unrivaled", c)
}

// UnpackUnrivaled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b83a6bc.
//
// Solidity: function unrivaled((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) view returns(uint256)
func (challengeManager *ChallengeManager) UnpackUnrivaled(data []byte) (*big.Int, error) {
	out, err := challengeManager.abi.Unpack("unrivaled", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305b630c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winner(bytes32 ) view returns(bytes32)
func (challengeManager *ChallengeManager) PackWinner(arg0 [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("winner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305b630c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winner(bytes32 ) view returns(bytes32)
func (challengeManager *ChallengeManager) TryPackWinner(arg0 [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("winner", arg0)
}

// UnpackWinner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305b630c.
//
// Solidity: function winner(bytes32 ) view returns(bytes32)
func (challengeManager *ChallengeManager) UnpackWinner(data []byte) ([32]byte, error) {
	out, err := challengeManager.abi.Unpack("winner", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (challengeManager *ChallengeManager) PackWithdraw() []byte {
	enc, err := challengeManager.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (challengeManager *ChallengeManager) TryPackWithdraw() ([]byte, error) {
	return challengeManager.abi.Pack("withdraw")
}

// ChallengeManagerClaimConfirmed represents a ClaimConfirmed event raised by the ChallengeManager contract.
type ChallengeManagerClaimConfirmed struct {
	Id     [32]byte
	Mutual [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ChallengeManagerClaimConfirmedEventName = "ClaimConfirmed"

// ContractEventName returns the user-defined event name.
func (ChallengeManagerClaimConfirmed) ContractEventName() string {
	return ChallengeManagerClaimConfirmedEventName
}

// UnpackClaimConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimConfirmed(bytes32 indexed id, bytes32 indexed mutual)
func (challengeManager *ChallengeManager) UnpackClaimConfirmedEvent(log *types.Log) (*ChallengeManagerClaimConfirmed, error) {
	event := "ClaimConfirmed"
	if len(log.Topics) == 0 || log.Topics[0] != challengeManager.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ChallengeManagerClaimConfirmed)
	if len(log.Data) > 0 {
		if err := challengeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeManager.abi.Events[event].Inputs {
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

// ChallengeManagerClaimMade represents a ClaimMade event raised by the ChallengeManager contract.
type ChallengeManagerClaimMade struct {
	Id      [32]byte
	Mutual  [32]byte
	Claim   ChallengeManagerClaim
	Created uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ChallengeManagerClaimMadeEventName = "ClaimMade"

// ContractEventName returns the user-defined event name.
func (ChallengeManagerClaimMade) ContractEventName() string {
	return ChallengeManagerClaimMadeEventName
}

// UnpackClaimMadeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimMade(bytes32 indexed id, bytes32 indexed mutual, (uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) claim, uint64 created)
func (challengeManager *ChallengeManager) UnpackClaimMadeEvent(log *types.Log) (*ChallengeManagerClaimMade, error) {
	event := "ClaimMade"
	if len(log.Topics) == 0 || log.Topics[0] != challengeManager.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ChallengeManagerClaimMade)
	if len(log.Data) > 0 {
		if err := challengeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeManager.abi.Events[event].Inputs {
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

// ChallengeManagerClaimRefuted represents a ClaimRefuted event raised by the ChallengeManager contract.
type ChallengeManagerClaimRefuted struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const ChallengeManagerClaimRefutedEventName = "ClaimRefuted"

// ContractEventName returns the user-defined event name.
func (ChallengeManagerClaimRefuted) ContractEventName() string {
	return ChallengeManagerClaimRefutedEventName
}

// UnpackClaimRefutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimRefuted(bytes32 indexed id)
func (challengeManager *ChallengeManager) UnpackClaimRefutedEvent(log *types.Log) (*ChallengeManagerClaimRefuted, error) {
	event := "ClaimRefuted"
	if len(log.Topics) == 0 || log.Topics[0] != challengeManager.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ChallengeManagerClaimRefuted)
	if len(log.Data) > 0 {
		if err := challengeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeManager.abi.Events[event].Inputs {
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

// ChallengeManagerDissected represents a Dissected event raised by the ChallengeManager contract.
type ChallengeManagerDissected struct {
	Id   [32]byte
	Node [][32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const ChallengeManagerDissectedEventName = "Dissected"

// ContractEventName returns the user-defined event name.
func (ChallengeManagerDissected) ContractEventName() string {
	return ChallengeManagerDissectedEventName
}

// UnpackDissectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Dissected(bytes32 indexed id, bytes32[] node)
func (challengeManager *ChallengeManager) UnpackDissectedEvent(log *types.Log) (*ChallengeManagerDissected, error) {
	event := "Dissected"
	if len(log.Topics) == 0 || log.Topics[0] != challengeManager.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ChallengeManagerDissected)
	if len(log.Data) > 0 {
		if err := challengeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeManager.abi.Events[event].Inputs {
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
func (challengeManager *ChallengeManager) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["BadClaim"].ID.Bytes()[:4]) {
		return challengeManager.UnpackBadClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["BadLink"].ID.Bytes()[:4]) {
		return challengeManager.UnpackBadLinkError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["BadNode"].ID.Bytes()[:4]) {
		return challengeManager.UnpackBadNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["ChildPending"].ID.Bytes()[:4]) {
		return challengeManager.UnpackChildPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["ClaimExists"].ID.Bytes()[:4]) {
		return challengeManager.UnpackClaimExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["Decided"].ID.Bytes()[:4]) {
		return challengeManager.UnpackDecidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["LevelNotOpened"].ID.Bytes()[:4]) {
		return challengeManager.UnpackLevelNotOpenedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NotChild"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNotChildError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NotDissected"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNotDissectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NotRivaled"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNotRivaledError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["OneStep"].ID.Bytes()[:4]) {
		return challengeManager.UnpackOneStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["Refuted"].ID.Bytes()[:4]) {
		return challengeManager.UnpackRefutedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return challengeManager.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return challengeManager.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["Undecided"].ID.Bytes()[:4]) {
		return challengeManager.UnpackUndecidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["UnknownClaim"].ID.Bytes()[:4]) {
		return challengeManager.UnpackUnknownClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["WrongLevel"].ID.Bytes()[:4]) {
		return challengeManager.UnpackWrongLevelError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["WrongPreState"].ID.Bytes()[:4]) {
		return challengeManager.UnpackWrongPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["WrongStake"].ID.Bytes()[:4]) {
		return challengeManager.UnpackWrongStakeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ChallengeManagerBadClaim represents a BadClaim error raised by the ChallengeManager contract.
type ChallengeManagerBadClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClaim()
func ChallengeManagerBadClaimErrorID() common.Hash {
	return common.HexToHash("0x0b3524f48a7a52439bde3b9b2e5014fa77c8ec4f95298b29c2cad318fd114d61")
}

// UnpackBadClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClaim()
func (challengeManager *ChallengeManager) UnpackBadClaimError(raw []byte) (*ChallengeManagerBadClaim, error) {
	out := new(ChallengeManagerBadClaim)
	if err := challengeManager.abi.UnpackIntoInterface(out, "BadClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerBadLink represents a BadLink error raised by the ChallengeManager contract.
type ChallengeManagerBadLink struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLink()
func ChallengeManagerBadLinkErrorID() common.Hash {
	return common.HexToHash("0x6cf71335772ff81df2734ddbc7c3857fd542276ceac3ae63e452674ad9738ebd")
}

// UnpackBadLinkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLink()
func (challengeManager *ChallengeManager) UnpackBadLinkError(raw []byte) (*ChallengeManagerBadLink, error) {
	out := new(ChallengeManagerBadLink)
	if err := challengeManager.abi.UnpackIntoInterface(out, "BadLink", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerBadNode represents a BadNode error raised by the ChallengeManager contract.
type ChallengeManagerBadNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNode()
func ChallengeManagerBadNodeErrorID() common.Hash {
	return common.HexToHash("0x2dd818084cfaf7af476058511a91533575c2222c8aec61b38e6fa5e1338c7ce1")
}

// UnpackBadNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNode()
func (challengeManager *ChallengeManager) UnpackBadNodeError(raw []byte) (*ChallengeManagerBadNode, error) {
	out := new(ChallengeManagerBadNode)
	if err := challengeManager.abi.UnpackIntoInterface(out, "BadNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerChildPending represents a ChildPending error raised by the ChallengeManager contract.
type ChallengeManagerChildPending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChildPending(uint256 index)
func ChallengeManagerChildPendingErrorID() common.Hash {
	return common.HexToHash("0x4894873b37f1045c7de8837845a8e6efe7e939c9c43c4fdd084edd0a51badd59")
}

// UnpackChildPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChildPending(uint256 index)
func (challengeManager *ChallengeManager) UnpackChildPendingError(raw []byte) (*ChallengeManagerChildPending, error) {
	out := new(ChallengeManagerChildPending)
	if err := challengeManager.abi.UnpackIntoInterface(out, "ChildPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerClaimExists represents a ClaimExists error raised by the ChallengeManager contract.
type ChallengeManagerClaimExists struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimExists(bytes32 id)
func ChallengeManagerClaimExistsErrorID() common.Hash {
	return common.HexToHash("0xe0b2f38a6fac06aad344072ad8341b6dce7e68ea93d54f957017a5c257fb4737")
}

// UnpackClaimExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimExists(bytes32 id)
func (challengeManager *ChallengeManager) UnpackClaimExistsError(raw []byte) (*ChallengeManagerClaimExists, error) {
	out := new(ChallengeManagerClaimExists)
	if err := challengeManager.abi.UnpackIntoInterface(out, "ClaimExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerDecided represents a Decided error raised by the ChallengeManager contract.
type ChallengeManagerDecided struct {
	Mutual [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Decided(bytes32 mutual)
func ChallengeManagerDecidedErrorID() common.Hash {
	return common.HexToHash("0x3c064832390cf271da84503c2d1088f7f9a80317bfa8f93df455003600667757")
}

// UnpackDecidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Decided(bytes32 mutual)
func (challengeManager *ChallengeManager) UnpackDecidedError(raw []byte) (*ChallengeManagerDecided, error) {
	out := new(ChallengeManagerDecided)
	if err := challengeManager.abi.UnpackIntoInterface(out, "Decided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerLevelNotOpened represents a LevelNotOpened error raised by the ChallengeManager contract.
type ChallengeManagerLevelNotOpened struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LevelNotOpened()
func ChallengeManagerLevelNotOpenedErrorID() common.Hash {
	return common.HexToHash("0xe8379a903049839b9c146481ed2c79d3aedfa7462017a81e812801fbc112c346")
}

// UnpackLevelNotOpenedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LevelNotOpened()
func (challengeManager *ChallengeManager) UnpackLevelNotOpenedError(raw []byte) (*ChallengeManagerLevelNotOpened, error) {
	out := new(ChallengeManagerLevelNotOpened)
	if err := challengeManager.abi.UnpackIntoInterface(out, "LevelNotOpened", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerNoStake represents a NoStake error raised by the ChallengeManager contract.
type ChallengeManagerNoStake struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake(bytes32 id)
func ChallengeManagerNoStakeErrorID() common.Hash {
	return common.HexToHash("0x4414d8c2dc1f09df4c2cf9a98ff5c7dfd2cf3ffa0509d3f9ded38d157f351256")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake(bytes32 id)
func (challengeManager *ChallengeManager) UnpackNoStakeError(raw []byte) (*ChallengeManagerNoStake, error) {
	out := new(ChallengeManagerNoStake)
	if err := challengeManager.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerNotChild represents a NotChild error raised by the ChallengeManager contract.
type ChallengeManagerNotChild struct {
	Step *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChild(uint256 step)
func ChallengeManagerNotChildErrorID() common.Hash {
	return common.HexToHash("0x05efdcc4169be6e32d66567f06c941f06e2427487788b9f01766579c96a6affc")
}

// UnpackNotChildError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChild(uint256 step)
func (challengeManager *ChallengeManager) UnpackNotChildError(raw []byte) (*ChallengeManagerNotChild, error) {
	out := new(ChallengeManagerNotChild)
	if err := challengeManager.abi.UnpackIntoInterface(out, "NotChild", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerNotDissected represents a NotDissected error raised by the ChallengeManager contract.
type ChallengeManagerNotDissected struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDissected(bytes32 id)
func ChallengeManagerNotDissectedErrorID() common.Hash {
	return common.HexToHash("0xb38e7474b90b927ab97cbeeaaa8922686316e18c070c71a1821ec31eae910b8f")
}

// UnpackNotDissectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDissected(bytes32 id)
func (challengeManager *ChallengeManager) UnpackNotDissectedError(raw []byte) (*ChallengeManagerNotDissected, error) {
	out := new(ChallengeManagerNotDissected)
	if err := challengeManager.abi.UnpackIntoInterface(out, "NotDissected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerNotRivaled represents a NotRivaled error raised by the ChallengeManager contract.
type ChallengeManagerNotRivaled struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRivaled(bytes32 id)
func ChallengeManagerNotRivaledErrorID() common.Hash {
	return common.HexToHash("0xd1d4dc11c9d500ce9c7b5f8f8c0e8bcdac02fad035885097a910438279485cd5")
}

// UnpackNotRivaledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRivaled(bytes32 id)
func (challengeManager *ChallengeManager) UnpackNotRivaledError(raw []byte) (*ChallengeManagerNotRivaled, error) {
	out := new(ChallengeManagerNotRivaled)
	if err := challengeManager.abi.UnpackIntoInterface(out, "NotRivaled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerOneStep represents a OneStep error raised by the ChallengeManager contract.
type ChallengeManagerOneStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OneStep()
func ChallengeManagerOneStepErrorID() common.Hash {
	return common.HexToHash("0x25ad7f2ed9cc0539b92e775d6e3bca7d8865f765177b46a70548c51179285346")
}

// UnpackOneStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OneStep()
func (challengeManager *ChallengeManager) UnpackOneStepError(raw []byte) (*ChallengeManagerOneStep, error) {
	out := new(ChallengeManagerOneStep)
	if err := challengeManager.abi.UnpackIntoInterface(out, "OneStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerRefuted represents a Refuted error raised by the ChallengeManager contract.
type ChallengeManagerRefuted struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Refuted(bytes32 id)
func ChallengeManagerRefutedErrorID() common.Hash {
	return common.HexToHash("0x84317b609a71785724c354ecf9b3fe61fdc669e27beead7c5318e8add24d7506")
}

// UnpackRefutedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Refuted(bytes32 id)
func (challengeManager *ChallengeManager) UnpackRefutedError(raw []byte) (*ChallengeManagerRefuted, error) {
	out := new(ChallengeManagerRefuted)
	if err := challengeManager.abi.UnpackIntoInterface(out, "Refuted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerTooEarly represents a TooEarly error raised by the ChallengeManager contract.
type ChallengeManagerTooEarly struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint256 have, uint256 need)
func ChallengeManagerTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xe58369d1bf8fa4cf500d8cc0c220f6a0845d3ec0e42895d7d9bdf831b8642795")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint256 have, uint256 need)
func (challengeManager *ChallengeManager) UnpackTooEarlyError(raw []byte) (*ChallengeManagerTooEarly, error) {
	out := new(ChallengeManagerTooEarly)
	if err := challengeManager.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerTransferFailed represents a TransferFailed error raised by the ChallengeManager contract.
type ChallengeManagerTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func ChallengeManagerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (challengeManager *ChallengeManager) UnpackTransferFailedError(raw []byte) (*ChallengeManagerTransferFailed, error) {
	out := new(ChallengeManagerTransferFailed)
	if err := challengeManager.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerUndecided represents a Undecided error raised by the ChallengeManager contract.
type ChallengeManagerUndecided struct {
	Mutual [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Undecided(bytes32 mutual)
func ChallengeManagerUndecidedErrorID() common.Hash {
	return common.HexToHash("0xf35892c9d009f33330b31671126f9bdac13a8a05fd93067653712793bf4b6577")
}

// UnpackUndecidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Undecided(bytes32 mutual)
func (challengeManager *ChallengeManager) UnpackUndecidedError(raw []byte) (*ChallengeManagerUndecided, error) {
	out := new(ChallengeManagerUndecided)
	if err := challengeManager.abi.UnpackIntoInterface(out, "Undecided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerUnknownClaim represents a UnknownClaim error raised by the ChallengeManager contract.
type ChallengeManagerUnknownClaim struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClaim(bytes32 id)
func ChallengeManagerUnknownClaimErrorID() common.Hash {
	return common.HexToHash("0xb724c9ee2c48cd4a772250d4797b5efcee1bd43ba2cd2a14207ec97233de3266")
}

// UnpackUnknownClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClaim(bytes32 id)
func (challengeManager *ChallengeManager) UnpackUnknownClaimError(raw []byte) (*ChallengeManagerUnknownClaim, error) {
	out := new(ChallengeManagerUnknownClaim)
	if err := challengeManager.abi.UnpackIntoInterface(out, "UnknownClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerWrongLevel represents a WrongLevel error raised by the ChallengeManager contract.
type ChallengeManagerWrongLevel struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLevel()
func ChallengeManagerWrongLevelErrorID() common.Hash {
	return common.HexToHash("0xf204754829c0af76845c691957b7f2c6f7e6219867f5f1d76b86fecbd8dc5a90")
}

// UnpackWrongLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLevel()
func (challengeManager *ChallengeManager) UnpackWrongLevelError(raw []byte) (*ChallengeManagerWrongLevel, error) {
	out := new(ChallengeManagerWrongLevel)
	if err := challengeManager.abi.UnpackIntoInterface(out, "WrongLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerWrongPreState represents a WrongPreState error raised by the ChallengeManager contract.
type ChallengeManagerWrongPreState struct {
	Pre   [32]byte
	Start [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPreState(bytes32 pre, bytes32 start)
func ChallengeManagerWrongPreStateErrorID() common.Hash {
	return common.HexToHash("0x9ef7a34dfd28d0bf6415c1bc64efaaba0ffe57c18f50f289effd5ba7d845048d")
}

// UnpackWrongPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPreState(bytes32 pre, bytes32 start)
func (challengeManager *ChallengeManager) UnpackWrongPreStateError(raw []byte) (*ChallengeManagerWrongPreState, error) {
	out := new(ChallengeManagerWrongPreState)
	if err := challengeManager.abi.UnpackIntoInterface(out, "WrongPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeManagerWrongStake represents a WrongStake error raised by the ChallengeManager contract.
type ChallengeManagerWrongStake struct {
	Sent *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStake(uint256 sent, uint256 want)
func ChallengeManagerWrongStakeErrorID() common.Hash {
	return common.HexToHash("0x8e7704c01503253b18d05f4dd24bf2da873034fdba623da5da78d03b4cb6aa01")
}

// UnpackWrongStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStake(uint256 sent, uint256 want)
func (challengeManager *ChallengeManager) UnpackWrongStakeError(raw []byte) (*ChallengeManagerWrongStake, error) {
	out := new(ChallengeManagerWrongStake)
	if err := challengeManager.abi.UnpackIntoInterface(out, "WrongStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}
