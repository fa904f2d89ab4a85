package executor

import (
	"testing"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// FuzzRPC sends every method arbitrary params, alone and in batches, to an executor that has
// applied a few blocks of jobs: each gets a well-formed answer or a 4xx refusal, and the executor
// keeps answering honest calls (rpctest.Fuzz).
func FuzzRPC(f *testing.F) {
	fx := newFixture(f, 5)
	blocks := fx.workload(f, 3)
	e := startExecutor(f, fx, testConfig(""), source(f, blocks))
	waitHead(f, e, uint64(len(blocks)-1))
	rpctest.Fuzz(f, e.RPCEndpoint(), api.Methods(), rpctest.Call(1, api.MethodBlockNumber, ""))
}
