package l1dev

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrNotStarted is returned by Mine before Start.
	ErrNotStarted = errors.New("l1dev: not started")
	// ErrStopped is returned by Start and Mine after Stop: an L1 runs once; reopen its DataDir with New.
	ErrStopped = errors.New("l1dev: stopped")
)

// rpcModules are the JSON-RPC namespaces served over HTTP and WebSocket. debug is there for
// debug_traceTransaction, which is how developers see why an L1 call reverted.
func rpcModules() []string { return []string{"eth", "net", "web3", "txpool", "debug", "l1dev"} }

type lifecycle int

const (
	created lifecycle = iota
	running
	stopped
)

// L1 is an embedded Ethereum L1: a go-ethereum node whose blocks this package produces over the Engine API, plus
// a beacon API for the blobs of those blocks. New, Start and Stop follow crollup's service life cycle; an L1 runs
// once (a stopped one cannot be restarted, but a new one on the same DataDir continues its chain).
type L1 struct {
	cfg  Config
	meta *chainMeta
	log  log.Logger

	stack  *node.Node
	eth    *eth.Ethereum
	engine *catalyst.ConsensusAPI
	blobs  *blobStore

	beaconSrv *http.Server
	beaconLn  net.Listener

	// sealing admits one block production at a time (the timed loop or Mine); a channel, so waiting honours ctx.
	sealing chan struct{}

	stopMu  sync.Mutex // serializes Stop calls
	stateMu sync.Mutex // guards state; never held while waiting for sealing
	state   lifecycle
	cancel  context.CancelFunc // stops the timed loop
	done    chan struct{}      // closed when the timed loop has returned
	gethLog log.Logger         // what this L1 set as go-ethereum's global logger, nil if nothing
}

// New creates an L1 from cfg: it opens (or creates) the chain, but serves nothing and produces no block until Start.
// Call Stop to release it even if Start is never called.
func New(cfg Config) (*L1, error) {
	globalLog := cfg.Log != nil
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("l1dev: config: %w", err)
	}
	meta, err := loadOrCreateMeta(&cfg, time.Now())
	if err != nil {
		return nil, fmt.Errorf("l1dev: %w", err)
	}
	l := &L1{cfg: cfg, meta: meta, log: cfg.Log, sealing: make(chan struct{}, 1)}
	if globalLog {
		// Before eth.New, which reports the database and chain configuration it opens through the global.
		l.gethLog = cfg.Log
		log.SetDefault(cfg.Log)
	}

	stackCfg := node.DefaultConfig
	stackCfg.Name = "geth" // the instance directory under DataDir; fixed so that every binary finds the same chain
	stackCfg.DataDir = cfg.DataDir
	stackCfg.IPCPath = ""
	stackCfg.HTTPHost, stackCfg.HTTPPort = cfg.Host, cfg.HTTPPort
	stackCfg.WSHost, stackCfg.WSPort = cfg.Host, cfg.HTTPPort // same port: node serves both on one listener
	stackCfg.HTTPModules, stackCfg.WSModules = rpcModules(), rpcModules()
	// Any Host header: the vhost check guards unlocked accounts against DNS rebinding, and this node has none (the
	// dev keys are public anyway); a devnet reached by a container name would otherwise be refused.
	stackCfg.HTTPVirtualHosts = []string{"*"}
	stackCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""} // a chain of one node
	stackCfg.Logger = cfg.Log
	stack, err := node.New(&stackCfg)
	if err != nil {
		l.releaseGlobalLog()
		return nil, fmt.Errorf("l1dev: create node: %w", err)
	}
	l.stack = stack

	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = meta.Genesis
	ethCfg.NetworkId = cfg.ChainID
	// Full sync: the Engine API's newPayload only executes blocks in full-sync mode (in snap mode it accepts
	// payloads without executing them, the head never moves and state reads fail).
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasCeil = cfg.GasLimit
	ethCfg.TxPool.NoLocals = true // no journal and no local-tx tracker: every tx is treated alike
	// Caches sized for a dev chain, not mainnet: go-ethereum's 2 GiB database cache sizes pebble's memtables, and
	// pebble preallocates every write-ahead log to a memtable's size (~290 MB each, 1.4 GB of disk after one short
	// run); 64 MiB keeps a data dir at a few tens of MB.
	ethCfg.DatabaseCache = 64
	ethCfg.TrieCleanCache = 32
	ethCfg.TrieDirtyCache = 64
	ethCfg.SnapshotCache = 32
	switch {
	case meta.StateScheme == rawdb.HashScheme:
		// Every block's state on disk as the block is inserted (chainMeta): a SIGKILL loses nothing the L1 reported.
		ethCfg.StateScheme, ethCfg.NoPruning = rawdb.HashScheme, true
	case cfg.DataDir != "":
		l.log.Warn("This L1 data dir predates crash-safe state: killed, it rewinds to its last flushed state; "+
			"a new data dir keeps every block", "datadir", cfg.DataDir)
	}
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		l.releaseGlobalLog()
		return nil, errors.Join(fmt.Errorf("l1dev: create eth service: %w", err), stack.Close())
	}
	l.eth = backend
	// eth.New registers no log filters; eth_getLogs and eth_newFilter come from the filter API.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}, {Namespace: "l1dev", Service: devAPI{l}}})

	blobs, err := openBlobStore(cfg.DataDir)
	if err != nil {
		l.releaseGlobalLog()
		return nil, errors.Join(fmt.Errorf("l1dev: %w", err), stack.Close())
	}
	l.blobs = blobs
	return l, nil
}

// Start serves JSON-RPC and the beacon API and, with a block time, starts producing blocks. An L1 whose Start
// failed cannot be started again; Stop releases it.
func (l *L1) Start(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("l1dev: start: %w", err)
	}
	l.stateMu.Lock()
	defer l.stateMu.Unlock()
	switch l.state {
	case running:
		return errors.New("l1dev: already started")
	case stopped:
		return ErrStopped
	}
	if err := l.stack.Start(); err != nil {
		return fmt.Errorf("l1dev: start node: %w", err)
	}
	// Only now: the Engine API's consensus handle starts a goroutine of go-ethereum's that never exits (see Stop).
	l.engine = catalyst.NewConsensusAPI(l.eth)
	if err := l.forkchoice(ctx, l.eth.BlockChain().CurrentBlock().Hash()); err != nil {
		return fmt.Errorf("l1dev: initial forkchoice: %w", err)
	}
	if err := l.startBeacon(); err != nil {
		return fmt.Errorf("l1dev: %w", err)
	}
	l.state = running
	if l.cfg.BlockTime > 0 {
		loopCtx, cancel := context.WithCancel(context.Background())
		l.cancel, l.done = cancel, make(chan struct{})
		go l.produceLoop(loopCtx)
	}
	l.log.Info("L1 started", "chain_id", l.meta.Genesis.Config.ChainID, "head", l.eth.BlockChain().CurrentBlock().Number,
		"block_time", l.cfg.BlockTime, "rpc", l.stack.HTTPEndpoint(), "beacon", l.beaconURL(), "datadir", l.cfg.DataDir)
	return nil
}

func (l *L1) startBeacon() error {
	api := &beaconAPI{
		chain:          l.eth.BlockChain(),
		blobs:          l.blobs,
		genesisTime:    l.meta.Genesis.Timestamp,
		secondsPerSlot: l.meta.SecondsPerSlot,
		log:            l.log,
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(l.cfg.Host, strconv.Itoa(l.cfg.BeaconPort)))
	if err != nil {
		return fmt.Errorf("beacon API listen: %w", err)
	}
	l.beaconLn = ln
	l.beaconSrv = &http.Server{Handler: api.handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := l.beaconSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			l.log.Error("Beacon API server failed", "err", err)
		}
	}()
	return nil
}

// Stop stops block production and the endpoints and closes the chain (a DataDir chain is flushed and can be reopened
// with New). It is safe to call in any state and more than once. ctx bounds the wait for a block being produced and
// for open beacon API requests; the chain is closed regardless.
//
// One goroutine outlives Stop: go-ethereum's catalyst.NewConsensusAPI starts a "beacon client offline" heartbeat
// that has no exit path. It sleeps, holds no lock, and only logs.
func (l *L1) Stop(ctx context.Context) error {
	l.stopMu.Lock()
	defer l.stopMu.Unlock()
	// Flip the state first and release stateMu: a Mine holding the sealing slot reads the state.
	l.stateMu.Lock()
	prev := l.state
	l.state = stopped
	l.stateMu.Unlock()
	if prev == stopped {
		return nil
	}

	var errs []error
	if l.cancel != nil {
		l.cancel()
		select {
		case <-l.done:
		case <-ctx.Done():
			errs = append(errs, fmt.Errorf("wait for block production to stop: %w", ctx.Err()))
		}
	}
	// Wait out a Mine in progress; any later Mine sees the stopped state.
	select {
	case l.sealing <- struct{}{}:
		defer func() { <-l.sealing }()
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("wait for Mine to finish: %w", ctx.Err()))
	}
	if l.beaconSrv != nil {
		if err := l.beaconSrv.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("beacon API shutdown: %w", errors.Join(err, l.beaconSrv.Close())))
		}
	} else if l.beaconLn != nil {
		_ = l.beaconLn.Close()
	}
	// A node whose Start failed has closed itself already.
	if err := l.stack.Close(); err != nil && !(errors.Is(err, node.ErrNodeStopped) && prev != running) {
		errs = append(errs, fmt.Errorf("close node: %w", err))
	}
	if err := l.blobs.close(); err != nil {
		errs = append(errs, err)
	}
	l.releaseGlobalLog()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("l1dev: stop: %w", err)
	}
	l.log.Info("L1 stopped")
	return nil
}

// releaseGlobalLog resets go-ethereum's global logger to discarding if it is still the one this L1 set: no logger
// is left behind (a test's logger outliving its test is a panic waiting to happen), and one set since by another
// L1 is left alone.
func (l *L1) releaseGlobalLog() {
	if l.gethLog != nil && log.Root() == l.gethLog {
		log.SetDefault(log.NewLogger(log.DiscardHandler()))
	}
}

// HTTPEndpoint is the JSON-RPC URL over HTTP ("" before Start).
func (l *L1) HTTPEndpoint() string {
	if !l.isRunning() {
		return ""
	}
	return l.stack.HTTPEndpoint()
}

// WSEndpoint is the JSON-RPC URL over WebSocket ("" before Start). It shares the HTTP port.
func (l *L1) WSEndpoint() string {
	if !l.isRunning() {
		return ""
	}
	return l.stack.WSEndpoint()
}

// BeaconEndpoint is the beacon API base URL ("" before Start), for sources.NewBasicHTTPClient and friends.
func (l *L1) BeaconEndpoint() string {
	if !l.isRunning() {
		return ""
	}
	return l.beaconURL()
}

func (l *L1) beaconURL() string { return "http://" + l.beaconLn.Addr().String() }

// ChainID is the chain id of the chain this L1 runs (the stored one for a reopened DataDir).
func (l *L1) ChainID() *big.Int {
	return new(big.Int).Set(l.meta.Genesis.Config.ChainID)
}

// GenesisTime is the genesis timestamp, the beacon API's genesis_time.
func (l *L1) GenesisTime() uint64 { return l.meta.Genesis.Timestamp }

// SecondsPerSlot is the beacon slot length: the block time, or 1 for an on-demand chain.
func (l *L1) SecondsPerSlot() uint64 { return l.meta.SecondsPerSlot }

// Ethereum is the go-ethereum service, for tests that need to reach inside (the tx pool, the chain).
func (l *L1) Ethereum() *eth.Ethereum { return l.eth }

func (l *L1) isRunning() bool {
	l.stateMu.Lock()
	defer l.stateMu.Unlock()
	return l.state == running
}
