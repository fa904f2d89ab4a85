package stf

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/memory"
)

// ApplyBlockAuth is ApplyBlock recovering signers ahead on authWorkers goroutines (0: none).
func ApplyBlockAuth(ctx context.Context, cfg Config, oracle Oracle, mem *memory.Memory, blk batch.Block, msgs []batch.Message, jobs Jobs, authWorkers int) (Regs, error) {
	return applyBlock(ctx, cfg, oracle, mem, blk, msgs, jobs, authWorkers, nil)
}

// SignersAhead returns, for each message, what recovering ahead gives for it (found false when
// it is not looked up: too short a body or not a message kind).
func SignersAhead(ctx context.Context, sep common.Hash, msgs []batch.Message, workers int) (signer []common.Address, skip []uint8, found []bool) {
	s := startSigners(ctx, sep, msgs, workers)
	defer s.close()
	for _, m := range msgs {
		key, ok := authKey(msg.Kind(m.Kind), m.Body)
		var r authResult
		hit := false
		if ok {
			r, hit = s.lookup(key)
		}
		signer, skip, found = append(signer, r.signer), append(skip, uint8(r.skip)), append(found, hit)
	}
	return signer, skip, found
}
