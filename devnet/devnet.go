package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/devnet/l1dev"
	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/executor/explorer"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/sequencer"
)

// Roles among the L1's public dev keys (l1dev.DevKeys): key 0 deploys, key 1 posts batches
// (blob transactions need an account of their own in the pool), keys 2 and up are users.
const (
	KeyDeployer = 0
	KeyBatcher  = 1
	KeyUser     = 2
	// KeyProposer is the proposer's key (Config.Propose), apart from the keys tests use as users.
	KeyProposer = 10
)

// DefaultChallengePeriod is the devnet Rollup's challenge period: 30 L1 blocks, a minute at the
// default block time, so that a withdrawal can be finalized while one watches.
const DefaultChallengePeriod = 30

// Config configures a devnet. The zero value works: defaults suit a demo on a laptop.
type Config struct {
	// DataDir keeps the L1, the contract addresses and every service's database across runs;
	// "" keeps everything in memory (or temporary directories), gone on Stop.
	DataDir string
	// L1BlockTime is the L1 block time, whole seconds; 0 means l1dev.DefaultBlockTime.
	L1BlockTime time.Duration
	// L1FinalityDepth is how far the L1's finalized block trails its head (l1dev.Config); 0
	// finalizes every block. Tests that reorg the L1 (L1.Reorg) set it.
	L1FinalityDepth uint64
	// Chain holds the chain settings; a zero chain id and zero prices mean
	// genesis.DefaultConfig's. Inbox is set from the deployment, and Accounts are funded by
	// Bridge deposits instead.
	Chain genesis.Config
	// Sequencer is the sequencer's configuration; DataDir and L1 are set here. The zero value
	// means sequencer.DefaultConfig with a 1 s block time and 4 s batch age.
	Sequencer sequencer.Config
	// SequencerPort and ExecutorPort are the JSON-RPC ports; 0 picks free ones.
	SequencerPort, ExecutorPort int
	// ExplorerPort serves the explorer page from the executor following the sequencer: 0 picks a
	// free port, -1 runs none.
	ExplorerPort int
	// Metrics are the ports of each service's metrics server (/metrics and /healthz): 0 picks
	// a free one, a negative port runs none.
	Metrics MetricsPorts
	// L1Executor also runs an executor that derives the chain from L1 alone.
	L1Executor bool
	// Backends are the devices the executor following the sequencer runs jobs on (zero value:
	// the CPU). The L1-only executor always runs on the CPU, so that where the follower runs on
	// GPUs the devnet compares two backends' roots block by block.
	Backends executor.BackendOptions
	// GPUMetrics exports NVML's GPU metrics from the following executor.
	GPUMetrics bool
	// BatcherMaxPending is the batcher's MaxPending (0: its default).
	BatcherMaxPending int
	// ForceInclusionDelay is the Inbox's delay in seconds before anyone may force delayed
	// messages; 0 means an hour.
	ForceInclusionDelay uint64
	// ChallengePeriod is the Rollup's challenge period in L1 blocks; 0 means
	// DefaultChallengePeriod.
	ChallengePeriod uint64
	// Propose runs a proposer (dev key KeyProposer) asserting the roots of the L1-only executor,
	// or of the follower without one, every 4 batches or 10 seconds, and confirming them.
	Propose bool
	// L1Only starts the L1 and the contracts, and no service: for services run as processes of
	// their own against it (the end-to-end chaos test does).
	L1Only bool
	// Log is the logger of every service; nil discards.
	Log log.Logger
	// L1Log is the L1's logger (go-ethereum's, which also gets every JSON-RPC server's request
	// logs); nil means Log.
	L1Log log.Logger
}

// MetricsPorts are the metrics ports of the devnet's services.
type MetricsPorts struct {
	Sequencer, Executor, L1Executor, Batcher int
}

// metricsPort is the port a service's config takes for p: 0 (none) for a negative p, a free
// port for 0.
func metricsPort(p int) (int, error) {
	switch {
	case p < 0:
		return 0, nil
	case p > 0:
		return p, nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devnet: pick a metrics port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Devnet is a running network.
type Devnet struct {
	cfg     Config
	L1      *l1dev.L1
	Client  *ethclient.Client
	Addrs   deploy.Addresses
	Chain   *genesis.Chain
	Keys    []*ecdsa.PrivateKey
	Seq     *sequencer.Sequencer
	Exec    *executor.Executor
	L1Exec  *executor.Executor // nil unless Config.L1Executor
	Batcher *batcher.Batcher
	// Proposer is nil unless Config.Propose.
	Proposer *proposer.Proposer

	srcs       []*derive.Source
	batcherSrc *client.Client
	proposerTx txmgr.TxManager
	disputers  []*Disputer
}

// state is what a devnet with a data dir remembers (DataDir/devnet.json): the contracts it
// deployed and the ports its L1 serves on, so that a restart keeps the L1 and beacon URLs that
// wallets and tools were given. A file from before the ports were kept has none (0): the L1 then
// picks free ones and they are kept from then on.
type state struct {
	Addresses  deploy.Addresses `json:"addresses"`
	L1Port     int              `json:"l1Port,omitempty"`     // JSON-RPC, HTTP and WebSocket
	BeaconPort int              `json:"beaconPort,omitempty"` // beacon API
}

// stateFile is the path of devnet.json, or "" without a data dir.
func (d *Devnet) stateFile() string {
	if d.cfg.DataDir == "" {
		return ""
	}
	return filepath.Join(d.cfg.DataDir, "devnet.json")
}

// loadState reads devnet.json: nil if there is no data dir or no file yet.
func (d *Devnet) loadState() (*state, error) {
	path := d.stateFile()
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("devnet: %s: %w", path, err)
	}
	return &st, nil
}

// saveState writes devnet.json (nothing without a data dir).
func (d *Devnet) saveState(st state) error {
	path := d.stateFile()
	if path == "" {
		return nil
	}
	b, _ := json.MarshalIndent(st, "", "  ")
	if err := os.MkdirAll(d.cfg.DataDir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// Start starts the L1, deploys the contracts (or finds them from an earlier run in DataDir) and
// starts the services. Stop it even when Start fails.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	cfg = cfg.withDefaults()
	d := &Devnet{cfg: cfg, Keys: l1dev.DevKeys(l1dev.DevAccounts)}
	st, err := d.loadState()
	if err != nil {
		return d, err
	}
	if err := d.startL1(ctx, st); err != nil {
		return d, err
	}
	// The genesis state does not depend on the Inbox address (it is only the EIP-712 domain),
	// so the Rollup can be deployed with the genesis root before the Inbox exists.
	chain := cfg.Chain
	chain.Accounts = nil
	if d.Chain, err = genesis.New(chain); err != nil {
		return d, err
	}
	if err := d.contracts(ctx, st, chain.ChainID); err != nil {
		return d, err
	}
	d.Chain.Cfg.Domain.VerifyingContract = d.Addrs.Inbox
	if cfg.L1Only {
		return d, nil
	}
	if err := d.startSequencer(ctx); err != nil {
		return d, err
	}
	if err := d.startExecutors(ctx); err != nil {
		return d, err
	}
	if err := d.StartBatcher(ctx); err != nil {
		return d, err
	}
	if err := d.startProposer(ctx); err != nil {
		return d, err
	}
	return d, nil
}

// withDefaults fills what the zero Config leaves unset.
func (cfg Config) withDefaults() Config {
	if cfg.Log == nil {
		cfg.Log = log.NewLogger(log.DiscardHandler())
	}
	if cfg.L1Log == nil {
		cfg.L1Log = cfg.Log
	}
	if cfg.L1BlockTime == 0 {
		cfg.L1BlockTime = l1dev.DefaultBlockTime
	}
	if cfg.ChallengePeriod == 0 {
		cfg.ChallengePeriod = DefaultChallengePeriod
	}
	if cfg.ForceInclusionDelay == 0 {
		cfg.ForceInclusionDelay = 3600
	}
	def := genesis.DefaultConfig()
	if cfg.Chain.ChainID == 0 {
		cfg.Chain.ChainID = def.ChainID
	}
	if cfg.Chain.StepPrice == 0 && cfg.Chain.BytePrice == 0 && cfg.Chain.FlatPrice == 0 && cfg.Chain.HeapPrice == 0 {
		cfg.Chain.StepPrice, cfg.Chain.BytePrice, cfg.Chain.FlatPrice, cfg.Chain.HeapPrice = def.StepPrice, def.BytePrice, def.FlatPrice, def.HeapPrice
	}
	if cfg.Sequencer.BlockTime == 0 {
		s := sequencer.DefaultConfig()
		s.BlockTime, s.BatchAge = time.Second, 4*time.Second
		cfg.Sequencer = s
	}
	return cfg
}

// startL1 starts the embedded L1 and connects to it. With the state of an earlier run it serves
// on that run's ports again, unless one is taken (then on a free one, with a warning).
func (d *Devnet) startL1(ctx context.Context, st *state) error {
	l1cfg := l1dev.Config{BlockTime: d.cfg.L1BlockTime, FinalityDepth: d.cfg.L1FinalityDepth, Log: d.cfg.L1Log.New("svc", "l1")}
	if d.cfg.DataDir != "" {
		l1cfg.DataDir = filepath.Join(d.cfg.DataDir, "l1")
	}
	if st != nil {
		l1cfg.HTTPPort = d.reusePort("L1 JSON-RPC", st.L1Port)
		l1cfg.BeaconPort = d.reusePort("beacon API", st.BeaconPort)
	}
	var err error
	if d.L1, err = l1dev.New(l1cfg); err != nil {
		return fmt.Errorf("devnet: L1: %w", err)
	}
	if err := d.L1.Start(ctx); err != nil {
		return fmt.Errorf("devnet: L1: %w", err)
	}
	if d.Client, err = ethclient.DialContext(ctx, d.L1.HTTPEndpoint()); err != nil {
		return fmt.Errorf("devnet: dial L1: %w", err)
	}
	return nil
}

// startSequencer starts the sequencer, reading deposits and posted batches from the L1.
func (d *Devnet) startSequencer(ctx context.Context) error {
	src, err := d.source(ctx)
	if err != nil {
		return err
	}
	scfg := d.cfg.Sequencer
	scfg.DataDir, scfg.L1, scfg.RPCPort = d.dir("sequencer"), sequencer.NewL1(src, 0), d.cfg.SequencerPort
	if scfg.MetricsPort, err = metricsPort(d.cfg.Metrics.Sequencer); err != nil {
		return err
	}
	if d.Seq, err = sequencer.New(scfg, d.cfg.Log.New("svc", "sequencer"), d.Chain); err != nil {
		return err
	}
	return d.Seq.Start(ctx)
}

// startExecutors starts the executor following the sequencer over JSON-RPC, as in a deployment,
// and, with Config.L1Executor, one deriving the chain from L1 alone.
func (d *Devnet) startExecutors(ctx context.Context) error {
	ecfg := executor.DefaultConfig()
	ecfg.DataDir, ecfg.RPCPort, ecfg.PollInterval, ecfg.Sequencer = d.dir("executor"), d.cfg.ExecutorPort, 100*time.Millisecond, d.Seq.RPCEndpoint()
	if len(d.cfg.Backends.Devices) > 0 {
		ecfg.Backends = d.cfg.Backends
	}
	ecfg.GPUMetrics = d.cfg.GPUMetrics
	ecfg.ExplorerPort = d.cfg.ExplorerPort
	ecfg.ExplorerSettlement = &explorer.SettlementConfig{L1: d.Client, Rollup: d.Addrs.Rollup}
	var err error
	if ecfg.MetricsPort, err = metricsPort(d.cfg.Metrics.Executor); err != nil {
		return err
	}
	if d.Exec, err = executor.New(ecfg, d.cfg.Log.New("svc", "executor"), d.Chain, nil); err != nil {
		return err
	}
	if err := d.Exec.Start(ctx); err != nil {
		return err
	}
	if !d.cfg.L1Executor {
		return nil
	}
	src, err := d.source(ctx)
	if err != nil {
		return err
	}
	lcfg := executor.DefaultConfig()
	lcfg.DataDir, lcfg.PollInterval = d.dir("executor-l1"), 500*time.Millisecond
	if lcfg.MetricsPort, err = metricsPort(d.cfg.Metrics.L1Executor); err != nil {
		return err
	}
	lg := d.cfg.Log.New("svc", "executor-l1")
	ls := executor.NewL1Source(src, 0)
	ls.Log = lg
	if d.L1Exec, err = executor.New(lcfg, lg, d.Chain, ls); err != nil {
		return err
	}
	return d.L1Exec.Start(ctx)
}

// startProposer starts the proposer (Config.Propose).
func (d *Devnet) startProposer(ctx context.Context) error {
	if !d.cfg.Propose {
		return nil
	}
	if d.Addrs.Rollup == (common.Address{}) {
		d.cfg.Log.Warn("No proposer: the data dir's contracts predate the Rollup; remove the data dir to deploy it")
		return nil
	}
	roots := d.Exec
	if d.L1Exec != nil {
		roots = d.L1Exec
	}
	lg := d.cfg.Log.New("svc", "proposer")
	tm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), d.Keys[KeyProposer], 1, 250*time.Millisecond, lg, nil)
	if err != nil {
		return err
	}
	d.proposerTx = tm
	cfg := proposer.Config{Rollup: d.Addrs.Rollup, MaxBatches: 4, MaxAge: 10 * time.Second, PollInterval: 500 * time.Millisecond}
	if d.Proposer, err = proposer.New(ctx, cfg, lg, roots, d.Client, tm, proposer.NewMetrics(roots.Registry())); err != nil {
		return err
	}
	return d.Proposer.Start(ctx)
}

// StartBatcher starts a batcher (Start does; a test restarts it with StopBatcher first).
func (d *Devnet) StartBatcher(ctx context.Context) error {
	src, err := client.Dial(ctx, d.Seq.RPCEndpoint())
	if err != nil {
		return err
	}
	cfg := batcher.DefaultConfig()
	cfg.Inbox, cfg.PollInterval = d.Addrs.Inbox, 250*time.Millisecond
	if d.cfg.BatcherMaxPending > 0 {
		cfg.MaxPending = d.cfg.BatcherMaxPending
	}
	cfg.TxMgr.L1RPC, cfg.TxMgr.Key, cfg.TxMgr.ReceiptPoll = d.L1.HTTPEndpoint(), d.Keys[KeyBatcher], 250*time.Millisecond
	if cfg.MetricsPort, err = metricsPort(d.cfg.Metrics.Batcher); err != nil {
		src.Close()
		return err
	}
	b, err := batcher.New(ctx, cfg, d.cfg.Log.New("svc", "batcher"), src, d.Client)
	if err != nil {
		src.Close()
		return err
	}
	d.Batcher, d.batcherSrc = b, src
	return b.Start(ctx)
}

// StopBatcher stops the batcher.
func (d *Devnet) StopBatcher(ctx context.Context) error {
	if d.Batcher == nil {
		return nil
	}
	err := d.Batcher.Stop(ctx)
	d.batcherSrc.Close()
	d.Batcher, d.batcherSrc = nil, nil
	return err
}

// Stop stops every service and the L1 (in the reverse order of Start).
func (d *Devnet) Stop(ctx context.Context) error {
	var errs []error
	for _, x := range d.disputers {
		errs = append(errs, x.Stop(ctx))
	}
	if d.Proposer != nil {
		errs = append(errs, d.Proposer.Stop(ctx))
	}
	if d.proposerTx != nil {
		d.proposerTx.Close()
	}
	errs = append(errs, d.StopBatcher(ctx))
	for _, e := range []*executor.Executor{d.L1Exec, d.Exec} {
		if e != nil {
			errs = append(errs, e.Stop(ctx))
		}
	}
	if d.Seq != nil {
		errs = append(errs, d.Seq.Stop(ctx))
	}
	for _, s := range d.srcs {
		s.Close()
	}
	if d.Client != nil {
		d.Client.Close()
	}
	if d.L1 != nil {
		errs = append(errs, d.L1.Stop(ctx))
	}
	return errors.Join(errs...)
}

// dir is a service's data dir: under DataDir, or "" (in memory) without one.
func (d *Devnet) dir(name string) string {
	if d.cfg.DataDir == "" {
		return ""
	}
	return filepath.Join(d.cfg.DataDir, name)
}

// source dials a derivation source on the L1.
func (d *Devnet) source(ctx context.Context) (*derive.Source, error) {
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: d.L1.HTTPEndpoint(), BeaconURL: d.L1.BeaconEndpoint(),
		Inbox: d.Addrs.Inbox, Bridge: d.Addrs.Bridge, Log: d.cfg.Log.New("svc", "derive")})
	if err != nil {
		return nil, err
	}
	d.srcs = append(d.srcs, src)
	return src, nil
}

// reusePort returns port if it can be listened on now, else 0 (a free one), saying so. 0 stays 0.
func (d *Devnet) reusePort(what string, port int) int {
	if port == 0 {
		return 0
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(l1dev.DefaultHost, strconv.Itoa(port)))
	if err != nil {
		d.cfg.Log.Warn("The devnet's earlier port is taken: using another", "endpoint", what, "port", port, "err", err)
		return 0
	}
	_ = ln.Close()
	return port
}

// endpointPort is the port of an http://host:port URL, or 0.
func endpointPort(endpoint string) int {
	u, err := url.Parse(endpoint)
	if err != nil {
		return 0
	}
	p, _ := strconv.Atoi(u.Port())
	return p
}

// contracts deploys the Inbox and Bridge, or finds them in the state of an earlier run, and
// records them and the L1's ports in the data dir.
func (d *Devnet) contracts(ctx context.Context, st *state, chainID uint64) error {
	if st != nil && st.Addresses.Inbox != (common.Address{}) {
		if code, err := d.Client.CodeAt(ctx, st.Addresses.Inbox, nil); err != nil || len(code) == 0 {
			return fmt.Errorf("devnet: %s names an Inbox at %s that the L1 does not have (%v): remove the data dir to start over",
				d.stateFile(), st.Addresses.Inbox, err)
		}
		d.Addrs = st.Addresses
	} else {
		auth := bind.NewKeyedTransactor(d.Keys[KeyDeployer], d.L1.ChainID())
		addrs, err := deploy.Deploy(ctx, d.Client, auth, deploy.Config{Batcher: d.Address(KeyBatcher),
			ForceInclusionDelay: d.cfg.ForceInclusionDelay, ChainID: chainID, GenesisRoot: d.Chain.Root(),
			Settlement: deploy.Settlement{ChallengePeriod: d.cfg.ChallengePeriod}})
		if err != nil {
			return fmt.Errorf("devnet: deploy contracts: %w", err)
		}
		d.Addrs = *addrs
	}
	return d.saveState(state{Addresses: d.Addrs, L1Port: endpointPort(d.L1.HTTPEndpoint()), BeaconPort: endpointPort(d.L1.BeaconEndpoint())})
}

// Address is dev key i's address.
func (d *Devnet) Address(i int) common.Address { return crypto.PubkeyToAddress(d.Keys[i].PublicKey) }

// Deposit is a deposit included on L1.
type Deposit struct {
	Tx           common.Hash
	L1Block      uint64
	Account      uint32 // the L2 account index the Bridge assigned
	DelayedIndex uint64
}

// Deposit sends amount wei through the Bridge from dev key i to its own L2 account and waits
// for the L1 block that includes it.
func (d *Devnet) Deposit(ctx context.Context, i int, amount *big.Int) (*Deposit, error) {
	return BridgeDeposit(ctx, d.Client, d.Addrs.Bridge, d.Keys[i], amount)
}

// BridgeDeposit sends amount wei through the Bridge at bridge from key to the key's own L2
// account, as a wallet would, and waits for the L1 block that includes it.
func BridgeDeposit(ctx context.Context, c *ethclient.Client, bridge common.Address, key *ecdsa.PrivateKey, amount *big.Int) (*Deposit, error) {
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: deposit: %w", err)
	}
	b := bindings.NewBridge()
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context, opts.Value = ctx, amount
	tx, err := bind.Transact(b.Instance(c, bridge), opts, b.PackDeposit(crypto.PubkeyToAddress(key.PublicKey)))
	if err != nil {
		return nil, fmt.Errorf("devnet: deposit: %w", err)
	}
	r, err := bind.WaitMined(ctx, c, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("devnet: deposit: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("devnet: deposit %s reverted", tx.Hash())
	}
	for _, lg := range r.Logs {
		if ev, err := b.UnpackDepositEvent(lg); err == nil {
			return &Deposit{Tx: tx.Hash(), L1Block: r.BlockNumber.Uint64(), Account: ev.Index, DelayedIndex: ev.DelayedIndex}, nil
		}
	}
	return nil, fmt.Errorf("devnet: deposit %s emitted no Deposit event", tx.Hash())
}
