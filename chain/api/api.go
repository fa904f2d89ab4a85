// Package api is the JSON-RPC contract between crollup's services and their clients: method
// names, argument and result types, and error codes. The sequencer and executor serve it, the
// client package and the CLI call it, and docs/api.md documents it; all three use these types
// so that they cannot drift apart.
//
// Every method is in the "compute" namespace (compute_sendJob, …) except eth_chainId. Quantities
// are hex strings ("0x1f"), byte strings 0x-prefixed hex, as in Ethereum's JSON-RPC.
//
// It implements docs/api.md.
package api

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
)

// Namespace is the JSON-RPC namespace of every crollup method.
const Namespace = "compute"

// Method names, for clients.
const (
	MethodSendJob      = "compute_sendJob"
	MethodSendUpload   = "compute_sendUpload"
	MethodSendWithdraw = "compute_sendWithdraw"
	// MethodGetJob is the status of any message, by hash (chain/batch Message.Hash: keccak256
	// of kind, account hint, program hint and body, signature included, so unique per signed
	// message). An optional second parameter, the sender's account index, is accepted as a
	// filter.
	MethodGetJob      = "compute_getJob"
	MethodGetAccount  = "compute_getAccount"
	MethodGetBlock    = "compute_getBlock"
	MethodBlockNumber = "compute_blockNumber"
	MethodChainConfig = "compute_chainConfig"
	MethodGetProgram  = "compute_getProgram"
	// MethodGetBatch is a batch of blocks as the sequencer closed it and, once L1 holds it, where.
	MethodGetBatch     = "compute_getBatch"
	MethodGetJobResult = "compute_getJobResult" // executor
	MethodGetStateRoot = "compute_getStateRoot" // executor
	// MethodGetWithdrawal is a withdrawal record with its proofs against the state root after a
	// given number of batches: what Bridge.finalizeWithdrawal takes (executor).
	MethodGetWithdrawal = "compute_getWithdrawal"
	// MethodGetBatchRoot is the state root after a given number of batches, once the last of
	// them is sealed: what an assertion with that batchEnd asserts (executor).
	MethodGetBatchRoot = "compute_getBatchRoot"
	MethodChainID      = "eth_chainId"
)

// Methods are every method name, for tests that go through them all (the request-path fuzzers).
func Methods() []string {
	return []string{MethodSendJob, MethodSendUpload, MethodSendWithdraw, MethodGetJob, MethodGetAccount, MethodGetBlock,
		MethodBlockNumber, MethodChainConfig, MethodGetProgram, MethodGetBatch, MethodGetJobResult, MethodGetStateRoot,
		MethodGetWithdrawal, MethodGetBatchRoot, MethodChainID}
}

// Send is the argument of compute_sendJob, compute_sendUpload and compute_sendWithdraw: a
// signed message (chain/msg JSON form) and its payload (the job input or the upload chunk, in
// memory form; empty for a withdrawal), plus the program's index for jobs and uploads.
type Send struct {
	Message *msg.Signed    `json:"message"`
	Program hexutil.Uint64 `json:"program"`
	Data    hexutil.Bytes  `json:"data"`
}

// SendResult is what a send returns once the message is admitted and durable: its hash
// (chain/batch Message.Hash), which names it in compute_getJob.
type SendResult struct {
	Hash common.Hash `json:"hash"`
}

// Status of a message, in order. A message only moves forward.
type Status string

const (
	StatusPending   Status = "pending"   // admitted, durable, not yet in a block
	StatusSequenced Status = "sequenced" // in a block (Block, Index)
	StatusExecuted  Status = "executed"  // the executor applied its block (StateRoot)
	StatusBatched   Status = "batched"   // its batch is in the Inbox on L1 (L1Tx, BlobHashes)
	StatusAsserted  Status = "asserted"  // reserved: an assertion covers it
	StatusFinalized Status = "finalized" // reserved: the assertion is confirmed
)

// Job is the result of compute_getJob: where a message is. Fields appear as it advances.
type Job struct {
	Hash      common.Hash     `json:"hash"`
	Kind      msg.Kind        `json:"kind"`
	Account   hexutil.Uint64  `json:"account"`
	Status    Status          `json:"status"`
	Block     *hexutil.Uint64 `json:"block,omitempty"` // sequenced: the block number
	Index     *hexutil.Uint64 `json:"index,omitempty"` // sequenced: the position in the block
	JobIndex  *hexutil.Uint64 `json:"jobIndex,omitempty"`
	Receipt   *Receipt        `json:"receipt,omitempty"`   // executed
	StateRoot *common.Hash    `json:"stateRoot,omitempty"` // executed: the block's state root
	// Batch is the number of the batch the message's block belongs to (sequenced on).
	Batch *hexutil.Uint64 `json:"batch,omitempty"`
	// L1Tx, L1Block and BlobHashes say where the batch is on L1 (batched on): the addBatch
	// transaction, its block, and the versioned hashes of its blobs.
	L1Tx       *common.Hash    `json:"l1Tx,omitempty"`
	L1Block    *hexutil.Uint64 `json:"l1Block,omitempty"`
	BlobHashes []common.Hash   `json:"blobHashes,omitempty"`
}

// Batch is the result of compute_getBatch: a run of consecutive blocks the sequencer groups into
// one batch for L1. A batch is open while blocks may still join it; once Sealed, its blocks are
// First to Last and it is ready to post. Posted is set once the Inbox holds it.
type Batch struct {
	Number  hexutil.Uint64  `json:"number"`
	First   hexutil.Uint64  `json:"first"`          // its first block
	Last    *hexutil.Uint64 `json:"last,omitempty"` // its last block; nil while the batch has no block
	Sealed  bool            `json:"sealed"`
	Delayed hexutil.Uint64  `json:"delayed"` // delayed messages consumed once it is applied
	Posted  *Posted         `json:"posted,omitempty"`
}

// Posted is where L1 holds a batch.
type Posted struct {
	L1Tx       common.Hash    `json:"l1Tx"`
	L1Block    hexutil.Uint64 `json:"l1Block"`
	BlobHashes []common.Hash  `json:"blobHashes"`
}

// Receipt is a message's chain receipt (chain/layout.Receipt).
type Receipt struct {
	Skip  string         `json:"skip"` // "applied" or the reason it was skipped
	Index hexutil.Uint64 `json:"index"`
}

// Account is the result of compute_getAccount (by address): the account as the sequencer's
// pending state holds it, admitted messages included.
type Account struct {
	Index   hexutil.Uint64 `json:"index"`
	Address common.Address `json:"address"`
	Nonce   hexutil.Uint64 `json:"nonce"`
	Balance *hexutil.Big   `json:"balance"`
}

// Block is the result of compute_getBlock: a sequencer block as the canonical one-block batch
// payload (chain/batch, Number = the block number) and the hashes of its messages, in order.
//
// Batch is the batch the block belongs to. Batches split the chain into runs of blocks and the
// chain state counts them, so an executor seals the previous batch (stf.SealBatch) before it
// applies the first block of the next. DelayedMessages are the delayed messages (deposits) the
// block consumes, from the previous block's Delayed up to its own: what the chain machine's
// oracle gives, so that a follower needs no L1 connection (an L1-only executor reads them from
// the Inbox instead, checked against its accumulator).
//
// Hash and Parent chain the sequencer's blocks: Hash is BlockHash(Parent, Payload,
// DelayedMessages) and Parent the previous block's Hash (the genesis root for block 0), so equal
// hashes mean equal chains up to that block, deposits included. A follower checks each block's
// Parent against the Hash of the block it applied last: a difference means the sequencer
// sequenced its chain again from an earlier block (after L1 lost a deposit it had applied). A
// block derived from L1 has neither (zero).
type Block struct {
	Number          hexutil.Uint64  `json:"number"`
	Timestamp       hexutil.Uint64  `json:"timestamp"`
	Delayed         hexutil.Uint64  `json:"delayed"`
	Batch           hexutil.Uint64  `json:"batch"`
	Hashes          []common.Hash   `json:"hashes"`
	DelayedMessages []hexutil.Bytes `json:"delayedMessages,omitempty"`
	Payload         hexutil.Bytes   `json:"payload"`
	Hash            common.Hash     `json:"hash"`
	Parent          common.Hash     `json:"parentHash"`
}

// BlockHash is a sequencer block's hash: keccak256(parent ‖ keccak256(payload) ‖
// keccak256(d₀) ‖ keccak256(d₁) ‖ …) over the delayed messages d the block consumes. Payload and
// delayed messages are everything the chain machine reads from the block, so the hash chain
// commits to the state roots without executing anything.
func BlockHash(parent common.Hash, payload []byte, delayed [][]byte) common.Hash {
	buf := make([]byte, 0, 64+32*len(delayed))
	buf = append(buf, parent[:]...)
	buf = append(buf, crypto.Keccak256(payload)...)
	for _, d := range delayed {
		buf = append(buf, crypto.Keccak256(d)...)
	}
	return crypto.Keccak256Hash(buf)
}

// ComputeHash is BlockHash of b's own fields (Parent, Payload, DelayedMessages).
func (b *Block) ComputeHash() common.Hash {
	ds := make([][]byte, len(b.DelayedMessages))
	for i, d := range b.DelayedMessages {
		ds[i] = d
	}
	return BlockHash(b.Parent, b.Payload, ds)
}

// Program is the result of compute_getProgram (by root): the program's registry entry in the
// sequencer's pending state. State is "none" for a root not registered; Index is then the index
// an upload would register it at (the next free one).
type Program struct {
	Root  common.Hash    `json:"root"`
	Index hexutil.Uint64 `json:"index"`
	State string         `json:"state"` // "none", "uploading" or "ready"
	Size  hexutil.Uint64 `json:"size"`
	Steps hexutil.Uint64 `json:"steps"`
}

// ChainConfig is the result of compute_chainConfig: what a client needs to sign and price.
type ChainConfig struct {
	ChainID           hexutil.Uint64 `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"` // the EIP-712 domain's (the Inbox)
	DomainName        string         `json:"domainName"`
	DomainVersion     string         `json:"domainVersion"`
	StepPrice         hexutil.Uint64 `json:"stepPrice"`
	BytePrice         hexutil.Uint64 `json:"bytePrice"`
	FlatPrice         hexutil.Uint64 `json:"flatPrice"`
	HeapPrice         hexutil.Uint64 `json:"heapPrice"` // a new program's deposit per byte of heap slot
	FeeRecipient      hexutil.Uint64 `json:"feeRecipient"`
}

// UploadFee is the fee of one upload chunk of 32·2^height bytes (padded): flatPrice +
// 32·2^height·bytePrice (docs/spec/chain.md §6).
func (c *ChainConfig) UploadFee(height uint8) *uint256.Int {
	fee := new(uint256.Int).Mul(uint256.NewInt(uint64(batch.WordSize)<<height), uint256.NewInt(uint64(c.BytePrice)))
	return fee.Add(fee, uint256.NewInt(uint64(c.FlatPrice)))
}

// Deposit is what a new program of size bytes deposits with its first chunk, returned by the
// chunk that completes it: heapPrice per byte of its heap slot (size padded to a power of two).
func (c *ChainConfig) Deposit(size uint64) *uint256.Int {
	padded := uint64(batch.WordSize) << batch.DataHeight(int(size))
	return new(uint256.Int).Mul(uint256.NewInt(padded), uint256.NewInt(uint64(c.HeapPrice)))
}

// UploadMaxFee is a maxFee every chunk of a new program of size bytes in chunks of height can
// sign: the chunk fee plus the deposit, which the first chunk applied must allow.
func (c *ChainConfig) UploadMaxFee(size uint64, height uint8) *uint256.Int {
	return new(uint256.Int).Add(c.UploadFee(height), c.Deposit(size))
}

// Domain is the EIP-712 domain of c.
func (c *ChainConfig) Domain() msg.Domain {
	return msg.Domain{ChainID: uint64(c.ChainID), VerifyingContract: c.VerifyingContract}
}

// JobResult is the result of compute_getJobResult: a job's record and output with the proofs
// that tie them to a state root the executor reached (client.VerifyJobResult checks them).
type JobResult struct {
	JobIndex   hexutil.Uint64  `json:"jobIndex"`
	Block      hexutil.Uint64  `json:"block"`     // the block whose state root the proof is against
	StateRoot  common.Hash     `json:"stateRoot"` // that block's state root
	Record     []hexutil.Bytes `json:"record"`    // the job record's two leaves
	Proof      []common.Hash   `json:"proof"`     // 34 siblings of the record's 64-byte node
	Status     string          `json:"status"`    // "halted" or "faulted"
	Fault      uint8           `json:"fault"`
	OutputRoot common.Hash     `json:"outputRoot"`
	Output     hexutil.Bytes   `json:"output"` // the output region's bytes up to the last non-zero word
	// ProgramRoot and Steps are the job's program (the record names it by index) and its static
	// step count: what a job that halts runs. They are not covered by the proof.
	ProgramRoot common.Hash    `json:"programRoot"`
	Steps       hexutil.Uint64 `json:"steps"`
}

// Withdrawal is the result of compute_getWithdrawal: withdrawal Index's record and the proofs
// Bridge.finalizeWithdrawal checks against the state root after Batches batches, the state an
// assertion with batchEnd = Batches asserts (client.VerifyWithdrawal checks them as the Bridge
// does).
type Withdrawal struct {
	Index     hexutil.Uint64 `json:"index"`
	Batches   hexutil.Uint64 `json:"batches"`   // the batch count of the state the proofs are against
	StateRoot common.Hash    `json:"stateRoot"` // that state's root
	To        common.Address `json:"to"`
	Amount    *hexutil.Big   `json:"amount"`
	// Proof holds the 34 siblings of the record's 64-byte node, bottom-up.
	Proof []common.Hash `json:"proof"`
	// Globals0 is globals leaf 0 (batches, delayed, jobs, withdrawals: u64 each) and
	// GlobalsProof its 35 siblings: the withdrawal count shows the record is Index's.
	Globals0     common.Hash   `json:"globals0"`
	GlobalsProof []common.Hash `json:"globalsProof"`
}

// BatchRoot is the result of compute_getBatchRoot.
type BatchRoot struct {
	Batches   hexutil.Uint64 `json:"batches"`
	StateRoot common.Hash    `json:"stateRoot"`
}

// StateRoot is the result of compute_getStateRoot.
type StateRoot struct {
	Block     hexutil.Uint64 `json:"block"`
	StateRoot common.Hash    `json:"stateRoot"`
}

// Error codes. A skipped message's code is CodeSkipBase + its layout.Skip reason, so every
// admission failure says which check failed, exactly as the chain would have said it.
const (
	CodeSkipBase     = 4000 // + layout.Skip
	CodeMempoolFull  = 4100 // the account's or the sequencer's pending-message limit
	CodeTooLarge     = 4101 // a payload beyond the sequencer's size limits
	CodeBadProgram   = 4102 // an upload that completes a program the validator rejects
	CodeUnknown      = 4104 // no such message, block or job
	CodeNotExecuted  = 4105 // the executor has not reached it yet
	CodeInvalidParam = -32602
)

// SkipCode is the error code of a message the chain would skip for reason r.
func SkipCode(r layout.Skip) int { return CodeSkipBase + int(r) }
