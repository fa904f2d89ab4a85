package executor

import (
	"context"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/api/apitest"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
)

// TestErrorCodes drives every code docs/api.md's Errors table gives the executor through its
// JSON-RPC server with chain/client (a raw client for a parameter that does not decode), before
// and after its first block, and checks that the table names exactly the codes driven. What no
// real chain reaches in a test (an output beyond MaxOutput, 2^30 jobs, a damaged database) is
// put into the executor's database or head view first.
func TestErrorCodes(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, 5)
	blocks := f.workload(t, 7)[:1] // the MLP's upload and one job on it
	src := &MemorySource{}
	e := startExecutor(t, f, testConfig(""), src)
	c, err := client.Dial(ctx, e.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	raw, err := rpc.DialContext(ctx, e.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	jobMsg := blocks[0][len(blocks[0])-1] // the job, sequenced in block 0
	if msg.Kind(jobMsg.Kind) != msg.KindJob {
		t.Fatalf("block 0 ends with a %v", msg.Kind(jobMsg.Kind))
	}
	all := source(t, blocks)
	apply := func() error {
		src.Append(all.blocks[0])
		waitHead(t, e, 0)
		return nil
	}
	var head hexutil.Uint64
	rawCall := func(method string, args ...any) func() error {
		return func() error { var out any; return raw.CallContext(ctx, &out, method, args...) }
	}

	cases := []struct {
		name string
		code int // 0: no error (a step between cases)
		call func() error
	}{
		// Before the first block: everything is still to come.
		{"no head: block number", api.CodeNotExecuted, func() error { _, err := c.BlockNumber(ctx); return err }},
		{"no head: state root", api.CodeNotExecuted, func() error { _, err := c.GetStateRoot(ctx, 0); return err }},
		{"no head: job result", api.CodeNotExecuted, func() error { _, err := c.GetJobResult(ctx, 0); return err }},
		// A message the sequencer has sequenced, which the executor has not seen: unknown.
		{"no head: a sequenced message", api.CodeUnknown, func() error { _, err := c.GetJob(ctx, jobMsg.Hash()); return err }},
		{"apply block 0", 0, apply},
		{"block number", 0, func() error { return raw.CallContext(ctx, &head, api.MethodBlockNumber) }},
		{"the job's status", 0, func() error { _, err := c.GetJob(ctx, jobMsg.Hash()); return err }},
		{"the job's result", 0, func() error { _, err := c.GetJobResult(ctx, 0); return err }},
		{"a block beyond the head", api.CodeNotExecuted, func() error { _, err := c.GetStateRoot(ctx, 1); return err }},
		{"a job index beyond the executed ones", api.CodeNotExecuted, func() error { _, err := c.GetJobResult(ctx, 1); return err }},
		{"an unknown hash", api.CodeUnknown, func() error { _, err := c.GetJob(ctx, common.Hash{1}); return err }},
		{"a message whose block is being published", api.CodeNotExecuted, func() error {
			h, root, _ := e.Head()
			e.publish(false, 0, common.Hash{})
			defer e.publish(true, h, root)
			_, err := c.GetJob(ctx, jobMsg.Hash())
			return err
		}},
		{"invalid: a job index that is not a quantity", api.CodeInvalidParam, rawCall(api.MethodGetJobResult, "0xzz")},
		{"invalid: a hash that is not one", api.CodeInvalidParam, rawCall(api.MethodGetJob, "0x12")},
		{"an output beyond MaxOutput", api.CodeTooLarge, func() error {
			u := e.db.newUpdate()
			if err := u.output(0, Output{TooLarge: MaxOutput + 1}); err != nil {
				t.Fatal(err)
			}
			if err := u.commit(); err != nil {
				t.Fatal(err)
			}
			_, err := c.GetJobResult(ctx, 0)
			return err
		}},
		{"a damaged database", -32000, func() error {
			if err := e.db.db.Delete(key64(prefixRoot, 0), pebble.Sync); err != nil {
				t.Fatal(err)
			}
			_, err := c.GetStateRoot(ctx, 0)
			return err
		}},
		// Last: a head state 2^30+1 jobs on, in which job 0's record has been reused.
		{"a reused job record", api.CodeUnknown, func() error {
			e.mu.Lock()
			v := e.view.Snapshot()
			g, err := stf.ReadGlobals(v)
			if err != nil {
				t.Fatal(err)
			}
			g.Jobs = stf.MaxRecords + 1
			for i, l := range g.Encode() {
				v.WriteLeaf(layout.GlobalsBase+uint64(i)*32, l)
			}
			e.view = v
			e.mu.Unlock()
			_, err = c.GetJobResult(ctx, 0)
			return err
		}},
	}
	driven := map[int]bool{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if tc.code == 0 {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if got, ok := apitest.Code(err); !ok || got != tc.code {
				t.Fatalf("got %v (code %d), want code %d", err, got, tc.code)
			}
			t.Log(err)
			driven[tc.code] = true
		})
	}
	apitest.CheckDocumented(t, "../docs/api.md", "executor", driven)
}
