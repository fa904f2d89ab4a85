package executor

import (
	"context"
	"errors"
	"testing"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
)

// fakeClient answers as chain/client does: a block, or an error.
type fakeClient struct {
	block *api.Block
	err   error
}

func (c *fakeClient) BlockNumber(context.Context) (uint64, error) {
	if c.err != nil {
		return 0, c.err
	}
	return uint64(c.block.Number), nil
}

func (c *fakeClient) GetBlock(context.Context, uint64) (*api.Block, error) { return c.block, c.err }

// TestRPCSourceNotFound checks that an RPCSource maps the API's "unknown" and "not executed"
// answers, and only those, to ErrNoBlock.
func TestRPCSourceNotFound(t *testing.T) {
	down := errors.New("connection refused")
	tests := []struct {
		name      string
		err       error
		wantNoBlk bool
	}{
		{"a block", nil, false},
		{"unknown", &client.Error{Method: api.MethodGetBlock, Code: api.CodeUnknown, Message: "no block 3"}, true},
		{"not executed", &client.Error{Method: api.MethodBlockNumber, Code: api.CodeNotExecuted, Message: "none yet"}, true},
		{"another code", &client.Error{Method: api.MethodGetBlock, Code: api.CodeInvalidParam, Message: "bad"}, false},
		{"unreachable", down, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &RPCSource{c: &fakeClient{block: &api.Block{Number: 3}, err: tt.err}}
			defer s.Close()
			n, errN := s.BlockNumber(context.Background())
			b, errB := s.Block(context.Background(), 3)
			for _, err := range []error{errN, errB} {
				if errors.Is(err, ErrNoBlock) != tt.wantNoBlk || !errors.Is(err, tt.err) {
					t.Fatalf("error %v: ErrNoBlock %v, want %v, wrapping %v", err, errors.Is(err, ErrNoBlock), tt.wantNoBlk, tt.err)
				}
			}
			if tt.err == nil && (n != 3 || b == nil || b.Number != 3) {
				t.Fatalf("block number %d, block %v", n, b)
			}
			if tt.err != nil && b != nil {
				t.Fatalf("a block with error %v", errB)
			}
		})
	}
}
