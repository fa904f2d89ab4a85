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

// ChallengeManagerConf is an auto generated low-level Go binding around an user-defined struct.
type ChallengeManagerConf struct {
	By    uint8
	C     ChallengeManagerClaim
	Node  [][32]byte
	Path  []ChallengeManagerUp
	Lower ChallengeManagerClaim
}

// ChallengeManagerUp is an auto generated low-level Go binding around an user-defined struct.
type ChallengeManagerUp struct {
	Parent ChallengeManagerClaim
	Node   [][32]byte
	Index  *big.Int
}

// ChallengeManagerMetaData contains all meta data concerning the ChallengeManager contract.
var ChallengeManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k_\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"height0_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"height1_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake0_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake1_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeMachine\",\"name\":\"machine_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLink\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChildPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"batches\",\"type\":\"uint256\"}],\"name\":\"Covered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Decided\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LevelNotOpened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"NotChild\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotDissected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPadding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotRivaled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRollup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OneStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Padding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Refuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Undecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"}],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongStake\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"ClaimConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structChallengeManager.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"}],\"name\":\"ClaimMade\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimRefuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"Dissected\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"own\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"ownNode\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"rival\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"rivalNode\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"childNode\",\"type\":\"bytes32[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"assertClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dissectAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"dissected\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"by\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"internalType\":\"structChallengeManager.Conf[]\",\"name\":\"cs\",\"type\":\"tuple[]\"}],\"name\":\"confirmAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByChildren\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"name\":\"confirmByLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"confirmPadding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"cover\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"coveredPlusOne\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"dissect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height0\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height1\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"idOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"machine\",\"outputs\":[{\"internalType\":\"contractIDisputeMachine\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"mutualOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"mutuals\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first0\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"first1\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"from\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"name\":\"openLevel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake0\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"unrivaled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ChallengeManager",
	Bin: "0x6101c03461025a57601f61354838819003918201601f19168301916001600160401b0383118484101761025e578084926101409460405283398101031261025a5780519061004f60208201610272565b9161005c60408301610272565b60608301516001600160401b03811694919085810361025a5760808501519060a08601519260c08701519461009360e08901610280565b610100890151989097906001600160a01b038a168a0361025a576101206100ba9101610280565b996002821090811561024e575b8115610242575b8115610239575b5061022a5760805260a05260c05260e05261010052610120526101405261016052610180526101a0526040516132b3908161029582396080518181816104a00152818161088f01528181610b77015281816115c501528181612158015281816122aa01528181612c0301528181612f8a015281816130050152818161306d0152613158015260a051818181610bb30152818161143d01526115a3015260c05181818161073501528181610db601528181610f6a015281816116fa0152613255015260e05181818161026d015281816104ca015281816108b90152612a96015261010051818181611328015261149b015261012051818181610d7a0152610ef80152610140518181816112220152611bb40152610160518181816101fb0152611c19015261018051818181610c8201528181610eb7015281816119f401526123c901526101a05181818161033e0152611ddd0152f35b6302cd493d60e21b5f5260045ffd5b9050155f6100d5565b60ff85161591506100ce565b60ff84161591506100c7565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519060ff8216820361025a57565b51906001600160a01b038216820361025a5756fe60806040526004361015610011575f80fd5b5f3560e01c80624b4d48146115f05780630b75233c146114e45780631486fb57146114be578063162c02131461148457806317c44b76146112e457806317d90b4d146112ac5780631daf23ab14611245578063228cb7331461120b5780632b83a6bc1461119e578063305b630c146111745780633ccfd60b146110dc5780633d0c75fe146110895780633f1bf3d1146110565780634143e68c14610dda57806341b1a82a14610d9d57806350b3d1c214610d6357806353e1a46014610cb157806375c6022514610c6d5780637aeee84814610c565780638fee640714610c10578063987757dd14610bf4578063a285aed714610bd7578063a4b7f76114610b9a578063b4f40c6114610b60578063b6244e1b146109cb578063bd5b2de3146107c8578063c8f84fd51461036d578063cb23bcb514610329578063d5d44d80146102ed578063eff0f59214610291578063f3f480d91461024e578063f426ca421461022a578063f7260d3e146101e65763fb70791f1461018e575f80fd5b346101e25760203660031901126101e2576004355f526001602052606060405f205463ffffffff604051916001600160401b03811683526001600160401b038160401c16602084015260801c166040820152f35b5f80fd5b346101e2575f3660031901126101e2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101e2576101003660031901126101e2576020610246611d37565b604051908152f35b346101e2575f3660031901126101e25760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101e25760203660031901126101e2576004355f525f602052608060405f205460ff604051916001600160401b03811683526001600160401b038160401c1660208401528181851c16604084015260881c1615156060820152f35b346101e25760203660031901126101e2576004356001600160a01b038116908190036101e2575f526004602052602060405f2054604051908152f35b346101e2575f3660031901126101e2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101e25760203660031901126101e2576004356001600160401b0381116101e25761039d903690600401611754565b80156107b757903681900361025e1901905f5b838110156107c6578060051b820135838112156101e257820160ff6103d4826118b1565b166103ff57906103f96020836103f06101406001960182611cb6565b92909101612a12565b016103b0565b600160ff61040c836118b1565b160361060c578060206104369201610428610120830183611cb6565b939092610140810190611cb6565b93909261044283611e6b565b959094865f525f60205260405f209485549260ff8460801c16156105f95760ff8460881c16156105e657610477898989611fcb565b6104998686610488606086016118b1565b60c08601359060e087013590612b68565b5f19925f967f0000000000000000000000000000000000000000000000000000000000000000966001600160401b037f000000000000000000000000000000000000000000000000000000000000000016985b88811061051057505050505050505050509161050b916001949361202a565b6103f9565b61052461051f8285858a612bf4565b612439565b5f525f60205260ff60405f205460801c16806105d557505f52600160205263ffffffff60405f205460801c166105c3578b8d895f198a1461058b575b505050898710610574576001905b016104ec565b898763e58369d160e01b5f5260045260245260445ffd5b6105ba939950866105b4926105ad6001600160401b038b9460401c1643611b14565b948b612e47565b90611b21565b958b8d89610560565b634894873b60e01b5f5260045260245ffd5b60029150036105c35760019061056e565b88632ce39d1d60e21b5f5260045260245ffd5b88635b9264f760e11b5f5260045260245ffd5b90600260ff61061a846118b1565b16036107b7576101608201916020810161063381611e6b565b919094825f525f60205260405f209360ff855460801c16156107a45761065882611e6b565b809491505f525f60205260ff60405f205460801c1693841561079257509060ff61068289936118b1565b161592831593610779575b831561075f575b508215610721575b8215610701575b82156106f1575b50506106e2576002906106be838786611fcb565b036106cf5760019361050b9261202a565b634894873b60e01b5f525f60045260245ffd5b630e8379a960e41b5f5260045ffd5b610180013514159050858a6106aa565b91506001600160401b036107186101a084016118bf565b161515916106a3565b91506107306101c083016118b1565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614159161069c565b600191935061076f60ff916118b1565b161415918b610694565b925060ff610789608083016118b1565b1615159261068d565b635b9264f760e11b5f5260045260245ffd5b83635b9264f760e11b5f5260045260245ffd5b6302cd493d60e21b5f5260045ffd5b005b346101e257366003190161014081126101e257610100136101e257610104356001600160401b0381116101e257610803903690600401611754565b610124356001600160401b0381116101e257610823903690600401611754565b9061082e6004611e6b565b939092845f525f60205260405f209283549160ff8360801c16156109b85760ff8360881c16156109a557610863878787611fcb565b60643560ff811681036101e257848982610888939b979b5060c4359060e43590612b68565b5f19915f987f0000000000000000000000000000000000000000000000000000000000000000956001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169a5b8781106108ed576107c68b8b8b61202a565b6108fd61051f8285856004612bf4565b5f525f60205260ff60405f205460801c168061099457505f52600160205263ffffffff60405f205460801c166105c357898b5f198814610962575b50508b861061094b576001905b016108db565b8b8663e58369d160e01b5f5260045260245260445ffd5b61098c92975086866105b4926109846001600160401b038d60401c1643611b14565b946004612e47565b94898b610938565b60029150036105c357600190610945565b86632ce39d1d60e21b5f5260045260245ffd5b86635b9264f760e11b5f5260045260245ffd5b346101e257366003190161028081126101e257610100136101e257610104356001600160401b0381116101e257610a06903690600401611754565b90610100366101231901126101e257610224356001600160401b0381116101e257610a35903690600401611754565b926102443590610264356001600160401b0381116101e257610a5b903690600401611754565b949095610a66611e34565b90815f525f60205260ff60405f205460801c1615610b4d57610a89610124611d8f565b60408051602081018381526101e43592820192909252610204356060820152610abf81608081015b03601f19810183528261190a565b51902091825f525f60205260ff60405f205460801c1615610b3a571491821592610b30575b50506107b75783610af891610aff9661225c565b505061210b565b929082610b0857005b83610b156107c695612439565b509160ff6060830151169060c060e084015193015193611ece565b1490508880610ae4565b82635b9264f760e11b5f5260045260245ffd5b50635b9264f760e11b5f5260045260245ffd5b346101e2575f3660031901126101e25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101e2575f3660031901126101e257602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101e2575f3660031901126101e2576020600554604051908152f35b346101e25760203660031901126101e2576107c6600435611b2e565b346101e25760203660031901126101e2576004355f526003602052606060405f20600181549101546040519160018060a01b038116835260a01c60208301526040820152f35b346101e2576107c6610c6736611784565b91612a12565b346101e2575f3660031901126101e2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101e2576101003660031901126101e257610ccb611e34565b805f525f60205260405f209160ff835460801c1615610b4d5760ff610cee611891565b1615801590610d50575b610d4157610d07828285611fcb565b610d0f612301565b158015610d33575b610d24576107c69261202a565b6312c7dd9b60e11b5f5260045ffd5b5060a43560c4351415610d17565b631e408ea960e31b5f5260045ffd5b5060ff610d5b6118a1565b161515610cf8565b346101e2575f3660031901126101e25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101e2575f3660031901126101e257602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b366003190161014081126101e257610100136101e257610104356001600160401b0381116101e257610e109036906004016117c1565b6101243591610e1d611e34565b805f949294525f60205260405f2060ff815460801c1615610b4d5760ff610e42611891565b1615801590611043575b610d41578185610e5b92611fcb565b835f526001602052600263ffffffff60405f205460801c16106110315750610e81612301565b61102257610e8e9161239a565b60c493919335036110135760405163b6ada9f560e01b815260a4356004820152926020846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa938415611008575f94610fd4575b5081156107b7577f000000000000000000000000000000000000000000000000000000000000000093843403610fbd57916102469391602095936040518781019085825282604082015260408152610f4860608261190a565b51902060405194610f58866118d3565b60018652888601525f604086015260ff7f0000000000000000000000000000000000000000000000000000000000000000166060860152608085015260a084015260c083015260e0820152610fac81612439565b906001600160401b03431692612719565b84630239dc1360e61b5f523460045260245260445ffd5b9093506020813d602011611000575b81610ff06020938361190a565b810103126101e257519284610eef565b3d9150610fe3565b6040513d5f823e3d90fd5b636cf7133560e01b5f5260045ffd5b632424abe360e11b5f5260045ffd5b63d1d4dc1160e01b5f5260045260245ffd5b5060ff61104e6118a1565b161515610e4c565b346101e25760203660031901126101e2576004355f52600660205260206001600160401b0360405f205416604051908152f35b346101e257366003190161014081126101e257610100136101e257610104356001600160401b0381116101e2576110d36110c96020923690600401611754565b610124359161210b565b50604051908152f35b346101e2575f3660031901126101e257335f5260046020525f80808060408120543382526004602052816040812055335af13d1561116f573d6001600160401b03811161115b576040519061113b601f8201601f19166020018361190a565b81525f60203d92013e5b1561114c57005b6312171d8360e31b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b611145565b346101e25760203660031901126101e2576004355f526002602052602060405f2054604051908152f35b346101e2576101003660031901126101e2576111b8611d37565b6111c0611e34565b90505f525f60205260405f205460ff8160801c16156111ef576020916001600160401b03610246921690612074565b6111f7611e34565b9050635b9264f760e11b5f5260045260245ffd5b346101e2575f3660031901126101e25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101e257366003190161014081126101e257610100136101e257610104356001600160401b0381116101e2576112809036906004016117c1565b61012435916001600160401b0383116101e2576112a46107c69336906004016117c1565b929091611961565b346101e2576107c66112bd36611784565b916112c781611e6b565b6112d3606084016118b1565b9060e060c085013594013592611ece565b6101003660031901126101e2576112f9611ddb565b60ff611303611891565b1615801590611466575b801561142f575b80156113fd575b80156113f3575b6107b7577f00000000000000000000000000000000000000000000000000000000000000008034036113dd57611356611e34565b9091604051611364816118d3565b60043560ff811681036101e257815260243560208201526044356001600160401b03811681036101e25760408201526064359260ff841684036101e257602094610246946060840152608435608084015260a43560a084015260c43560c084015260e43560e08401526001600160401b03431692612719565b630239dc1360e61b5f523460045260245260445ffd5b5060e43515611322565b506040516020810190602435825260a43560408201526040815261142260608261190a565b519020608435141561131b565b506114386118a1565b60ff807f00000000000000000000000000000000000000000000000000000000000000001691161415611314565b506044356001600160401b038116908181036101e25750151561130d565b346101e2575f3660031901126101e25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101e2576101003660031901126101e25760206114da611e34565b9050604051908152f35b346101e25760403660031901126101e2576004356024356001600160401b0381168091036101e257611514611ddb565b815f5260066020526001600160401b0360405f2054161580159061159b575b61158557600101906001600160401b038211611571575f5260066020526001600160401b0360405f2091166001600160401b03198254161790555f80f35b634e487b7160e01b5f52601160045260245ffd5b90637ebbd33560e01b5f5260045260245260445ffd5b506115e960ff7f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000006117ee565b8111611533565b346101e257366003190161020081126101e257610100136101e257610100366101031901126101e2576116236004611e6b565b805f525f60205260405f209160ff835460801c1615610b4d57611647610104611e6b565b8091505f525f60205260ff60405f205460801c16908115610792575060043560ff8116908181036101e257501580159061173c575b8015611721575b80156116e4575b80156116c5575b80156116b8575b6106e2576002906116aa848487611fcb565b036106cf576107c69261202a565b5081610124351415611698565b50610144356001600160401b038116908181036101e257501515611691565b506101643560ff8116908181036101e2575060ff7f000000000000000000000000000000000000000000000000000000000000000016141561168a565b506101043560ff81168082036101e257600191501415611683565b5060643560ff8116908181036101e25750151561167c565b9181601f840112156101e2578235916001600160401b0383116101e2576020808501948460051b0101116101e257565b90600319820161012081126101e257610100136101e25760049161010435906001600160401b0382116101e2576117bd91600401611754565b9091565b9181601f840112156101e2578235916001600160401b0383116101e257602083818601950101116101e257565b90801561188a57811561188457818060011461187c5760021461186b5760208110610133831016604e8210600b84101617611866576001905b6001811161183e5750815f19048111611571570290565b91805f19048111611571576001831661185d575b80029160011c611827565b80910290611852565b900a90565b905060ff8111611571576001901b90565b505050600190565b50505f90565b5050600190565b60043560ff811681036101e25790565b60643560ff811681036101e25790565b3560ff811681036101e25790565b356001600160401b03811681036101e25790565b61010081019081106001600160401b0382111761115b57604052565b608081019081106001600160401b0382111761115b57604052565b90601f801991011681019081106001600160401b0382111761115b57604052565b91908260409103126101e2576020825192015190565b908060209392818452848401375f828201840152601f01601f1916010190565b909261196d6004611e6b565b939092845f525f60205260405f209560ff875460801c1615611b015760043560ff81168082036101e25760011480159150611ae9575b610d41576119f06040936119de956119bc89898c611fcb565b8551637c7065cb60e11b81526004810187905296879586956044870191611941565b84810360031901602486015291611941565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa805f925f92611ab5575b50611a4657639ef7a34d60e01b5f525f60045260a43560245260445ffd5b9060a43590818103611aa057505060c43503611a6757611a659261202a565b565b50815460ff60801b1916600360801b179091557f540711e487a54cbcaf102e9e88f2fdf723274e0428bb1b4345b7525b7329a6b95f80a2565b639ef7a34d60e01b5f5260045260245260445ffd5b909250611ada915060403d604011611ae2575b611ad2818361190a565b81019061192b565b90915f611a28565b503d611ac8565b5060643560ff8116908181036101e2575015156119a3565b85635b9264f760e11b5f5260045260245ffd5b9190820391821161157157565b9190820180921161157157565b805f525f60205260ff60405f205460801c1615610792575f8181526003602052604090208054906001600160a01b03821615611ca357600181015491825f52600260205260405f2054928315611c91575060a01c928315611c7f5781546001600160a01b03168255600554611ba4908590611b14565b6005558214611c595750611c10917f000000000000000000000000000000000000000000000000000000000000000080821015611c53575080915b5f52600360205260018060a01b0360405f2054165f52600460205260405f20611c09838254611b21565b9055611b14565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f526004602052611c4f60405f20918254611b21565b9055565b91611bdf565b546001600160a01b03165f90815260046020526040902080549092611c4f925090611b21565b63220a6c6160e11b5f5260045260245ffd5b63f35892c960e01b5f5260045260245ffd5b8263220a6c6160e11b5f5260045260245ffd5b903590601e19813603018212156101e257018035906001600160401b0382116101e257602001918160051b360383136101e257565b94929091606a96949260ff60f81b9060f81b16865260018601526001600160401b0360c01b9060c01b16602185015260ff60f81b9060f81b166029840152602a830152604a8201520190565b60043560ff811681036101e2576044356001600160401b03811681036101e2576064359160ff831683036101e257611d8990610ab1604051938492602084019660a4359260843592602435908a611ceb565b51902090565b611d98816118b1565b90611d89611da8604083016118bf565b92610ab1611db8606085016118b1565b91604051948593602085019760a08301359360206080850135940135908a611ceb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168015159081611e29575b50611e1657565b638fe3dc5360e01b5f523360045260245ffd5b90503314155f611e0f565b611e3e6004611d8f565b906040516020810190611d8981610ab160e43560c435888791606093918352602083015260408201520190565b90611e7582611d8f565b91604051611d8981610ab1602082019460c060e0820135910135888791606093918352602083015260408201520190565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b90959493929192865f525f60205260405f209283549460ff8660801c16156105f957611efd9288928892612b68565b611f08868284611fcb565b5f526001602052600263ffffffff60405f205460801c1610611fb85760ff8260881c1615611f38575b5050505050565b60ff60881b19909116600160881b178155611f5d90436001600160401b031690611ea6565b60405160208082528101839052906001600160fb1b0383116101e257816040917f1e2ba59f66321f2694ff1960794c0430dc039e8fd64d84ab9bc93fedc81a44729460051b8091848401378101030190a25f80808080611f31565b8463d1d4dc1160e01b5f5260045260245ffd5b60ff909291925460801c16906003821461201857506002148015612003575b611ff15750565b631e03241960e11b5f5260045260245ffd5b50805f52600260205260405f20541515611fea565b6304218bdb60e51b5f5260045260245ffd5b805460ff60801b1916600160811b1790555f8181526002602052604081208390559091907ff331ee9828f8b7afa9c1f2e5e2dc9ceb9e90bfb08ee1afb2f7fb4aed5efac3619080a3565b5f52600160205260405f2054600263ffffffff8260801c1610155f146120bf576001600160401b03809160401c16915b16808210156120b35750505f90565b6120bc91611b14565b90565b506001600160401b0343916120a4565b604051906120dc826118d3565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b9291926121166120cf565b506121216004611e6b565b949092855f525f60205260405f209586549460ff8660801c1615610b4d5760ff8660881c161561224957906121569188611fcb565b7f00000000000000000000000000000000000000000000000000000000000000008210156107b7576064359260ff841684036101e2576121a48282866121ab975060c4359060e43590612b68565b6004612bf4565b906121b582612439565b8092919291815f525f60205260405f2090815460ff8160801c166121f457505050506001600160401b036121f19394955460401c1691846124b3565b91565b6001600160401b03919396989295945081169260401c169082821061221d575b50505050509190565b61223f946001600160401b0380931683198254161790555460401c1691612d68565b5f80808080612214565b50632ce39d1d60e21b5f5260045260245ffd5b9291926122676120cf565b50612273610124611e6b565b949092855f525f60205260405f209586549460ff8660801c1615610b4d5760ff8660881c161561224957906122a89188611fcb565b7f00000000000000000000000000000000000000000000000000000000000000008210156107b757610184359260ff841684036101e2576122f98282866121ab97506101e435906102043590612b68565b610124612bf4565b6024355f5260066020526001600160401b0360405f2054168015159081612381575b81612368575b81612332575090565b6044356001600160401b03811692508281036101e257505f19016001600160401b038111611571576001600160401b0316111590565b905060643560ff8116908181036101e257501590612329565b905060043560ff8116908181036101e257501590612323565b6040805163ea599e3360e01b81526020600482015293929091849182916123c5916024840191611941565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91825f915f94612416575b5061241257636cf7133560e01b5f5260045ffd5b9190565b909350612432915060403d604011611ae257611ad2818361190a565b925f6123fe565b9060ff825116602083015161247d6001600160401b0360408601511691610ab160ff606088015116608088015160a08901519160405196879560208701998a611ceb565b51902091610ab1611d8960e060c08401519301516040519283916020830195888791606093918352602083015260408201520190565b92909192835f525f60205260ff60405f205460801c1661270657825f52600260205260405f20546126f3576040516124ea816118ef565b6125786001600160401b03841691828152602081015f815261255d60ff60408401600181526125436001600160401b0360608701955f87528d5f525f602052818060405f20995116168219895416178855511686611ea6565b51845460ff60801b1916911660801b60ff60801b16178355565b51815460ff60881b191690151560881b60ff60881b16179055565b835f52600160205260405f2092835463ffffffff8160801c16155f1461268d575050825467ffffffffffffffff60401b1982166001600160801b03199091161767ffffffffffffffff60401b1783555b825491600163ffffffff8460801c16019163ffffffff83116115715786947f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4946101209463ffffffff60801b9060801b169063ffffffff60801b191617905560e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b6001600160401b0381168310156126ca5750506126b46001600160401b0384541684611ea6565b825467ffffffffffffffff1916811783556125c8565b60401c6001600160401b031682106126e3575b506125c8565b6126ed9084611ea6565b5f6126dd565b82631e03241960e11b5f5260045260245ffd5b8363705979c560e11b5f5260045260245ffd5b939193929092845f525f60205260ff60405f205460801c166129ff57835f52600260205260405f20546129ec5760405192612753846118ef565b6127ad6001600160401b038416948581528761255d60ff602084015f81526125436001600160401b0360408701926001845260608801965f88525f525f602052818060405f20995116168219895416178855511686611ea6565b845f52600160205260405f2092835463ffffffff8160801c16155f14612986575050825467ffffffffffffffff60401b1985166001600160801b03199091161767ffffffffffffffff60401b1783555b825492600163ffffffff8560801c16019363ffffffff851161157157879463ffffffff60801b9060801b169063ffffffff60801b1916179055806128ca575b50610120907f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4929360e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b91506040519060608201938285106001600160401b0386111761115b5760409485523383526bffffffffffffffffffffffff841660208085019182528685018881525f8a815260039092529690209351905160a01b6001600160a01b0319166001600160a01b039190911617835593516001929092019190915560055485937f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed493610120939261297a9190611b21565b6005559392509061283c565b6001600160401b0381168610156129c35750506129ad6001600160401b0384541684611ea6565b825467ffffffffffffffff1916841783556127fd565b60401c6001600160401b031685106129dc575b506127fd565b6129e69084611ea6565b5f6129d6565b83631e03241960e11b5f5260045260245ffd5b8463705979c560e11b5f5260045260245ffd5b909291612a1e82611e6b565b929091835f525f60205260405f209560ff875460801c1615612b5557612a45858589611fcb565b60208301355f5260066020526001600160401b0360405f2054168015159081612b40575b81612b28575b81612af3575b5080612ae1575b611022578484612a8b94612e47565b936001600160401b037f00000000000000000000000000000000000000000000000000000000000000001694858110612aca5750611a6593945061202a565b859063e58369d160e01b5f5260045260245260445ffd5b5060a083013560c08401351415612a7c565b9050612b01604085016118bf565b905f19016001600160401b038111611571576001600160401b03809116911610155f612a75565b905060ff612b38606086016118b1565b161590612a6f565b905060ff612b4d856118b1565b161590612a69565b84635b9264f760e11b5f5260045260245ffd5b9392919060ff851615612b9457612b7e94612f55565b15612b8557565b6305bb030160e31b5f5260045ffd5b6312d6bf9760e11b5f5260045ffd5b60ff5f199116019060ff821161157157565b91906001600160fb1b0381116101e25760051b809282370190565b9190811015612be05760051b0190565b634e487b7160e01b5f52603260045260245ffd5b91939293612c006120cf565b947f00000000000000000000000000000000000000000000000000000000000000009360608101612c4460ff612c3d612c38846118b1565b612ba3565b16876117ee565b9060ff612c50846118b1565b168952602083013560208a0152612c69604084016118bf565b82850290851593868304148417156115715760ff926001600160401b03612c98612ca39482612c389516611b21565b1660408d01526118b1565b1660608901528383116101e257612cba8387611b21565b8087116101e2578481116101e257610ab1612cff888060051b8901930392604051928391602083019560808901358752612cf98c8b6040870191612bb5565b91612bb5565b519020608089015215612d435790612d3b9460a0612d359301355b60a0890152612d2a828587612bd0565b3560c0890152611b21565b91612bd0565b3560e0830152565b505f1981019080821161157157612d3b94612d62612d35938587612bd0565b35612d1a565b9190915f52600160205260405f209182546001600160401b038082169216908282145f14612dad575050506001600160401b03166001600160401b0319825416179055565b60401c6001600160401b0316908114159081612e10575b5015612dcf57505050565b6001600160401b0382161015612e07576001600160401b0390612df58284541684611ea6565b166001600160401b0319825416179055565b611a6591611ea6565b90506001600160401b03831610155f612dc4565b9190811015612be05760051b8101359061013e19813603018212156101e2570190565b94939290825f525f602052600360ff60405f205460801c1614612f4257612e8790835f95949395525f6020526001600160401b0360405f20541690612074565b9490925f915b838310612e9b575050505050565b9091929395612eab848685612e24565b96612eb588611e6b565b939091845f525f60205260405f20908154928b60ff8560801c161593868b8d8715612f1f575b50505050505050612f0c57916105b4612f00926001600160401b036001951690612074565b96919493019190612e8d565b8563017bf73160e21b5f5260045260245ffd5b612f35975090612f2f918d612e24565b926130a8565b155f808b81868b8d612edb565b826304218bdb60e51b5f5260045260245ffd5b92939260ff16918215918215613069575b8215613043575b508115613001575b50612ffa57600114612f88575050600190565b7f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b0381168114159290600181901b90845b6115715781811015612fee57612fd7818585612bd0565b35612fe55760010184612fc0565b50505050505f90565b50505050505f8061188a565b5050505f90565b90507f00000000000000000000000000000000000000000000000000000000000000005f1981019081116115715761303a908486612bd0565b3514155f612f75565b909150604051602081019061305d81610ab184898b612bb5565b5190201415905f612f6d565b91507f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b03811681036115715760011b84141591612f66565b939190600160ff6130b8856118b1565b161480613243575b80613227575b6131dc57505460881c60ff16159081156131ba575b8115613184575b508015613155575b801561311f575b612ffa57613119916101208261310e61010061051f950182611cb6565b929091013592612bf4565b90501490565b5061314f613131610100830183611cb6565b9061313e606086016118b1565b60c08601359060e087013590612f55565b156130f1565b507f000000000000000000000000000000000000000000000000000000000000000061012082013510156130ea565b9050600160ff6131a1606061319a8188016118b1565b94016118b1565b160160ff81116115715760ff809116911614155f6130e2565b90506131c5836118b1565b60ff806131d1846118b1565b1691161415906130db565b9380955060ff9293506131ef91506118b1565b1615928361320d575b508261320357505090565b6020013514919050565b60ff919350606061321e91016118b1565b1615915f6131f8565b506001600160401b0361323c604085016118bf565b16156130c6565b50613250606084016118b1565b60ff807f0000000000000000000000000000000000000000000000000000000000000000169116146130c056fea26469706673582212204a67b695c1fc0873c86e0309bc0bb5df34ed0413db486675d812678a5e99b96364736f6c63430008250033",
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
// Solidity: constructor(uint256 k_, uint8 height0_, uint8 height1_, uint64 challengePeriod_, uint256 stake0_, uint256 stake1_, uint256 reward_, address receiver_, address machine_, address rollup_) returns()
func (challengeManager *ChallengeManager) PackConstructor(k_ *big.Int, height0_ uint8, height1_ uint8, challengePeriod_ uint64, stake0_ *big.Int, stake1_ *big.Int, reward_ *big.Int, receiver_ common.Address, machine_ common.Address, rollup_ common.Address) []byte {
	enc, err := challengeManager.abi.Pack("", k_, height0_, height1_, challengePeriod_, stake0_, stake1_, reward_, receiver_, machine_, rollup_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6244e1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answer((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) own, bytes32[] ownNode, (uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) rival, bytes32[] rivalNode, uint256 i, bytes32[] childNode) returns()
func (challengeManager *ChallengeManager) PackAnswer(own ChallengeManagerClaim, ownNode [][32]byte, rival ChallengeManagerClaim, rivalNode [][32]byte, i *big.Int, childNode [][32]byte) []byte {
	enc, err := challengeManager.abi.Pack("answer", own, ownNode, rival, rivalNode, i, childNode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6244e1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answer((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) own, bytes32[] ownNode, (uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) rival, bytes32[] rivalNode, uint256 i, bytes32[] childNode) returns()
func (challengeManager *ChallengeManager) TryPackAnswer(own ChallengeManagerClaim, ownNode [][32]byte, rival ChallengeManagerClaim, rivalNode [][32]byte, i *big.Int, childNode [][32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("answer", own, ownNode, rival, rivalNode, i, childNode)
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

// PackConfirmAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f84fd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmAll((uint8,(uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],uint256)[],(uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32))[] cs) returns()
func (challengeManager *ChallengeManager) PackConfirmAll(cs []ChallengeManagerConf) []byte {
	enc, err := challengeManager.abi.Pack("confirmAll", cs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f84fd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmAll((uint8,(uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32),bytes32[],uint256)[],(uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32))[] cs) returns()
func (challengeManager *ChallengeManager) TryPackConfirmAll(cs []ChallengeManagerConf) ([]byte, error) {
	return challengeManager.abi.Pack("confirmAll", cs)
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

// PackConfirmPadding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53e1a460.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmPadding((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) returns()
func (challengeManager *ChallengeManager) PackConfirmPadding(c ChallengeManagerClaim) []byte {
	enc, err := challengeManager.abi.Pack("confirmPadding", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmPadding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53e1a460.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmPadding((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) returns()
func (challengeManager *ChallengeManager) TryPackConfirmPadding(c ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("confirmPadding", c)
}

// PackCover is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b75233c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cover(bytes32 origin, uint64 n) returns()
func (challengeManager *ChallengeManager) PackCover(origin [32]byte, n uint64) []byte {
	enc, err := challengeManager.abi.Pack("cover", origin, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCover is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b75233c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cover(bytes32 origin, uint64 n) returns()
func (challengeManager *ChallengeManager) TryPackCover(origin [32]byte, n uint64) ([]byte, error) {
	return challengeManager.abi.Pack("cover", origin, n)
}

// PackCoveredPlusOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f1bf3d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coveredPlusOne(bytes32 ) view returns(uint64)
func (challengeManager *ChallengeManager) PackCoveredPlusOne(arg0 [32]byte) []byte {
	enc, err := challengeManager.abi.Pack("coveredPlusOne", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoveredPlusOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f1bf3d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coveredPlusOne(bytes32 ) view returns(uint64)
func (challengeManager *ChallengeManager) TryPackCoveredPlusOne(arg0 [32]byte) ([]byte, error) {
	return challengeManager.abi.Pack("coveredPlusOne", arg0)
}

// UnpackCoveredPlusOne is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f1bf3d1.
//
// Solidity: function coveredPlusOne(bytes32 ) view returns(uint64)
func (challengeManager *ChallengeManager) UnpackCoveredPlusOne(data []byte) (uint64, error) {
	out, err := challengeManager.abi.Unpack("coveredPlusOne", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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
// Solidity: function idOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32 id)
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
// Solidity: function idOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32 id)
func (challengeManager *ChallengeManager) TryPackIdOf(c ChallengeManagerClaim) ([]byte, error) {
	return challengeManager.abi.Pack("idOf", c)
}

// UnpackIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1486fb57.
//
// Solidity: function idOf((uint8,bytes32,uint64,uint8,bytes32,bytes32,bytes32,bytes32) c) pure returns(bytes32 id)
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

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (challengeManager *ChallengeManager) PackRollup() []byte {
	enc, err := challengeManager.abi.Pack("rollup")
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
func (challengeManager *ChallengeManager) TryPackRollup() ([]byte, error) {
	return challengeManager.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (challengeManager *ChallengeManager) UnpackRollup(data []byte) (common.Address, error) {
	out, err := challengeManager.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["Covered"].ID.Bytes()[:4]) {
		return challengeManager.UnpackCoveredError(raw[4:])
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
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NotPadding"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNotPaddingError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NotRivaled"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNotRivaledError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["NotRollup"].ID.Bytes()[:4]) {
		return challengeManager.UnpackNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["OneStep"].ID.Bytes()[:4]) {
		return challengeManager.UnpackOneStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeManager.abi.Errors["Padding"].ID.Bytes()[:4]) {
		return challengeManager.UnpackPaddingError(raw[4:])
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

// ChallengeManagerCovered represents a Covered error raised by the ChallengeManager contract.
type ChallengeManagerCovered struct {
	Origin  [32]byte
	Batches *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Covered(bytes32 origin, uint256 batches)
func ChallengeManagerCoveredErrorID() common.Hash {
	return common.HexToHash("0x7ebbd335d82d37e4f3c7986b9b0eed89da19a7177f404ee1cb651a352e57bd93")
}

// UnpackCoveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Covered(bytes32 origin, uint256 batches)
func (challengeManager *ChallengeManager) UnpackCoveredError(raw []byte) (*ChallengeManagerCovered, error) {
	out := new(ChallengeManagerCovered)
	if err := challengeManager.abi.UnpackIntoInterface(out, "Covered", raw); err != nil {
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

// ChallengeManagerNotPadding represents a NotPadding error raised by the ChallengeManager contract.
type ChallengeManagerNotPadding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPadding()
func ChallengeManagerNotPaddingErrorID() common.Hash {
	return common.HexToHash("0x258fbb363e4287256ab305072d6cbeca8a0f6944d8697d3a2601f9939e31fcd1")
}

// UnpackNotPaddingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPadding()
func (challengeManager *ChallengeManager) UnpackNotPaddingError(raw []byte) (*ChallengeManagerNotPadding, error) {
	out := new(ChallengeManagerNotPadding)
	if err := challengeManager.abi.UnpackIntoInterface(out, "NotPadding", raw); err != nil {
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

// ChallengeManagerNotRollup represents a NotRollup error raised by the ChallengeManager contract.
type ChallengeManagerNotRollup struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRollup(address caller)
func ChallengeManagerNotRollupErrorID() common.Hash {
	return common.HexToHash("0x8fe3dc5304c5cf10f2a6a5093c886f1a35fc4acb6e8f5e7a9f5967d58f90484f")
}

// UnpackNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRollup(address caller)
func (challengeManager *ChallengeManager) UnpackNotRollupError(raw []byte) (*ChallengeManagerNotRollup, error) {
	out := new(ChallengeManagerNotRollup)
	if err := challengeManager.abi.UnpackIntoInterface(out, "NotRollup", raw); err != nil {
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

// ChallengeManagerPadding represents a Padding error raised by the ChallengeManager contract.
type ChallengeManagerPadding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Padding()
func ChallengeManagerPaddingErrorID() common.Hash {
	return common.HexToHash("0x484957c6ae0f7c74721bcabfda341a9d82fb5842010b43de0e3dcf049faa681f")
}

// UnpackPaddingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Padding()
func (challengeManager *ChallengeManager) UnpackPaddingError(raw []byte) (*ChallengeManagerPadding, error) {
	out := new(ChallengeManagerPadding)
	if err := challengeManager.abi.UnpackIntoInterface(out, "Padding", raw); err != nil {
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
