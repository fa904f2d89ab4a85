// Package l1dev is crollup's embedded L1 for tests and `crollup devnet`: go-ethereum in-process (Osaka from
// genesis), blocks produced by our own driver over the Engine API, blob sidecars kept and served on the beacon
// API routes op-service's L1BeaconClient calls, and JSON-RPC over HTTP and WebSocket.
package l1dev
