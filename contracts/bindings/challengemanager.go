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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k_\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"height0_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"height1_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake0_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake1_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeMachine\",\"name\":\"machine_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLink\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChildPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Decided\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LevelNotOpened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"NotChild\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotDissected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotRivaled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OneStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Refuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Undecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"}],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongStake\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"ClaimConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structChallengeManager.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"}],\"name\":\"ClaimMade\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimRefuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"Dissected\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"own\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"ownNode\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"rival\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"rivalNode\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"childNode\",\"type\":\"bytes32[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"assertClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dissectAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"dissected\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByChildren\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"name\":\"confirmByLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"dissect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height0\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height1\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"idOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"machine\",\"outputs\":[{\"internalType\":\"contractIDisputeMachine\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"mutualOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"mutuals\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first0\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"first1\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"from\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"name\":\"openLevel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake0\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"unrivaled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ChallengeManager",
	Bin: "0x6101a03461023c57601f61300b38819003918201601f19168301916001600160401b03831184841017610240578084926101209460405283398101031261023c5780519061004f60208201610254565b9161005c60408301610254565b60608301516001600160401b03811694919085810361023c5760808501519160a08601519360c08701519560e08801519760018060a01b038916890361023c576101000151986001600160a01b038a168a0361023c5760028210908115610230575b8115610224575b811561021b575b5061020c5760805260a05260c05260e0526101005261012052610140526101605261018052604051612da8908161026382396080518181816103b401528181610406015281816104aa015281816104d001528181610562015281816109a201528181611e5d01528181611faf015281816127d201528181612b0101528181612c5b01528181612ccf0152612d37015260a0518181816109de01526112ff015260c051818181610cc101528181610e6b015281816114ee0152612bfe015260e051818181610236015281816105db015281816106230152610b130152610100518181816111ea015261135d015261012051818181610c850152610df90152610140518181816110ec015261193a0152610160518181816101c4015261199f015261018051818181610c3f01528181610db80152818161177a01526120350152f35b6302cd493d60e21b5f5260045ffd5b9050155f6100cc565b60ff85161591506100c5565b60ff84161591506100be565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519060ff8216820361023c5756fe60806040526004361015610011575f80fd5b5f3560e01c80624b4d481461139c5780631486fb5714611380578063162c02131461134657806317c44b76146111ae57806317d90b4d146111765780631daf23ab1461110f578063228cb733146110d55780632b83a6bc1461106c578063305b630c146110425780633ccfd60b14610faa5780633d0c75fe14610f575780634143e68c14610ce557806341b1a82a14610ca857806350b3d1c214610c6e57806375c6022514610c2a5780637aeee84814610a815780638fee640714610a3b578063987757dd14610a1f578063a285aed714610a02578063a4b7f761146109c5578063b4f40c611461098b578063b6244e1b146107f1578063bd5b2de3146102f2578063d5d44d80146102b6578063eff0f5921461025a578063f3f480d914610217578063f426ca42146101f3578063f7260d3e146101af5763fb70791f14610157575f80fd5b346101ab5760203660031901126101ab576004355f526001602052606060405f205463ffffffff604051916001600160401b03811683526001600160401b038160401c16602084015260801c166040820152f35b5f80fd5b346101ab575f3660031901126101ab576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101ab576101003660031901126101ab57602061020f611a88565b604051908152f35b346101ab575f3660031901126101ab5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101ab5760203660031901126101ab576004355f525f602052608060405f205460ff604051916001600160401b03811683526001600160401b038160401c1660208401528181851c16604084015260881c1615156060820152f35b346101ab5760203660031901126101ab576004356001600160a01b038116908190036101ab575f526004602052602060405f2054604051908152f35b346101ab57366003190161014081126101ab57610100136101ab57610104356001600160401b0381116101ab5761032d903690600401611543565b90610124356001600160401b0381116101ab5761034e903690600401611543565b90610357611b26565b939092845f525f60205260405f2092835460ff8160801c16156107de5760ff8160881c16156107cb5761038b878787611b98565b60643560ff8116141597886101ab576103ad818660c43560e435606435612919565b5f19985f5b7f000000000000000000000000000000000000000000000000000000000000000081106103e6576103e48a8a8a611bf7565b005b6103ee611dd4565b916101ab5761042a60ff6104036064356126b5565b167f00000000000000000000000000000000000000000000000000000000000000006126c7565b60ff60043516600435036101ab5760ff60043516835260243560208401526001600160401b0360443516604435036101ab5761047b6104716001600160401b03928461276a565b82604435166118a7565b1660408301525f9160ff6104906064356126b5565b1660608201528382116101ab578761052e6104f66104ce857f00000000000000000000000000000000000000000000000000000000000000006118a7565b7f0000000000000000000000000000000000000000000000000000000000000000888561277d565b61052060409392935193849261051a602085019760843589528a6040870191612798565b91612798565b03601f198101835282611656565b519020608082015281610797576105989060a4355b60a082015261055383868b6127b3565b3560c082015261058d610586847f00000000000000000000000000000000000000000000000000000000000000006118a7565b868b6127b3565b3560e08201526120a5565b5f525f60205260ff60405f205460801c168061078657505f52600160205263ffffffff60405f205460801c16610774575f198b1461064b575b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168b1061060b576001905b016103b2565b8a63e58369d160e01b5f526004526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b99506106636001600160401b038460401c164361189a565b895f525f602052600360ff60405f205460801c161461076157895f525f60205261069a6001600160401b0360405f2054168a611d79565b6004918b5f5b8981106106b95750506106b392506118a7565b996105d1565b9091926106c7828b8b61267e565b948a8a6106d388611b5d565b969093875f525f60205260405f208781549560ff8760801c161595861561073b575b505050505050610728579161071961071f926001600160401b036001951690611d79565b906118a7565b939291016106a0565b8363017bf73160e21b5f5260045260245ffd5b61075396509061074b929161267e565b90868c612a45565b155f80808f8f9089916106f5565b896304218bdb60e51b5f5260045260245ffd5b634894873b60e01b5f5260045260245ffd5b600291500361077457600190610605565b5f198201908282116107b7576107b161059892868b6127b3565b35610543565b634e487b7160e01b5f52601160045260245ffd5b86632ce39d1d60e21b5f5260045260245ffd5b86635b9264f760e11b5f5260045260245ffd5b346101ab57366003190161028081126101ab57610100136101ab57610104356001600160401b0381116101ab5761082c903690600401611543565b90610100366101231901126101ab57610224356001600160401b0381116101ab5761085b903690600401611543565b926102443590610264356001600160401b0381116101ab57610881903690600401611543565b94909561088c611b26565b90815f525f60205260ff60405f205460801c1615610978576108af610124611ada565b60408051602081018381526101e435928201929092526102043560608201526108db8160808101610520565b51902091825f525f60205260ff60405f205460801c161561096557149182159261095b575b505061094c57836109149161091b96611f61565b5050611e10565b92908261092457005b836109316103e4956120a5565b509160ff6060830151169060c060e084015193015193611c69565b6302cd493d60e21b5f5260045ffd5b1490508880610900565b82635b9264f760e11b5f5260045260245ffd5b50635b9264f760e11b5f5260045260245ffd5b346101ab575f3660031901126101ab5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101ab575f3660031901126101ab57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101ab575f3660031901126101ab576020600554604051908152f35b346101ab5760203660031901126101ab576103e46004356118b4565b346101ab5760203660031901126101ab576004355f526003602052606060405f20600181549101546040519160018060a01b038116835260a01c60208301526040820152f35b346101ab57610a8f36611573565b610a9883611b5d565b929091835f525f60205260405f209160ff835460801c1615610c1757610abf858585611b98565b845f525f602052600360ff60405f205460801c1614610c045790845f525f602052610af76001600160401b0360405f20541685611d79565b9585925f915b838310610b5d5750505050506001600160401b037f00000000000000000000000000000000000000000000000000000000000000001693848110610b4657506103e49350611bf7565b849063e58369d160e01b5f5260045260245260445ffd5b9091929397610b6d84868561267e565b98610b778a611b5d565b939091845f525f60205260405f20908154928d60ff8560801c161593868b8d8715610be1575b50505050505050610bce5791610719610bc2926001600160401b036001951690611d79565b98919493019190610afd565b8563017bf73160e21b5f5260045260245ffd5b610bf7975090610bf1918d61267e565b92612a45565b158c808d81868b8d610b9d565b846304218bdb60e51b5f5260045260245ffd5b84635b9264f760e11b5f5260045260245ffd5b346101ab575f3660031901126101ab576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101ab575f3660031901126101ab5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101ab575f3660031901126101ab57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b366003190161014081126101ab57610100136101ab57610104356001600160401b0381116101ab57610d1b9036906004016115b0565b906101243591610d29611b26565b805f949294525f60205260405f2060ff815460801c16156109785760ff610d4e6115dd565b1615801590610f44575b610f35578185610d6792611b98565b835f526001602052600263ffffffff60405f205460801c1610610f23575090610d8f91612006565b60c49391933503610f145760405163b6ada9f560e01b815260a4356004820152926020846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa938415610f09575f94610ed5575b50811561094c577f000000000000000000000000000000000000000000000000000000000000000093843403610ebe579161020f9391602095936040518781019085825282604082015260408152610e49606082611656565b51902060405194610e598661161f565b60018652888601525f604086015260ff7f0000000000000000000000000000000000000000000000000000000000000000166060860152608085015260a084015260c083015260e0820152610ead816120a5565b906001600160401b03431692612385565b84630239dc1360e61b5f523460045260245260445ffd5b9093506020813d602011610f01575b81610ef160209383611656565b810103126101ab57519284610df0565b3d9150610ee4565b6040513d5f823e3d90fd5b636cf7133560e01b5f5260045ffd5b63d1d4dc1160e01b5f5260045260245ffd5b631e408ea960e31b5f5260045ffd5b5060ff610f4f6115ed565b161515610d58565b346101ab57366003190161014081126101ab57610100136101ab57610104356001600160401b0381116101ab57610fa1610f976020923690600401611543565b6101243591611e10565b50604051908152f35b346101ab575f3660031901126101ab57335f5260046020525f80808060408120543382526004602052816040812055335af13d1561103d573d6001600160401b0381116110295760405190611009601f8201601f191660200183611656565b81525f60203d92013e5b1561101a57005b6312171d8360e31b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b611013565b346101ab5760203660031901126101ab576004355f526002602052602060405f2054604051908152f35b346101ab576101003660031901126101ab57611086611a88565b61108e611677565b5f525f60205260405f205460ff8160801c16156110bb576020916001600160401b0361020f921690611d79565b6110c3611677565b635b9264f760e11b5f5260045260245ffd5b346101ab575f3660031901126101ab5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101ab57366003190161014081126101ab57610100136101ab57610104356001600160401b0381116101ab5761114a9036906004016115b0565b61012435916001600160401b0383116101ab5761116e6103e49336906004016115b0565b9290916116e7565b346101ab576103e461118736611573565b9161119181611b5d565b61119d606084016115fd565b9060e060c085013594013592611c69565b6101003660031901126101ab5760ff6111c56115dd565b1615801590611328575b80156112f1575b80156112bf575b80156112b5575b61094c577f000000000000000000000000000000000000000000000000000000000000000080340361129f57611218611b26565b90916040516112268161161f565b60043560ff811681036101ab57815260243560208201526044356001600160401b03811681036101ab5760408201526064359260ff841684036101ab5760209461020f946060840152608435608084015260a43560a084015260c43560c084015260e43560e08401526001600160401b03431692612385565b630239dc1360e61b5f523460045260245260445ffd5b5060e435156111e4565b506040516020810190602435825260a4356040820152604081526112e4606082611656565b51902060843514156111dd565b506112fa6115ed565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614156111d6565b506044356001600160401b038116908181036101ab575015156111cf565b346101ab575f3660031901126101ab5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101ab576101003660031901126101ab57602061020f611677565b346101ab57366003190161020081126101ab57610100136101ab57610100366101031901126101ab576113cd611b26565b805f525f60205260405f209160ff835460801c1615610978576113f1610104611ada565b60408051602081019283526101c435918101919091526101e435606082015261141d8160808101610520565b519020805f525f60205260ff60405f205460801c169081156110c3575060ff6114446115dd565b1615801590611530575b8015611515575b80156114d8575b80156114b9575b80156114ac575b61149d5760029061147c848487611b98565b0361148a576103e492611bf7565b634894873b60e01b5f525f60045260245ffd5b630e8379a960e41b5f5260045ffd5b508161012435141561146a565b50610144356001600160401b038116908181036101ab57501515611463565b506101643560ff8116908181036101ab575060ff7f000000000000000000000000000000000000000000000000000000000000000016141561145c565b506101043560ff81168082036101ab57600191501415611455565b5060ff61153b6115ed565b16151561144e565b9181601f840112156101ab578235916001600160401b0383116101ab576020808501948460051b0101116101ab57565b90600319820161012081126101ab57610100136101ab5760049161010435906001600160401b0382116101ab576115ac91600401611543565b9091565b9181601f840112156101ab578235916001600160401b0383116101ab57602083818601950101116101ab57565b60043560ff811681036101ab5790565b60643560ff811681036101ab5790565b3560ff811681036101ab5790565b356001600160401b03811681036101ab5790565b61010081019081106001600160401b0382111761102957604052565b608081019081106001600160401b0382111761102957604052565b90601f801991011681019081106001600160401b0382111761102957604052565b6116816004611ada565b604080516020810192835260c4359181019190915260e43560608201526116ab8160808101610520565b51902090565b91908260409103126101ab576020825192015190565b908060209392818452848401375f828201840152601f01601f1916010190565b90926116f36004611b5d565b939092845f525f60205260405f209560ff875460801c16156118875760043560ff81168082036101ab576001148015915061186f575b610f35576117766040936117649561174289898c611b98565b8551637c7065cb60e11b815260048101879052968795869560448701916116c7565b848103600319016024860152916116c7565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa805f925f9261183b575b506117cc57639ef7a34d60e01b5f525f60045260a43560245260445ffd5b9060a4359081810361182657505060c435036117ed576117eb92611bf7565b565b50815460ff60801b1916600360801b179091557f540711e487a54cbcaf102e9e88f2fdf723274e0428bb1b4345b7525b7329a6b95f80a2565b639ef7a34d60e01b5f5260045260245260445ffd5b909250611860915060403d604011611868575b6118588183611656565b8101906116b1565b90915f6117ae565b503d61184e565b5060643560ff8116908181036101ab57501515611729565b85635b9264f760e11b5f5260045260245ffd5b919082039182116107b757565b919082018092116107b757565b805f525f60205260ff60405f205460801c16156110c3575f8181526003602052604090208054906001600160a01b03821615611a2957600181015491825f52600260205260405f2054928315611a17575060a01c928315611a055781546001600160a01b0316825560055461192a90859061189a565b60055582146119df5750611996917f0000000000000000000000000000000000000000000000000000000000000000808210156119d9575080915b5f52600360205260018060a01b0360405f2054165f52600460205260405f2061198f8382546118a7565b905561189a565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f5260046020526119d560405f209182546118a7565b9055565b91611965565b546001600160a01b03165f908152600460205260409020805490926119d59250906118a7565b63220a6c6160e11b5f5260045260245ffd5b63f35892c960e01b5f5260045260245ffd5b8263220a6c6160e11b5f5260045260245ffd5b94929091606a96949260ff60f81b9060f81b16865260018601526001600160401b0360c01b9060c01b16602185015260ff60f81b9060f81b166029840152602a830152604a8201520190565b60043560ff811681036101ab576044356001600160401b03811681036101ab576064359160ff831683036101ab576116ab90610520604051938492602084019660a4359260843592602435908a611a3c565b611ae3816115fd565b906116ab611af36040830161160b565b92610520611b03606085016115fd565b91604051948593602085019760a08301359360206080850135940135908a611a3c565b611b306004611ada565b9060405160208101906116ab8161052060e43560c435888791606093918352602083015260408201520190565b90611b6782611ada565b916040516116ab81610520602082019460c060e0820135910135888791606093918352602083015260408201520190565b60ff909291925460801c169060038214611be557506002148015611bd0575b611bbe5750565b631e03241960e11b5f5260045260245ffd5b50805f52600260205260405f20541515611bb7565b6304218bdb60e51b5f5260045260245ffd5b805460ff60801b1916600160811b1790555f8181526002602052604081208390559091907ff331ee9828f8b7afa9c1f2e5e2dc9ceb9e90bfb08ee1afb2f7fb4aed5efac3619080a3565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b90959493929192865f525f60205260405f209283549460ff8660801c1615611d6657611c989288928892612919565b611ca3868284611b98565b5f526001602052600263ffffffff60405f205460801c1610611d535760ff8260881c1615611cd3575b5050505050565b60ff60881b19909116600160881b178155611cf890436001600160401b031690611c41565b60405160208082528101839052906001600160fb1b0383116101ab57816040917f1e2ba59f66321f2694ff1960794c0430dc039e8fd64d84ab9bc93fedc81a44729460051b8091848401378101030190a25f80808080611ccc565b8463d1d4dc1160e01b5f5260045260245ffd5b88635b9264f760e11b5f5260045260245ffd5b5f52600160205260405f2054600263ffffffff8260801c1610155f14611dc4576001600160401b03809160401c16915b1680821015611db85750505f90565b611dc19161189a565b90565b506001600160401b034391611da9565b60405190611de18261161f565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b929192611e1b611dd4565b50611e266004611b5d565b949092855f525f60205260405f209586549460ff8660801c16156109785760ff8660881c1615611f4e5790611e5b9188611b98565b7f000000000000000000000000000000000000000000000000000000000000000082101561094c576064359260ff841684036101ab57611ea9828286611eb0975060c4359060e43590612919565b60046127c3565b90611eba826120a5565b8092919291815f525f60205260405f2090815460ff8160801c16611ef957505050506001600160401b03611ef69394955460401c16918461211f565b91565b6001600160401b03919396989295945081169260401c1690828210611f22575b50505050509190565b611f44946001600160401b0380931683198254161790555460401c1691612954565b5f80808080611f19565b50632ce39d1d60e21b5f5260045260245ffd5b929192611f6c611dd4565b50611f78610124611b5d565b949092855f525f60205260405f209586549460ff8660801c16156109785760ff8660881c1615611f4e5790611fad9188611b98565b7f000000000000000000000000000000000000000000000000000000000000000082101561094c57610184359260ff841684036101ab57611ffe828286611eb097506101e435906102043590612919565b6101246127c3565b6040805163ea599e3360e01b81526020600482015293929091849182916120319160248401916116c7565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91825f915f94612082575b5061207e57636cf7133560e01b5f5260045ffd5b9190565b90935061209e915060403d604011611868576118588183611656565b925f61206a565b9060ff82511660208301516120e96001600160401b036040860151169161052060ff606088015116608088015160a08901519160405196879560208701998a611a3c565b519020916105206116ab60e060c08401519301516040519283916020830195888791606093918352602083015260408201520190565b92909192835f525f60205260ff60405f205460801c1661237257825f52600260205260405f205461235f576040516121568161163b565b6121e46001600160401b03841691828152602081015f81526121c960ff60408401600181526121af6001600160401b0360608701955f87528d5f525f602052818060405f20995116168219895416178855511686611c41565b51845460ff60801b1916911660801b60ff60801b16178355565b51815460ff60881b191690151560881b60ff60881b16179055565b835f52600160205260405f2092835463ffffffff8160801c16155f146122f9575050825467ffffffffffffffff60401b1982166001600160801b03199091161767ffffffffffffffff60401b1783555b825491600163ffffffff8460801c16019163ffffffff83116107b75786947f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4946101209463ffffffff60801b9060801b169063ffffffff60801b191617905560e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b6001600160401b0381168310156123365750506123206001600160401b0384541684611c41565b825467ffffffffffffffff191681178355612234565b60401c6001600160401b0316821061234f575b50612234565b6123599084611c41565b5f612349565b82631e03241960e11b5f5260045260245ffd5b8363705979c560e11b5f5260045260245ffd5b939193929092845f525f60205260ff60405f205460801c1661266b57835f52600260205260405f205461265857604051926123bf8461163b565b6124196001600160401b03841694858152876121c960ff602084015f81526121af6001600160401b0360408701926001845260608801965f88525f525f602052818060405f20995116168219895416178855511686611c41565b845f52600160205260405f2092835463ffffffff8160801c16155f146125f2575050825467ffffffffffffffff60401b1985166001600160801b03199091161767ffffffffffffffff60401b1783555b825492600163ffffffff8560801c16019363ffffffff85116107b757879463ffffffff60801b9060801b169063ffffffff60801b191617905580612536575b50610120907f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4929360e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b91506040519060608201938285106001600160401b038611176110295760409485523383526bffffffffffffffffffffffff841660208085019182528685018881525f8a815260039092529690209351905160a01b6001600160a01b0319166001600160a01b039190911617835593516001929092019190915560055485937f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed49361012093926125e691906118a7565b600555939250906124a8565b6001600160401b03811686101561262f5750506126196001600160401b0384541684611c41565b825467ffffffffffffffff191684178355612469565b60401c6001600160401b03168510612648575b50612469565b6126529084611c41565b5f612642565b83631e03241960e11b5f5260045260245ffd5b8463705979c560e11b5f5260045260245ffd5b91908110156126a15760051b8101359061013e19813603018212156101ab570190565b634e487b7160e01b5f52603260045260245ffd5b60ff5f199116019060ff82116107b757565b90801561276357811561275d578180600114612755576002146127445760208110610133831016604e8210600b8410161761273f576001905b600181116127175750815f190481116107b7570290565b91805f190481116107b75760018316612736575b80029160011c612700565b8091029061272b565b900a90565b905060ff81116107b7576001901b90565b505050600190565b50505f90565b5050600190565b818102929181159184041417156107b757565b909392938483116101ab5784116101ab578160051b01920390565b91906001600160fb1b0381116101ab5760051b809282370190565b91908110156126a15760051b0190565b919392936127cf611dd4565b947f00000000000000000000000000000000000000000000000000000000000000009360ff612866612819606084016001600160401b0361285b6128258661281e612819866115fd565b6126b5565b168c6126c7565b8d876128308a6115fd565b1690528d6020808a01359101528261285461284d60408b0161160b565b928b61276a565b91166118a7565b1660408c01526115fd565b1660608801528282116101ab576128b061052061288e61288685896118a7565b88878961277d565b929060405192839160208301956080880135875261051a604085018a8d612798565b5190206080880152816128f457906128ec9460a06128e69301355b60a08901526128db8285876127b3565b3560c08901526118a7565b916127b3565b3560e0830152565b505f198101908082116107b7576128ec946129136128e69385876127b3565b356128cb565b9392919060ff8516156129455761292f94612c26565b1561293657565b6305bb030160e31b5f5260045ffd5b6312d6bf9760e11b5f5260045ffd5b9190915f52600160205260405f209182546001600160401b038082169216908282145f14612999575050506001600160401b03166001600160401b0319825416179055565b60401c6001600160401b03169081141590816129fc575b50156129bb57505050565b6001600160401b03821610156129f3576001600160401b03906129e18284541684611c41565b166001600160401b0319825416179055565b6117eb91611c41565b90506001600160401b03831610155f6129b0565b903590601e19813603018212156101ab57018035906001600160401b0382116101ab57602001918160051b360383136101ab57565b939190600160ff612a55856115fd565b161480612bec575b80612bd0575b612b8557505460881c60ff1615908115612b63575b8115612b2d575b508015612afe575b8015612ac8575b612ac157612abb9161012082612aab610100612ab6950182612a10565b9290910135926127c3565b6120a5565b90501490565b5050505f90565b50612af8612ada610100830183612a10565b90612ae7606086016115fd565b60c08601359060e087013590612c26565b15612a8e565b507f00000000000000000000000000000000000000000000000000000000000000006101208201351015612a87565b9050600160ff612b4a6060612b438188016115fd565b94016115fd565b160160ff81116107b75760ff809116911614155f612a7f565b9050612b6e836115fd565b60ff80612b7a846115fd565b169116141590612a78565b9380955060ff929350612b9891506115fd565b16159283612bb6575b5082612bac57505090565b6020013514919050565b60ff9193506060612bc791016115fd565b1615915f612ba1565b506001600160401b03612be56040850161160b565b1615612a63565b50612bf9606084016115fd565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614612a5d565b92939260ff16918215918215612d33575b8215612d0d575b508115612ccb575b50612ac157600114612c59575050600190565b7f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b0381168114159290600181901b90845b6107b75781811015612cbf57612ca88185856127b3565b35612cb65760010184612c91565b50505050505f90565b50505050505f80612763565b90507f00000000000000000000000000000000000000000000000000000000000000005f1981019081116107b757612d049084866127b3565b3514155f612c46565b9091506040516020810190612d278161052084898b612798565b5190201415905f612c3e565b91507f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b03811681036107b75760011b84141591612c3756fea2646970667358221220f2ed735a49fef2bfa89723344beeb881e988ead03251dceb8f5e592e13e08d3064736f6c63430008250033",
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
