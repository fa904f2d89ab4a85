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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k_\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"height0_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"height1_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake0_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake1_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeMachine\",\"name\":\"machine_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLink\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChildPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Decided\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LevelNotOpened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"NotChild\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotDissected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotRivaled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OneStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Refuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"Undecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"}],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongStake\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"name\":\"ClaimConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structChallengeManager.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"}],\"name\":\"ClaimMade\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimRefuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"Dissected\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"own\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"ownNode\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"rival\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"rivalNode\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"childNode\",\"type\":\"bytes32[]\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"assertClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"created\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dissectAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"dissected\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"by\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"internalType\":\"structChallengeManager.Conf[]\",\"name\":\"cs\",\"type\":\"tuple[]\"}],\"name\":\"confirmAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByChildren\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"lower\",\"type\":\"tuple\"}],\"name\":\"confirmByLevel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"internalType\":\"structChallengeManager.Up[]\",\"name\":\"path\",\"type\":\"tuple[]\"}],\"name\":\"confirmByTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"}],\"name\":\"dissect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height0\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height1\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"idOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"machine\",\"outputs\":[{\"internalType\":\"contractIDisputeMachine\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"mutualOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"mutuals\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first0\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"first1\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"parent\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"node\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"from\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"endPreimage\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"name\":\"openLevel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pre\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake0\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mutual\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"origin\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"pos\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"startCtx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commit\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeManager.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"unrivaled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ChallengeManager",
	Bin: "0x6101a03461022e57601f61311e38819003918201601f19168301916001600160401b03831184841017610232578084926101209460405283398101031261022e5780519061004f60208201610246565b9161005c60408301610246565b60608301516001600160401b03811694919085810361022e5760808501519160a08601519360c08701519560e08801519760018060a01b038916890361022e576101000151986001600160a01b038a168a0361022e5760028210908115610222575b8115610216575b811561020d575b506101fe5760805260a05260c05260e0526101005261012052610140526101605261018052604051612ec9908161025582396080518181816104300152818161081f01528181610b0701528181611e1101528181611f630152818161281901528181612ba001528181612c1b01528181612c830152612d6e015260a051818181610b4301526112c0015260c0518181816106c501528181610c9401528181610e3e015281816114670152612e6b015260e0518181816102410152818161045a01528181610849015261267d0152610100518181816111ab015261131e015261012051818181610c580152610dcc0152610140518181816110ad01526118cc0152610160518181816101cf0152611931015261018051818181610c1201528181610d8b015281816116f80152611fe90152f35b6302cd493d60e21b5f5260045ffd5b9050155f6100cc565b60ff85161591506100c5565b60ff84161591506100be565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519060ff8216820361022e5756fe60806040526004361015610011575f80fd5b5f3560e01c80624b4d481461135d5780631486fb5714611341578063162c02131461130757806317c44b761461116f57806317d90b4d146111375780631daf23ab146110d0578063228cb733146110965780632b83a6bc1461103f578063305b630c146110155780633ccfd60b14610f7d5780633d0c75fe14610f2a5780634143e68c14610cb857806341b1a82a14610c7b57806350b3d1c214610c4157806375c6022514610bfd5780637aeee84814610be65780638fee640714610ba0578063987757dd14610b84578063a285aed714610b67578063a4b7f76114610b2a578063b4f40c6114610af0578063b6244e1b1461095b578063bd5b2de314610758578063c8f84fd5146102fd578063d5d44d80146102c1578063eff0f59214610265578063f3f480d914610222578063f426ca42146101fe578063f7260d3e146101ba5763fb70791f14610162575f80fd5b346101b65760203660031901126101b6576004355f526001602052606060405f205463ffffffff604051916001600160401b03811683526001600160401b038160401c16602084015260801c166040820152f35b5f80fd5b346101b6575f3660031901126101b6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101b6576101003660031901126101b657602061021a611a4f565b604051908152f35b346101b6575f3660031901126101b65760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101b65760203660031901126101b6576004355f525f602052608060405f205460ff604051916001600160401b03811683526001600160401b038160401c1660208401528181851c16604084015260881c1615156060820152f35b346101b65760203660031901126101b6576004356001600160a01b038116908190036101b6575f526004602052602060405f2054604051908152f35b346101b65760203660031901126101b6576004356001600160401b0381116101b65761032d9036906004016114c1565b801561074757903681900361025e1901905f5b83811015610756578060051b820135838112156101b657820160ff6103648261160d565b1661038f579061038960208361038061014060019601826119ce565b92909101612632565b01610340565b600160ff61039c8361160d565b160361059c578060206103c692016103b86101208301836119ce565b9390926101408101906119ce565b9390926103d283611b24565b959094865f525f60205260405f209485549260ff8460801c16156105895760ff8460881c161561057657610407898989611c84565b61042986866104186060860161160d565b60c08601359060e0870135906126db565b5f19925f967f0000000000000000000000000000000000000000000000000000000000000000966001600160401b037f000000000000000000000000000000000000000000000000000000000000000016985b8881106104a057505050505050505050509161049b9160019493611ce3565b610389565b6104b46104af8285858a61280a565b612059565b5f525f60205260ff60405f205460801c168061056557505f52600160205263ffffffff60405f205460801c16610553578b8d895f198a1461051b575b505050898710610504576001905b0161047c565b898763e58369d160e01b5f5260045260245260445ffd5b61054a939950866105449261053d6001600160401b038b9460401c1643611818565b948b612a5d565b90611839565b958b8d896104f0565b634894873b60e01b5f5260045260245ffd5b6002915003610553576001906104fe565b88632ce39d1d60e21b5f5260045260245ffd5b88635b9264f760e11b5f5260045260245ffd5b90600260ff6105aa8461160d565b160361074757610160820191602081016105c381611b24565b919094825f525f60205260405f209360ff855460801c1615610734576105e882611b24565b809491505f525f60205260ff60405f205460801c1693841561072257509060ff610612899361160d565b161592831593610709575b83156106ef575b5082156106b1575b8215610691575b8215610681575b50506106725760029061064e838786611c84565b0361065f5760019361049b92611ce3565b634894873b60e01b5f525f60045260245ffd5b630e8379a960e41b5f5260045ffd5b610180013514159050858a61063a565b91506001600160401b036106a86101a0840161161b565b16151591610633565b91506106c06101c0830161160d565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614159161062c565b60019193506106ff60ff9161160d565b161415918b610624565b925060ff6107196080830161160d565b1615159261061d565b635b9264f760e11b5f5260045260245ffd5b83635b9264f760e11b5f5260045260245ffd5b6302cd493d60e21b5f5260045ffd5b005b346101b657366003190161014081126101b657610100136101b657610104356001600160401b0381116101b6576107939036906004016114c1565b610124356001600160401b0381116101b6576107b39036906004016114c1565b906107be6004611b24565b939092845f525f60205260405f209283549160ff8360801c16156109485760ff8360881c1615610935576107f3878787611c84565b60643560ff811681036101b657848982610818939b979b5060c4359060e435906126db565b5f19915f987f0000000000000000000000000000000000000000000000000000000000000000956001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169a5b87811061087d576107568b8b8b611ce3565b61088d6104af828585600461280a565b5f525f60205260ff60405f205460801c168061092457505f52600160205263ffffffff60405f205460801c1661055357898b5f1988146108f2575b50508b86106108db576001905b0161086b565b8b8663e58369d160e01b5f5260045260245260445ffd5b61091c9297508686610544926109146001600160401b038d60401c1643611818565b946004612a5d565b94898b6108c8565b6002915003610553576001906108d5565b86632ce39d1d60e21b5f5260045260245ffd5b86635b9264f760e11b5f5260045260245ffd5b346101b657366003190161028081126101b657610100136101b657610104356001600160401b0381116101b6576109969036906004016114c1565b90610100366101231901126101b657610224356001600160401b0381116101b6576109c59036906004016114c1565b926102443590610264356001600160401b0381116101b6576109eb9036906004016114c1565b9490956109f6611aed565b90815f525f60205260ff60405f205460801c1615610add57610a19610124611aa1565b60408051602081018381526101e43592820192909252610204356060820152610a4f81608081015b03601f198101835282611592565b51902091825f525f60205260ff60405f205460801c1615610aca571491821592610ac0575b50506107475783610a8891610a8f96611f15565b5050611dc4565b929082610a9857005b83610aa561075695612059565b509160ff6060830151169060c060e084015193015193611b87565b1490508880610a74565b82635b9264f760e11b5f5260045260245ffd5b50635b9264f760e11b5f5260045260245ffd5b346101b6575f3660031901126101b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101b6575f3660031901126101b657602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101b6575f3660031901126101b6576020600554604051908152f35b346101b65760203660031901126101b657610756600435611846565b346101b65760203660031901126101b6576004355f526003602052606060405f20600181549101546040519160018060a01b038116835260a01c60208301526040820152f35b346101b657610756610bf7366114f1565b91612632565b346101b6575f3660031901126101b6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101b6575f3660031901126101b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101b6575f3660031901126101b657602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b366003190161014081126101b657610100136101b657610104356001600160401b0381116101b657610cee90369060040161152e565b906101243591610cfc611aed565b805f949294525f60205260405f2060ff815460801c1615610add5760ff610d216115ed565b1615801590610f17575b610f08578185610d3a92611c84565b835f526001602052600263ffffffff60405f205460801c1610610ef6575090610d6291611fba565b60c49391933503610ee75760405163b6ada9f560e01b815260a4356004820152926020846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa938415610edc575f94610ea8575b508115610747577f000000000000000000000000000000000000000000000000000000000000000093843403610e91579161021a9391602095936040518781019085825282604082015260408152610e1c606082611592565b51902060405194610e2c8661155b565b60018652888601525f604086015260ff7f0000000000000000000000000000000000000000000000000000000000000000166060860152608085015260a084015260c083015260e0820152610e8081612059565b906001600160401b03431692612339565b84630239dc1360e61b5f523460045260245260445ffd5b9093506020813d602011610ed4575b81610ec460209383611592565b810103126101b657519284610dc3565b3d9150610eb7565b6040513d5f823e3d90fd5b636cf7133560e01b5f5260045ffd5b63d1d4dc1160e01b5f5260045260245ffd5b631e408ea960e31b5f5260045ffd5b5060ff610f226115fd565b161515610d2b565b346101b657366003190161014081126101b657610100136101b657610104356001600160401b0381116101b657610f74610f6a60209236906004016114c1565b6101243591611dc4565b50604051908152f35b346101b6575f3660031901126101b657335f5260046020525f80808060408120543382526004602052816040812055335af13d15611010573d6001600160401b038111610ffc5760405190610fdc601f8201601f191660200183611592565b81525f60203d92013e5b15610fed57005b6312171d8360e31b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b610fe6565b346101b65760203660031901126101b6576004355f526002602052602060405f2054604051908152f35b346101b6576101003660031901126101b657611059611a4f565b6110616115b3565b5f525f60205260405f205460ff8160801c161561108e576020916001600160401b0361021a921690611d2d565b6107226115b3565b346101b6575f3660031901126101b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101b657366003190161014081126101b657610100136101b657610104356001600160401b0381116101b65761110b90369060040161152e565b61012435916001600160401b0383116101b65761112f61075693369060040161152e565b929091611665565b346101b657610756611148366114f1565b9161115281611b24565b61115e6060840161160d565b9060e060c085013594013592611b87565b6101003660031901126101b65760ff6111866115ed565b16158015906112e9575b80156112b2575b8015611280575b8015611276575b610747577f0000000000000000000000000000000000000000000000000000000000000000803403611260576111d9611aed565b90916040516111e78161155b565b60043560ff811681036101b657815260243560208201526044356001600160401b03811681036101b65760408201526064359260ff841684036101b65760209461021a946060840152608435608084015260a43560a084015260c43560c084015260e43560e08401526001600160401b03431692612339565b630239dc1360e61b5f523460045260245260445ffd5b5060e435156111a5565b506040516020810190602435825260a4356040820152604081526112a5606082611592565b519020608435141561119e565b506112bb6115fd565b60ff807f00000000000000000000000000000000000000000000000000000000000000001691161415611197565b506044356001600160401b038116908181036101b657501515611190565b346101b6575f3660031901126101b65760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101b6576101003660031901126101b657602061021a6115b3565b346101b657366003190161020081126101b657610100136101b657610100366101031901126101b6576113906004611b24565b805f525f60205260405f209160ff835460801c1615610add576113b4610104611b24565b8091505f525f60205260ff60405f205460801c16908115610722575060043560ff8116908181036101b65750158015906114a9575b801561148e575b8015611451575b8015611432575b8015611425575b61067257600290611417848487611c84565b0361065f5761075692611ce3565b5081610124351415611405565b50610144356001600160401b038116908181036101b6575015156113fe565b506101643560ff8116908181036101b6575060ff7f00000000000000000000000000000000000000000000000000000000000000001614156113f7565b506101043560ff81168082036101b6576001915014156113f0565b5060643560ff8116908181036101b6575015156113e9565b9181601f840112156101b6578235916001600160401b0383116101b6576020808501948460051b0101116101b657565b90600319820161012081126101b657610100136101b65760049161010435906001600160401b0382116101b65761152a916004016114c1565b9091565b9181601f840112156101b6578235916001600160401b0383116101b657602083818601950101116101b657565b61010081019081106001600160401b03821117610ffc57604052565b608081019081106001600160401b03821117610ffc57604052565b90601f801991011681019081106001600160401b03821117610ffc57604052565b6115bd6004611aa1565b604080516020810192835260c4359181019190915260e43560608201526115e78160808101610a41565b51902090565b60043560ff811681036101b65790565b60643560ff811681036101b65790565b3560ff811681036101b65790565b356001600160401b03811681036101b65790565b91908260409103126101b6576020825192015190565b908060209392818452848401375f828201840152601f01601f1916010190565b90926116716004611b24565b939092845f525f60205260405f209560ff875460801c16156118055760043560ff81168082036101b657600114801591506117ed575b610f08576116f46040936116e2956116c089898c611c84565b8551637c7065cb60e11b81526004810187905296879586956044870191611645565b84810360031901602486015291611645565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa805f925f926117b9575b5061174a57639ef7a34d60e01b5f525f60045260a43560245260445ffd5b9060a435908181036117a457505060c4350361176b5761176992611ce3565b565b50815460ff60801b1916600360801b179091557f540711e487a54cbcaf102e9e88f2fdf723274e0428bb1b4345b7525b7329a6b95f80a2565b639ef7a34d60e01b5f5260045260245260445ffd5b9092506117de915060403d6040116117e6575b6117d68183611592565b81019061162f565b90915f61172c565b503d6117cc565b5060643560ff8116908181036101b6575015156116a7565b85635b9264f760e11b5f5260045260245ffd5b9190820391821161182557565b634e487b7160e01b5f52601160045260245ffd5b9190820180921161182557565b805f525f60205260ff60405f205460801c1615610722575f8181526003602052604090208054906001600160a01b038216156119bb57600181015491825f52600260205260405f20549283156119a9575060a01c9283156119975781546001600160a01b031682556005546118bc908590611818565b60055582146119715750611928917f00000000000000000000000000000000000000000000000000000000000000008082101561196b575080915b5f52600360205260018060a01b0360405f2054165f52600460205260405f20611921838254611839565b9055611818565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f52600460205261196760405f20918254611839565b9055565b916118f7565b546001600160a01b03165f90815260046020526040902080549092611967925090611839565b63220a6c6160e11b5f5260045260245ffd5b63f35892c960e01b5f5260045260245ffd5b8263220a6c6160e11b5f5260045260245ffd5b903590601e19813603018212156101b657018035906001600160401b0382116101b657602001918160051b360383136101b657565b94929091606a96949260ff60f81b9060f81b16865260018601526001600160401b0360c01b9060c01b16602185015260ff60f81b9060f81b166029840152602a830152604a8201520190565b60043560ff811681036101b6576044356001600160401b03811681036101b6576064359160ff831683036101b6576115e790610a41604051938492602084019660a4359260843592602435908a611a03565b611aaa8161160d565b906115e7611aba6040830161161b565b92610a41611aca6060850161160d565b91604051948593602085019760a08301359360206080850135940135908a611a03565b611af76004611aa1565b9060405160208101906115e781610a4160e43560c435888791606093918352602083015260408201520190565b90611b2e82611aa1565b916040516115e781610a41602082019460c060e0820135910135888791606093918352602083015260408201520190565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b90959493929192865f525f60205260405f209283549460ff8660801c161561058957611bb692889288926126db565b611bc1868284611c84565b5f526001602052600263ffffffff60405f205460801c1610611c715760ff8260881c1615611bf1575b5050505050565b60ff60881b19909116600160881b178155611c1690436001600160401b031690611b5f565b60405160208082528101839052906001600160fb1b0383116101b657816040917f1e2ba59f66321f2694ff1960794c0430dc039e8fd64d84ab9bc93fedc81a44729460051b8091848401378101030190a25f80808080611bea565b8463d1d4dc1160e01b5f5260045260245ffd5b60ff909291925460801c169060038214611cd157506002148015611cbc575b611caa5750565b631e03241960e11b5f5260045260245ffd5b50805f52600260205260405f20541515611ca3565b6304218bdb60e51b5f5260045260245ffd5b805460ff60801b1916600160811b1790555f8181526002602052604081208390559091907ff331ee9828f8b7afa9c1f2e5e2dc9ceb9e90bfb08ee1afb2f7fb4aed5efac3619080a3565b5f52600160205260405f2054600263ffffffff8260801c1610155f14611d78576001600160401b03809160401c16915b1680821015611d6c5750505f90565b611d7591611818565b90565b506001600160401b034391611d5d565b60405190611d958261155b565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b929192611dcf611d88565b50611dda6004611b24565b949092855f525f60205260405f209586549460ff8660801c1615610add5760ff8660881c1615611f025790611e0f9188611c84565b7f0000000000000000000000000000000000000000000000000000000000000000821015610747576064359260ff841684036101b657611e5d828286611e64975060c4359060e435906126db565b600461280a565b90611e6e82612059565b8092919291815f525f60205260405f2090815460ff8160801c16611ead57505050506001600160401b03611eaa9394955460401c1691846120d3565b91565b6001600160401b03919396989295945081169260401c1690828210611ed6575b50505050509190565b611ef8946001600160401b0380931683198254161790555460401c169161297e565b5f80808080611ecd565b50632ce39d1d60e21b5f5260045260245ffd5b929192611f20611d88565b50611f2c610124611b24565b949092855f525f60205260405f209586549460ff8660801c1615610add5760ff8660881c1615611f025790611f619188611c84565b7f000000000000000000000000000000000000000000000000000000000000000082101561074757610184359260ff841684036101b657611fb2828286611e6497506101e4359061020435906126db565b61012461280a565b6040805163ea599e3360e01b8152602060048201529392909184918291611fe5916024840191611645565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91825f915f94612036575b5061203257636cf7133560e01b5f5260045ffd5b9190565b909350612052915060403d6040116117e6576117d68183611592565b925f61201e565b9060ff825116602083015161209d6001600160401b0360408601511691610a4160ff606088015116608088015160a08901519160405196879560208701998a611a03565b51902091610a416115e760e060c08401519301516040519283916020830195888791606093918352602083015260408201520190565b92909192835f525f60205260ff60405f205460801c1661232657825f52600260205260405f20546123135760405161210a81611577565b6121986001600160401b03841691828152602081015f815261217d60ff60408401600181526121636001600160401b0360608701955f87528d5f525f602052818060405f20995116168219895416178855511686611b5f565b51845460ff60801b1916911660801b60ff60801b16178355565b51815460ff60881b191690151560881b60ff60881b16179055565b835f52600160205260405f2092835463ffffffff8160801c16155f146122ad575050825467ffffffffffffffff60401b1982166001600160801b03199091161767ffffffffffffffff60401b1783555b825491600163ffffffff8460801c16019163ffffffff83116118255786947f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4946101209463ffffffff60801b9060801b169063ffffffff60801b191617905560e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b6001600160401b0381168310156122ea5750506122d46001600160401b0384541684611b5f565b825467ffffffffffffffff1916811783556121e8565b60401c6001600160401b03168210612303575b506121e8565b61230d9084611b5f565b5f6122fd565b82631e03241960e11b5f5260045260245ffd5b8363705979c560e11b5f5260045260245ffd5b939193929092845f525f60205260ff60405f205460801c1661261f57835f52600260205260405f205461260c576040519261237384611577565b6123cd6001600160401b038416948581528761217d60ff602084015f81526121636001600160401b0360408701926001845260608801965f88525f525f602052818060405f20995116168219895416178855511686611b5f565b845f52600160205260405f2092835463ffffffff8160801c16155f146125a6575050825467ffffffffffffffff60401b1985166001600160801b03199091161767ffffffffffffffff60401b1783555b825492600163ffffffff8560801c16019363ffffffff851161182557879463ffffffff60801b9060801b169063ffffffff60801b1916179055806124ea575b50610120907f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed4929360e06040519260ff8151168452602081015160208501526001600160401b03604082015116604085015260ff60608201511660608501526080810151608085015260a081015160a085015260c081015160c0850152015160e0830152610100820152a390565b91506040519060608201938285106001600160401b03861117610ffc5760409485523383526bffffffffffffffffffffffff841660208085019182528685018881525f8a815260039092529690209351905160a01b6001600160a01b0319166001600160a01b039190911617835593516001929092019190915560055485937f442bfa269147b2b372c0a4237f10273b619498e35c7d2f6cfffd3385c059aed493610120939261259a9190611839565b6005559392509061245c565b6001600160401b0381168610156125e35750506125cd6001600160401b0384541684611b5f565b825467ffffffffffffffff19168417835561241d565b60401c6001600160401b031685106125fc575b5061241d565b6126069084611b5f565b5f6125f6565b83631e03241960e11b5f5260045260245ffd5b8463705979c560e11b5f5260045260245ffd5b92919061263e84611b24565b929091835f525f60205260405f209560ff875460801c16156126c857908484612672949361266d83838c611c84565b612a5d565b936001600160401b037f000000000000000000000000000000000000000000000000000000000000000016948581106126b15750611769939450611ce3565b859063e58369d160e01b5f5260045260245260445ffd5b84635b9264f760e11b5f5260045260245ffd5b9392919060ff851615612707576126f194612b6b565b156126f857565b6305bb030160e31b5f5260045ffd5b6312d6bf9760e11b5f5260045ffd5b60ff5f199116019060ff821161182557565b9080156127c45781156127be5781806001146127b6576002146127a55760208110610133831016604e8210600b841016176127a0576001905b600181116127785750815f19048111611825570290565b91805f190481116118255760018316612797575b80029160011c612761565b8091029061278c565b900a90565b905060ff8111611825576001901b90565b505050600190565b50505f90565b5050600190565b91906001600160fb1b0381116101b65760051b809282370190565b91908110156127f65760051b0190565b634e487b7160e01b5f52603260045260245ffd5b91939293612816611d88565b947f0000000000000000000000000000000000000000000000000000000000000000936060810161285a60ff61285361284e8461160d565b612716565b1687612728565b9060ff6128668461160d565b168952602083013560208a015261287f6040840161161b565b82850290851593868304148417156118255760ff926001600160401b036128ae6128b9948261284e9516611839565b1660408d015261160d565b1660608901528383116101b6576128d08387611839565b8087116101b6578481116101b657610a41612915888060051b890193039260405192839160208301956080890135875261290f8c8b60408701916127cb565b916127cb565b51902060808901521561295957906129519460a061294b9301355b60a08901526129408285876127e6565b3560c0890152611839565b916127e6565b3560e0830152565b505f19810190808211611825576129519461297861294b9385876127e6565b35612930565b9190915f52600160205260405f209182546001600160401b038082169216908282145f146129c3575050506001600160401b03166001600160401b0319825416179055565b60401c6001600160401b0316908114159081612a26575b50156129e557505050565b6001600160401b0382161015612a1d576001600160401b0390612a0b8284541684611b5f565b166001600160401b0319825416179055565b61176991611b5f565b90506001600160401b03831610155f6129da565b91908110156127f65760051b8101359061013e19813603018212156101b6570190565b94939290825f525f602052600360ff60405f205460801c1614612b5857612a9d90835f95949395525f6020526001600160401b0360405f20541690611d2d565b9490925f915b838310612ab1575050505050565b9091929395612ac1848685612a3a565b96612acb88611b24565b939091845f525f60205260405f20908154928b60ff8560801c161593868b8d8715612b35575b50505050505050612b225791610544612b16926001600160401b036001951690611d2d565b96919493019190612aa3565b8563017bf73160e21b5f5260045260245ffd5b612b4b975090612b45918d612a3a565b92612cbe565b155f808b81868b8d612af1565b826304218bdb60e51b5f5260045260245ffd5b92939260ff16918215918215612c7f575b8215612c59575b508115612c17575b50612c1057600114612b9e575050600190565b7f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b0381168114159290600181901b90845b6118255781811015612c0457612bed8185856127e6565b35612bfb5760010184612bd6565b50505050505f90565b50505050505f806127c4565b5050505f90565b90507f00000000000000000000000000000000000000000000000000000000000000005f19810190811161182557612c509084866127e6565b3514155f612b8b565b9091506040516020810190612c7381610a4184898b6127cb565b5190201415905f612b83565b91507f00000000000000000000000000000000000000000000000000000000000000006001600160ff1b03811681036118255760011b84141591612b7c565b939190600160ff612cce8561160d565b161480612e59575b80612e3d575b612df257505460881c60ff1615908115612dd0575b8115612d9a575b508015612d6b575b8015612d35575b612c1057612d2f9161012082612d246101006104af9501826119ce565b92909101359261280a565b90501490565b50612d65612d476101008301836119ce565b90612d546060860161160d565b60c08601359060e087013590612b6b565b15612d07565b507f00000000000000000000000000000000000000000000000000000000000000006101208201351015612d00565b9050600160ff612db76060612db081880161160d565b940161160d565b160160ff81116118255760ff809116911614155f612cf8565b9050612ddb8361160d565b60ff80612de78461160d565b169116141590612cf1565b9380955060ff929350612e05915061160d565b16159283612e23575b5082612e1957505090565b6020013514919050565b60ff9193506060612e34910161160d565b1615915f612e0e565b506001600160401b03612e526040850161161b565b1615612cdc565b50612e666060840161160d565b60ff807f000000000000000000000000000000000000000000000000000000000000000016911614612cd656fea2646970667358221220106a7d7477e7ce77ffd9855c13f5379f076aa87ef9d3db708c7859a3c1d9910664736f6c63430008250033",
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
