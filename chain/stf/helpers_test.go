package stf_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/vm"
)

func vmRun(t *testing.T, mem *memory.Memory) common.Hash {
	v := vm.NewJob(mem)
	if err := v.RunBulk(context.Background(), bulk.NewCPU(0), nil); err != nil {
		t.Fatal(err)
	}
	if st := v.State(); st.Status != vm.StatusHalted {
		t.Fatalf("direct run: %v", st)
	}
	return job.OutputRoot(mem)
}

func u256(v uint64) *uint256.Int { return uint256.NewInt(v) }

func blobUnpack(b *stf.Batch) ([]byte, error) { return blob.UnpackN(b.Blobs, int(b.PayloadLength)) }
