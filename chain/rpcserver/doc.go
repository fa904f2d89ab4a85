// Package rpcserver builds the JSON-RPC HTTP server the sequencer and the executor serve: go-ethereum's
// rpc.Server behind op-service's HTTP server, with GET /healthz, and the limits on what one request may
// cost (calls in a batch, bytes of a batch's results, bytes of a request body).
package rpcserver
