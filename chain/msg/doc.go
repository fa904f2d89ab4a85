// Package msg defines crollup's signed user messages (Job, Upload, Withdraw): EIP-712 typed data
// under the domain {name "crollup", version "1", chainId, verifyingContract: the Inbox}, signed by
// ordinary Ethereum keys, with the fixed 32-byte-word wire form that batches carry.
//
// It implements docs/spec/chain.md §3.5 (signed messages).
package msg
