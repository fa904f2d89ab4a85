package msg

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The fixed parts of crollup's EIP-712 domain. A wallet shows them to the user; the chain id is
// the rollup's (not L1's) and the verifying contract is the Inbox, and the L1 verifier of the
// message check computes the same separator from them (docs/spec/chain.md §3.5).
const (
	DomainName    = "crollup"
	DomainVersion = "1"
	// DomainType is the EIP-712 encodeType of the domain: exactly the four fields crollup sets,
	// in the order EIP-712 lists them (no salt).
	DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

// Precomputed hashes of the constant domain strings.
var (
	domainTypeHash = crypto.Keccak256Hash([]byte(DomainType))
	domainNameHash = crypto.Keccak256Hash([]byte(DomainName))
	domainVerHash  = crypto.Keccak256Hash([]byte(DomainVersion))
)

// Domain is the part of the EIP-712 domain that varies between deployments. Binding the chain id
// and the Inbox address makes a signature valid for exactly one crollup chain, so a message
// cannot be replayed on another deployment or after a fork to another chain id.
//
// The chain id is a uint256 in EIP-712 but a uint64 here: every real chain id fits (and EIP-155
// signing in go-ethereum assumes as much), and a fixed-size field keeps Domain comparable.
type Domain struct {
	ChainID           uint64
	VerifyingContract common.Address // the Inbox
}

// Separator returns the EIP-712 domain separator hashStruct(EIP712Domain).
func (d Domain) Separator() common.Hash {
	var buf [5 * wordSize]byte
	copy(buf[0*wordSize:], domainTypeHash[:])
	copy(buf[1*wordSize:], domainNameHash[:])
	copy(buf[2*wordSize:], domainVerHash[:])
	binary.BigEndian.PutUint64(buf[4*wordSize-8:], d.ChainID)
	copy(buf[5*wordSize-common.AddressLength:], d.VerifyingContract[:])
	return crypto.Keccak256Hash(buf[:])
}

// digest is the EIP-712 signing hash keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ structHash).
func digest(d Domain, structHash common.Hash) common.Hash {
	var buf [2 + 2*wordSize]byte
	buf[0], buf[1] = 0x19, 0x01
	sep := d.Separator()
	copy(buf[2:], sep[:])
	copy(buf[2+wordSize:], structHash[:])
	return crypto.Keccak256Hash(buf[:])
}
