package sequencer

import (
	"testing"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/rpcserver/rpctest"
)

// FuzzRPC sends every method arbitrary params, alone and in batches, to a running sequencer:
// each gets a well-formed answer or a 4xx refusal, and the sequencer keeps answering honest
// calls (rpctest.Fuzz).
func FuzzRPC(f *testing.F) {
	e := newEnv(f, testConfig(), 1e18)
	rpctest.Fuzz(f, e.seq.RPCEndpoint(), api.Methods(), rpctest.Call(1, api.MethodChainConfig, ""))
}
