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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k_\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"height0_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"height1_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake0_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake1_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeMachine\",\"name\":\"machine_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLink\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChildPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"batches\",\"type\":\"uint256\"}],\"name\":\"Covered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Decided\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LevelNotOpened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"NotChild\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotDissected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPadding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotRivaled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OneStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Padding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Refuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Undecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"}],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongStake\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"ClaimConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structChallengeManager.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"}],\"name\":\"ClaimMade\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimRefuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"Dissected\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"own\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"ownNode\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"rival\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"rivalNode\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"childNode\",\"type\":\"bytes32[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"assertClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dissectAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"dissected\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"by\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"internalType\":\"structChallengeManager.Conf[]\",\"name\":\"cs\",\"type\":\"tuple[]\"}],\"name\":\"confirmAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByChildren\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"name\":\"confirmByLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"confirmPadding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"cover\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"coveredPlusOne\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"dissect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height0\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height1\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"idOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"machine\",\"outputs\":[{\"internalType\":\"contractIDisputeMachine\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"mutualOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"mutuals\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first0\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"first1\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"from\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"name\":\"openLevel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake0\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"unrivaled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ChallengeManager",
	Bin: "0x6101a03461023c57601f61347238819003918201601f19168301916001600160401b03831184841017610240578084926101209460405283398101031261023c5780519061004f60208201610254565b9161005c60408301610254565b60608301516001600160401b03811694919085810361023c5760808501519160a08601519360c08701519560e08801519760018060a01b038916890361023c576101000151986001600160a01b038a168a0361023c5760028210908115610230575b8115610224575b811561021b575b5061020c5760805260a05260c05260e052610100526101205261014052610160526101805260405161320f908161026382396080518181816104510152818161084001528181610b2801528181611546015281816120b40152818161220601528181612b5f01528181612ee601528181612f6101528181612fc901526130b4015260a051818181610b64015281816113d00152611524015260c0518181816106e601528181610d6701528181610f1b0152818161167b01526131b1015260e0518181816102620152818161047b0152818161086a01526129f20152610100518181816112bb015261142e015261012051818181610d2b0152610ea90152610140518181816111bd0152611b6f0152610160518181816101f00152611bd4015261018051818181610c3301528181610e68015281816119af01526123250152f35b6302cd493d60e21b5f5260045ffd5b9050155f6100cc565b60ff85161591506100c5565b60ff84161591506100be565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519060ff8216820361023c5756fe60806040526004361015610011575f80fd5b5f3560e01c80624b4d48146115715780630b75233c1461146d5780631486fb5714611451578063162c02131461141757806317c44b761461127f57806317d90b4d146112475780631daf23ab146111e0578063228cb733146111a65780632b83a6bc1461114f578063305b630c146111255780633ccfd60b1461108d5780633d0c75fe1461103a5780633f1bf3d1146110075780634143e68c14610d8b57806341b1a82a14610d4e57806350b3d1c214610d1457806353e1a46014610c6257806375c6022514610c1e5780637aeee84814610c075780638fee640714610bc1578063987757dd14610ba5578063a285aed714610b88578063a4b7f76114610b4b578063b4f40c6114610b11578063b6244e1b1461097c578063bd5b2de314610779578063c8f84fd51461031e578063d5d44d80146102e2578063eff0f59214610286578063f3f480d914610243578063f426ca421461021f578063f7260d3e146101db5763fb70791f14610183575f80fd5b346101d75760203660031901126101d7576004355f526001602052606060405f205463ffffffff604051916001600160401b03811683526001600160401b038160401c16602084015260801c166040820152f35b5f80fd5b346101d7575f3660031901126101d7576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101d7576101003660031901126101d757602061023b611cf2565b604051908152f35b346101d7575f3660031901126101d75760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101d75760203660031901126101d7576004355f525f602052608060405f205460ff604051916001600160401b03811683526001600160401b038160401c1660208401528181851c16604084015260881c1615156060820152f35b346101d75760203660031901126101d7576004356001600160a01b038116908190036101d7575f526004602052602060405f2054604051908152f35b346101d75760203660031901126101d7576004356001600160401b0381116101d75761034e9036906004016116d5565b801561076857903681900361025e1901905f5b83811015610777578060051b820135838112156101d757820160ff610385826118c4565b166103b057906103aa6020836103a16101406001960182611c71565b9290910161296e565b01610361565b600160ff6103bd836118c4565b16036105bd578060206103e792016103d9610120830183611c71565b939092610140810190611c71565b9390926103f383611dc7565b959094865f525f60205260405f209485549260ff8460801c16156105aa5760ff8460881c161561059757610428898989611f27565b61044a8686610439606086016118c4565b60c08601359060e087013590612ac4565b5f19925f967f0000000000000000000000000000000000000000000000000000000000000000966001600160401b037f000000000000000000000000000000000000000000000000000000000000000016985b8881106104c15750505050505050505050916104bc9160019493611f86565b6103aa565b6104d56104d08285858a612b50565b612395565b5f525f60205260ff60405f205460801c168061058657505f52600160205263ffffffff60405f205460801c16610574578b8d895f198a1461053c575b505050898710610525576001905b0161049d565b898763e58369d160e01b5f5260045260245260445ffd5b61056b939950866105659261055e6001600160401b038b9460401c1643611acf565b948b612da3565b90611adc565b958b8d89610511565b634894873b60e01b5f5260045260245ffd5b60029150036105745760019061051f565b88632ce39d1d60e21b5f5260045260245ffd5b88635b9264f760e11b5f5260045260245ffd5b90600260ff6105cb846118c4565b160361076857610160820191602081016105e481611dc7565b919094825f525f60205260405f209360ff855460801c16156107555761060982611dc7565b809491505f525f60205260ff60405f205460801c1693841561074357509060ff61063389936118c4565b16159283159361072a575b8315610710575b5082156106d2575b82156106b2575b82156106a2575b50506106935760029061066f838786611f27565b03610680576001936104bc92611f86565b634894873b60e01b5f525f60045260245ffd5b630e8379a960e41b5f5260045ffd5b610180013514159050858a61065b565b91506001600160401b036106c96101a084016118d2565b16151591610654565b91506106e16101c083016118c4565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614159161064d565b600191935061072060ff916118c4565b161415918b610645565b925060ff61073a608083016118c4565b1615159261063e565b635b9264f760e11b5f5260045260245ffd5b83635b9264f760e11b5f5260045260245ffd5b6302cd493d60e21b5f5260045ffd5b005b346101d757366003190161014081126101d757610100136101d757610104356001600160401b0381116101d7576107b49036906004016116d5565b610124356001600160401b0381116101d7576107d49036906004016116d5565b906107df6004611dc7565b939092845f525f60205260405f209283549160ff8360801c16156109695760ff8360881c161561095657610814878787611f27565b60643560ff811681036101d757848982610839939b979b5060c4359060e43590612ac4565b5f19915f987f0000000000000000000000000000000000000000000000000000000000000000956001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169a5b87811061089e576107778b8b8b611f86565b6108ae6104d08285856004612b50565b5f525f60205260ff60405f205460801c168061094557505f52600160205263ffffffff60405f205460801c1661057457898b5f198814610913575b50508b86106108fc576001905b0161088c565b8b8663e58369d160e01b5f5260045260245260445ffd5b61093d9297508686610565926109356001600160401b038d60401c1643611acf565b946004612da3565b94898b6108e9565b6002915003610574576001906108f6565b86632ce39d1d60e21b5f5260045260245ffd5b86635b9264f760e11b5f5260045260245ffd5b346101d757366003190161028081126101d757610100136101d757610104356001600160401b0381116101d7576109b79036906004016116d5565b90610100366101231901126101d757610224356001600160401b0381116101d7576109e69036906004016116d5565b926102443590610264356001600160401b0381116101d757610a0c9036906004016116d5565b949095610a17611d90565b90815f525f60205260ff60405f205460801c1615610afe57610a3a610124611d44565b60408051602081018381526101e43592820192909252610204356060820152610a7081608081015b03601f198101835282611849565b51902091825f525f60205260ff60405f205460801c1615610aeb571491821592610ae1575b50506107685783610aa991610ab0966121b8565b5050612067565b929082610ab957005b83610ac661077795612395565b509160ff6060830151169060c060e084015193015193611e2a565b1490508880610a95565b82635b9264f760e11b5f5260045260245ffd5b50635b9264f760e11b5f5260045260245ffd5b346101d7575f3660031901126101d75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101d7575f3660031901126101d757602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101d7575f3660031901126101d7576020600554604051908152f35b346101d75760203660031901126101d757610777600435611ae9565b346101d75760203660031901126101d7576004355f526003602052606060405f20600181549101546040519160018060a01b038116835260a01c60208301526040820152f35b346101d757610777610c1836611705565b9161296e565b346101d7575f3660031901126101d7576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101d7576101003660031901126101d757610c7c611d90565b805f525f60205260405f209160ff835460801c1615610afe5760ff610c9f6118a4565b1615801590610d01575b610cf257610cb8828285611f27565b610cc061225d565b158015610ce4575b610cd55761077792611f86565b6312c7dd9b60e11b5f5260045ffd5b5060a43560c4351415610cc8565b631e408ea960e31b5f5260045ffd5b5060ff610d0c6118b4565b161515610ca9565b346101d7575f3660031901126101d75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101d7575f3660031901126101d757602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b366003190161014081126101d757610100136101d757610104356001600160401b0381116101d757610dc1903690600401611742565b6101243591610dce611d90565b805f949294525f60205260405f2060ff815460801c1615610afe5760ff610df36118a4565b1615801590610ff4575b610cf2578185610e0c92611f27565b835f526001602052600263ffffffff60405f205460801c1610610fe25750610e3261225d565b610fd357610e3f916122f6565b60c49391933503610fc45760405163b6ada9f560e01b815260a4356004820152926020846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa938415610fb9575f94610f85575b508115610768577f000000000000000000000000000000000000000000000000000000000000000093843403610f6e579161023b9391602095936040518781019085825282604082015260408152610ef9606082611849565b51902060405194610f0986611812565b60018652888601525f604086015260ff7f0000000000000000000000000000000000000000000000000000000000000000166060860152608085015260a084015260c083015260e0820152610f5d81612395565b906001600160401b03431692612675565b84630239dc1360e61b5f523460045260245260445ffd5b9093506020813d602011610fb1575b81610fa160209383611849565b810103126101d757519284610ea0565b3d9150610f94565b6040513d5f823e3d90fd5b636cf7133560e01b5f5260045ffd5b632424abe360e11b5f5260045ffd5b63d1d4dc1160e01b5f5260045260245ffd5b5060ff610fff6118b4565b161515610dfd565b346101d75760203660031901126101d7576004355f52600660205260206001600160401b0360405f205416604051908152f35b346101d757366003190161014081126101d757610100136101d757610104356001600160401b0381116101d75761108461107a60209236906004016116d5565b6101243591612067565b50604051908152f35b346101d7575f3660031901126101d757335f5260046020525f80808060408120543382526004602052816040812055335af13d15611120573d6001600160401b03811161110c57604051906110ec601f8201601f191660200183611849565b81525f60203d92013e5b156110fd57005b6312171d8360e31b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b6110f6565b346101d75760203660031901126101d7576004355f526002602052602060405f2054604051908152f35b346101d7576101003660031901126101d757611169611cf2565b61117161186a565b5f525f60205260405f205460ff8160801c161561119e576020916001600160401b0361023b921690611fd0565b61074361186a565b346101d7575f3660031901126101d75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101d757366003190161014081126101d757610100136101d757610104356001600160401b0381116101d75761121b903690600401611742565b61012435916001600160401b0383116101d75761123f610777933690600401611742565b92909161191c565b346101d75761077761125836611705565b9161126281611dc7565b61126e606084016118c4565b9060e060c085013594013592611e2a565b6101003660031901126101d75760ff6112966118a4565b16158015906113f9575b80156113c2575b8015611390575b8015611386575b610768577f0000000000000000000000000000000000000000000000000000000000000000803403611370576112e9611d90565b90916040516112f781611812565b60043560ff811681036101d757815260243560208201526044356001600160401b03811681036101d75760408201526064359260ff841684036101d75760209461023b946060840152608435608084015260a43560a084015260c43560c084015260e43560e08401526001600160401b03431692612675565b630239dc1360e61b5f523460045260245260445ffd5b5060e435156112b5565b506040516020810190602435825260a4356040820152604081526113b5606082611849565b51902060843514156112ae565b506113cb6118b4565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614156112a7565b506044356001600160401b038116908181036101d7575015156112a0565b346101d7575f3660031901126101d75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101d7576101003660031901126101d757602061023b61186a565b346101d75760403660031901126101d7576004356024356001600160401b0381168091036101d757815f5260066020526001600160401b0360405f2054161580159061151c575b61150657600101906001600160401b0382116114f2575f5260066020526001600160401b0360405f2091166001600160401b03198254161790555f80f35b634e487b7160e01b5f52601160045260245ffd5b90637ebbd33560e01b5f5260045260245260445ffd5b5061156a60ff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000061176f565b81116114b4565b346101d757366003190161020081126101d757610100136101d757610100366101031901126101d7576115a46004611dc7565b805f525f60205260405f209160ff835460801c1615610afe576115c8610104611dc7565b8091505f525f60205260ff60405f205460801c16908115610743575060043560ff8116908181036101d75750158015906116bd575b80156116a2575b8015611665575b8015611646575b8015611639575b6106935760029061162b848487611f27565b036106805761077792611f86565b5081610124351415611619565b50610144356001600160401b038116908181036101d757501515611612565b506101643560ff8116908181036101d7575060ff7f000000000000000000000000000000000000000000000000000000000000000016141561160b565b506101043560ff81168082036101d757600191501415611604565b5060643560ff8116908181036101d7575015156115fd565b9181601f840112156101d7578235916001600160401b0383116101d7576020808501948460051b0101116101d757565b90600319820161012081126101d757610100136101d75760049161010435906001600160401b0382116101d75761173e916004016116d5565b9091565b9181601f840112156101d7578235916001600160401b0383116101d757602083818601950101116101d757565b90801561180b5781156118055781806001146117fd576002146117ec5760208110610133831016604e8210600b841016176117e7576001905b600181116117bf5750815f190481116114f2570290565b91805f190481116114f257600183166117de575b80029160011c6117a8565b809102906117d3565b900a90565b905060ff81116114f2576001901b90565b505050600190565b50505f90565b5050600190565b61010081019081106001600160401b0382111761110c57604052565b608081019081106001600160401b0382111761110c57604052565b90601f801991011681019081106001600160401b0382111761110c57604052565b6118746004611d44565b604080516020810192835260c4359181019190915260e435606082015261189e8160808101610a62565b51902090565b60043560ff811681036101d75790565b60643560ff811681036101d75790565b3560ff811681036101d75790565b356001600160401b03811681036101d75790565b91908260409103126101d7576020825192015190565b908060209392818452848401375f828201840152601f01601f1916010190565b90926119286004611dc7565b939092845f525f60205260405f209560ff875460801c1615611abc5760043560ff81168082036101d75760011480159150611aa4575b610cf2576119ab6040936119999561197789898c611f27565b8551637c7065cb60e11b815260048101879052968795869560448701916118fc565b848103600319016024860152916118fc565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa805f925f92611a70575b50611a0157639ef7a34d60e01b5f525f60045260a43560245260445ffd5b9060a43590818103611a5b57505060c43503611a2257611a2092611f86565b565b50815460ff60801b1916600360801b179091557f540711e487a54cbcaf102e9e88f2fdf723274e0428bb1b4345b7525b7329a6b95f80a2565b639ef7a34d60e01b5f5260045260245260445ffd5b909250611a95915060403d604011611a9d575b611a8d8183611849565b8101906118e6565b90915f6119e3565b503d611a83565b5060643560ff8116908181036101d75750151561195e565b85635b9264f760e11b5f5260045260245ffd5b919082039182116114f257565b919082018092116114f257565b805f525f60205260ff60405f205460801c1615610743575f8181526003602052604090208054906001600160a01b03821615611c5e57600181015491825f52600260205260405f2054928315611c4c575060a01c928315611c3a5781546001600160a01b03168255600554611b5f908590611acf565b6005558214611c145750611bcb917f000000000000000000000000000000000000000000000000000000000000000080821015611c0e575080915b5f52600360205260018060a01b0360405f2054165f52600460205260405f20611bc4838254611adc565b9055611acf565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f526004602052611c0a60405f20918254611adc565b9055565b91611b9a565b546001600160a01b03165f90815260046020526040902080549092611c0a925090611adc565b63220a6c6160e11b5f5260045260245ffd5b63f35892c960e01b5f5260045260245ffd5b8263220a6c6160e11b5f5260045260245ffd5b903590601e19813603018212156101d757018035906001600160401b0382116101d757602001918160051b360383136101d757565b94929091606a96949260ff60f81b9060f81b16865260018601526001600160401b0360c01b9060c01b16602185015260ff60f81b9060f81b166029840152602a830152604a8201520190565b60043560ff811681036101d7576044356001600160401b03811681036101d7576064359160ff831683036101d75761189e90610a62604051938492602084019660a4359260843592602435908a611ca6565b611d4d816118c4565b9061189e611d5d604083016118d2565b92610a62611d6d606085016118c4565b91604051948593602085019760a08301359360206080850135940135908a611ca6565b611d9a6004611d44565b90604051602081019061189e81610a6260e43560c435888791606093918352602083015260408201520190565b90611dd182611d44565b9160405161189e81610a62602082019460c060e0820135910135888791606093918352602083015260408201520190565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b90959493929192865f525f60205260405f209283549460ff8660801c16156105aa57611e599288928892612ac4565b611e64868284611f27565b5f526001602052600263ffffffff60405f205460801c1610611f145760ff8260881c1615611e94575b5050505050565b60ff60881b19909116600160881b178155611eb990436001600160401b031690611e02565b60405160208082528101839052906001600160fb1b0383116101d757816040917f1e2ba59f66321f2694ff1960794c0430dc039e8fd64d84ab9bc93fedc81a44729460051b8091848401378101030190a25f80808080611e8d565b8463d1d4dc1160e01b5f5260045260245ffd5b60ff909291925460801c169060038214611f7457506002148015611f5f575b611f4d5750565b631e03241960e11b5f5260045260245ffd5b50805f52600260205260405f20541515611f46565b6304218bdb60e51b5f5260045260245ffd5b805460ff60801b1916600160811b1790555f8181526002602052604081208390559091907ff331ee9828f8b7afa9c1f2e5e2dc9ceb9e90bfb08ee1afb2f7fb4aed5efac3619080a3565b5f52600160205260405f2054600263ffffffff8260801c1610155f1461201b576001600160401b03809160401c16915b168082101561200f5750505f90565b61201891611acf565b90565b506001600160401b034391612000565b6040519061203882611812565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b92919261207261202b565b5061207d6004611dc7565b949092855f525f60205260405f209586549460ff8660801c1615610afe5760ff8660881c16156121a557906120b29188611f27565b7f0000000000000000000000000000000000000000000000000000000000000000821015610768576064359260ff841684036101d757612100828286612107975060c4359060e43590612ac4565b6004612b50565b9061211182612395565b8092919291815f525f60205260405f2090815460ff8160801c1661215057505050506001600160401b0361214d9394955460401c16918461240f565b91565b6001600160401b03919396989295945081169260401c1690828210612179575b50505050509190565b61219b946001600160401b0380931683198254161790555460401c1691612cc4565b5f80808080612170565b50632ce39d1d60e21b5f5260045260245ffd5b9291926121c361202b565b506121cf610124611dc7565b949092855f525f60205260405f209586549460ff8660801c1615610afe5760ff8660881c16156121a557906122049188611f27565b7f000000000000000000000000000000000000000000000000000000000000000082101561076857610184359260ff841684036101d75761225582828661210797506101e435906102043590612ac4565b610124612b50565b6024355f5260066020526001600160401b0360405f20541680151590816122dd575b816122c4575b8161228e575090565b6044356001600160401b03811692508281036101d757505f19016001600160401b0381116114f2576001600160401b0316111590565b905060643560ff8116908181036101d757501590612285565b905060043560ff8116908181036101d75750159061227f565b6040805163ea599e3360e01b81526020600482015293929091849182916123219160248401916118fc565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91825f915f94612372575b5061236e57636cf7133560e01b5f5260045ffd5b9190565b90935061238e915060403d604011611a9d57611a8d8183611849565b925f61235a565b9060ff82511660208301516123d96001600160401b0360408601511691610a6260ff606088015116608088015160a08901519160405196879560208701998a611ca6565b51902091610a6261189e60e060c08401519301516040519283916020830195888791606093918352602083015260408201520190565b92909192835f525f60205260ff60405f205460801c1661266257825f52600260205260405f205461264f576040516124468161182e565b6124d46001600160401b03841691828152602081015f81526124b960ff604084016001815261249f6001600160401b0360608701955f87528d5f525f602052818060405f20995116168219895416178855511686611e02565b51845460ff60801b1916911660801b60ff60801b16178355565b51815460ff60881b191690151560881b60ff60881b16179055565b835f52600160205260405f2092835463ffffffff8160801c16155f146125e9575050825467ffffffffffffffff60401b1982166001600160801b03199091161767ffffffffffffffff60401b1783555b825491600163ffffffff8460801c16019163ffffffff83116114f25786947f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4946101209463ffffffff60801b9060801b169063ffffffff60801b191617905560e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b6001600160401b0381168310156126265750506126106001600160401b0384541684611e02565b825467ffffffffffffffff191681178355612524565b60401c6001600160401b0316821061263f575b50612524565b6126499084611e02565b5f612639565b82631e03241960e11b5f5260045260245ffd5b8363705979c560e11b5f5260045260245ffd5b939193929092845f525f60205260ff60405f205460801c1661295b57835f52600260205260405f205461294857604051926126af8461182e565b6127096001600160401b03841694858152876124b960ff602084015f815261249f6001600160401b0360408701926001845260608801965f88525f525f602052818060405f20995116168219895416178855511686611e02565b845f52600160205260405f2092835463ffffffff8160801c16155f146128e2575050825467ffffffffffffffff60401b1985166001600160801b03199091161767ffffffffffffffff60401b1783555b825492600163ffffffff8560801c16019363ffffffff85116114f257879463ffffffff60801b9060801b169063ffffffff60801b191617905580612826575b50610120907f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4929360e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b91506040519060608201938285106001600160401b0386111761110c5760409485523383526bffffffffffffffffffffffff841660208085019182528685018881525f8a815260039092529690209351905160a01b6001600160a01b0319166001600160a01b039190911617835593516001929092019190915560055485937f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed49361012093926128d69190611adc565b60055593925090612798565b6001600160401b03811686101561291f5750506129096001600160401b0384541684611e02565b825467ffffffffffffffff191684178355612759565b60401c6001600160401b03168510612938575b50612759565b6129429084611e02565b5f612932565b83631e03241960e11b5f5260045260245ffd5b8463705979c560e11b5f5260045260245ffd5b90929161297a82611dc7565b929091835f525f60205260405f209560ff875460801c1615612ab1576129a1858589611f27565b60208301355f5260066020526001600160401b0360405f2054168015159081612a9c575b81612a84575b81612a4f575b5080612a3d575b610fd35784846129e794612da3565b936001600160401b037f00000000000000000000000000000000000000000000000000000000000000001694858110612a265750611a20939450611f86565b859063e58369d160e01b5f5260045260245260445ffd5b5060a083013560c084013514156129d8565b9050612a5d604085016118d2565b905f19016001600160401b0381116114f2576001600160401b03809116911610155f6129d1565b905060ff612a94606086016118c4565b1615906129cb565b905060ff612aa9856118c4565b1615906129c5565b84635b9264f760e11b5f5260045260245ffd5b9392919060ff851615612af057612ada94612eb1565b15612ae157565b6305bb030160e31b5f5260045ffd5b6312d6bf9760e11b5f5260045ffd5b60ff5f199116019060ff82116114f257565b91906001600160fb1b0381116101d75760051b809282370190565b9190811015612b3c5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b91939293612b5c61202b565b947f00000000000000000000000000000000000000000000000000000000000000009360608101612ba060ff612b99612b94846118c4565b612aff565b168761176f565b9060ff612bac846118c4565b168952602083013560208a0152612bc5604084016118d2565b82850290851593868304148417156114f25760ff926001600160401b03612bf4612bff9482612b949516611adc565b1660408d01526118c4565b1660608901528383116101d757612c168387611adc565b8087116101d7578481116101d757610a62612c5b888060051b8901930392604051928391602083019560808901358752612c558c8b6040870191612b11565b91612b11565b519020608089015215612c9f5790612c979460a0612c919301355b60a0890152612c86828587612b2c565b3560c0890152611adc565b91612b2c565b3560e0830152565b505f198101908082116114f257612c9794612cbe612c91938587612b2c565b35612c76565b9190915f52600160205260405f209182546001600160401b038082169216908282145f14612d09575050506001600160401b03166001600160401b0319825416179055565b60401c6001600160401b0316908114159081612d6c575b5015612d2b57505050565b6001600160401b0382161015612d63576001600160401b0390612d518284541684611e02565b166001600160401b0319825416179055565b611a2091611e02565b90506001600160401b03831610155f612d20565b9190811015612b3c5760051b8101359061013e19813603018212156101d7570190565b94939290825f525f602052600360ff60405f205460801c1614612e9e57612de390835f95949395525f6020526001600160401b0360405f20541690611fd0565b9490925f915b838310612df7575050505050565b9091929395612e07848685612d80565b96612e1188611dc7565b939091845f525f60205260405f20908154928b60ff8560801c161593868b8d8715612e7b575b50505050505050612e685791610565612e5c926001600160401b036001951690611fd0565b96919493019190612de9565b8563017bf73160e21b5f5260045260245ffd5b612e91975090612e8b918d612d80565b92613004565b155f808b81868b8d612e37565b826304218bdb60e51b5f5260045260245ffd5b92939260ff16918215918215612fc5575b8215612f9f575b508115612f5d575b50612f5657600114612ee4575050600190565b7f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b0381168114159290600181901b90845b6114f25781811015612f4a57612f33818585612b2c565b35612f415760010184612f1c565b50505050505f90565b50505050505f8061180b565b5050505f90565b90507f00000000000000000000000000000000000000000000000000000000000000005f1981019081116114f257612f96908486612b2c565b3514155f612ed1565b9091506040516020810190612fb981610a6284898b612b11565b5190201415905f612ec9565b91507f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b03811681036114f25760011b84141591612ec2565b939190600160ff613014856118c4565b16148061319f575b80613183575b61313857505460881c60ff1615908115613116575b81156130e0575b5080156130b1575b801561307b575b612f5657613075916101208261306a6101006104d0950182611c71565b929091013592612b50565b90501490565b506130ab61308d610100830183611c71565b9061309a606086016118c4565b60c08601359060e087013590612eb1565b1561304d565b507f00000000000000000000000000000000000000000000000000000000000000006101208201351015613046565b9050600160ff6130fd60606130f68188016118c4565b94016118c4565b160160ff81116114f25760ff809116911614155f61303e565b9050613121836118c4565b60ff8061312d846118c4565b169116141590613037565b9380955060ff92935061314b91506118c4565b16159283613169575b508261315f57505090565b6020013514919050565b60ff919350606061317a91016118c4565b1615915f613154565b506001600160401b03613198604085016118d2565b1615613022565b506131ac606084016118c4565b60ff807f00000000000000000000000000000000000000000000000000000000000000001691161461301c56fea26469706673582212202b6cec1c3f02d9784e9e25b941129344068da8024338f76d48fef53c0833d37e64736f6c63430008250033",
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
