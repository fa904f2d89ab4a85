package batcher

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
)

// retryingTxManager stands for a transaction manager retrying a candidate that does not
// estimate: its send ends only when its context does.
type retryingTxManager struct{ txmgr.TxManager }

func (retryingTxManager) SendAsync(ctx context.Context, _ txmgr.TxCandidate, ch chan txmgr.SendResponse) {
	go func() {
		<-ctx.Done()
		ch <- txmgr.SendResponse{Err: ctx.Err()}
	}()
}

// hashSource serves one block whose hash a test changes.
type hashSource struct {
	mu   sync.Mutex
	hash common.Hash
	gone bool
}

func (s *hashSource) GetBatch(context.Context, uint64) (*api.Batch, error) {
	return nil, errors.New("unused")
}
func (s *hashSource) GetBlock(_ context.Context, n uint64) (*api.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gone {
		return nil, &client.Error{Code: api.CodeUnknown, Message: "no block 7"}
	}
	return &api.Block{Number: 7, Hash: s.hash}, nil
}

// TestStaleGuard: a send goes on while the sequencer's last block of the batch keeps its hash,
// and is called off once the hash changes or the block is gone; a candidate the guard was not
// told about is sent as it is.
func TestStaleGuard(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*hashSource)
	}{
		{"another hash", func(s *hashSource) { s.hash = common.Hash{2} }},
		{"block gone", func(s *hashSource) { s.gone = true }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &hashSource{hash: common.Hash{1}}
			var off atomic.Int64
			off.Store(-1)
			g := newStaleGuard(retryingTxManager{}, src, 5*time.Millisecond, func(n uint64) { off.Store(int64(n)) })
			c := txmgr.TxCandidate{Blobs: []*eth.Blob{new(eth.Blob)}}
			g.prepared(&c, 3, 7, common.Hash{1})
			ch := make(chan txmgr.SendResponse, 1)
			g.SendAsync(context.Background(), c, ch)
			select {
			case r := <-ch:
				t.Fatalf("send ended while the batch is unchanged: %v", r.Err)
			case <-time.After(100 * time.Millisecond):
			}
			src.mu.Lock()
			tc.change(src)
			src.mu.Unlock()
			select {
			case r := <-ch:
				if !errors.Is(r.Err, context.Canceled) || off.Load() != 3 {
					t.Fatalf("send ended with %v, called off %d; want context.Canceled and batch 3", r.Err, off.Load())
				}
			case <-time.After(5 * time.Second):
				t.Fatal("send not called off")
			}
		})
	}
	t.Run("not prepared", func(t *testing.T) {
		src := &hashSource{gone: true}
		g := newStaleGuard(retryingTxManager{}, src, time.Millisecond, func(uint64) { t.Error("called off") })
		ctx, cancel := context.WithCancel(context.Background())
		ch := make(chan txmgr.SendResponse, 1)
		g.SendAsync(ctx, txmgr.TxCandidate{Blobs: []*eth.Blob{new(eth.Blob)}}, ch)
		time.Sleep(30 * time.Millisecond)
		cancel()
		if r := <-ch; !errors.Is(r.Err, context.Canceled) {
			t.Fatalf("send ended with %v", r.Err)
		}
	})
}
