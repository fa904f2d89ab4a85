package deploy_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/l1data"
	"github.com/crollup/crollup/contracts/bindings"
)

// TestBlobCountLimits runs addBatch with 6 and 7 blob hashes in the transaction context. No
// Osaka node carries a 7-blob transaction (and building six real blobs costs seconds), so this
// runs the Inbox on the bare EVM (core/vm/runtime), where BLOBHASH reads the context's hashes.
func TestBlobCountLimits(t *testing.T) {
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	batcher := common.HexToAddress("0xba7c4e5")
	cfg := &runtime.Config{
		ChainConfig: params.AllDevChainProtocolChanges,
		Origin:      common.HexToAddress("0xde9107e5"),
		GasLimit:    params.MaxTxGas,
		BlockNumber: new(big.Int),
		Time:        1_700_000_000,
		State:       st,
	}
	inbox := bindings.NewInbox()
	_, addr, _, err := runtime.Create(append(common.FromHex(bindings.InboxMetaData.Bin), inbox.PackConstructor(batcher, common.HexToAddress("0xb1d9e"), 60)...), cfg)
	if err != nil {
		t.Fatal(err)
	}
	hashes := make([]common.Hash, 7)
	for i := range hashes {
		hashes[i] = common.Hash{0x01, byte(i + 1)} // version byte 0x01, as BLOBHASH returns
	}
	cfg.Origin = batcher
	run := func(n int, data []byte) ([]byte, error) {
		cfg.BlobHashes = hashes[:n]
		ret, _, err := runtime.Call(addr, data, cfg)
		return ret, err
	}
	wantRevert := func(n int, data []byte, id common.Hash) {
		t.Helper()
		ret, err := run(n, data)
		if !errors.Is(err, vm.ErrExecutionReverted) || len(ret) < 4 || !bytes.Equal(ret[:4], id[:4]) {
			t.Fatalf("%d blobs: %v, revert data %x, want error %x", n, err, ret, id[:4])
		}
	}
	wantRevert(7, inbox.PackAddBatch(0, 1, 0), bindings.InboxTooManyBlobsErrorID())
	wantRevert(6, inbox.PackAddBatch(0, 5*blob.PayloadBytesPerBlob, 0), bindings.InboxBadPayloadLengthErrorID())
	if _, err := run(6, inbox.PackAddBatch(0, blob.MaxPayloadSize, 0)); err != nil {
		t.Fatalf("6 full blobs: %v", err)
	}
	ret, err := run(0, inbox.PackBatchCommitment(0))
	if err != nil {
		t.Fatal(err)
	}
	got, err := inbox.UnpackBatchCommitment(ret)
	if err != nil {
		t.Fatal(err)
	}
	if want := l1data.BatchCommitment(0, blob.MaxPayloadSize, 0, common.Hash{}, hashes[:6]); got != want {
		t.Fatalf("commitment %x, Go computes %x", got, want)
	}
}
