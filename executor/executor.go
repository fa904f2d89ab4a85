package executor

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/rpcserver"
	"github.com/crollup/crollup/executor/gpu"
	"github.com/crollup/crollup/fraudvm/memory"
)

// Executor follows a BlockSource and applies its blocks.
type Executor struct {
	cfg   Config
	log   log.Logger
	chain *genesis.Chain
	sep   common.Hash // the EIP-712 domain separator
	src   BlockSource
	dial  *RPCSource // src, when New dialed it
	db    *store
	run   *Runner
	m     *metrics
	// releaseDevices frees the OpenCL devices; nvml is NVML's session when GPU metrics are on.
	releaseDevices func()
	explorerSrv    *httputil.HTTPServer
	nvml           *gpu.NVML

	// Owned by the follow loop (and by New before Start).
	state *memory.Memory // the head state, as persisted; blocks are applied to snapshots of it
	next  uint64         // the next block to apply
	// prevHash is the hash of block next−1 as its source gave it (api.Block.Hash), zero for none
	// (no block yet, or blocks derived from L1): the next block's Parent must equal it.
	prevHash common.Hash
	// sealedEarly is b+1 once batch b's checkpoint was written at its last block (sealEnded).
	sealedEarly uint64

	// The view RPC handlers read: a snapshot of the head state. mu guards it (proofs fill hash
	// caches, so reads are exclusive too).
	mu       sync.Mutex
	view     *memory.Memory
	hasHead  bool
	head     uint64
	headRoot common.Hash

	// The life cycle (lifecycle.go). lifeMu serialises Start and Stop and guards life.
	lifeMu     sync.Mutex
	life       lifeState
	started    atomic.Bool // Start succeeded, readable without lifeMu
	stopped    atomic.Bool // life == lifeStopped, readable without lifeMu
	health     followHealth
	rpcSrv     *rpcserver.Server
	rpcURL     string
	metricsSrv *httputil.HTTPServer
	cancel     context.CancelFunc
	done       chan struct{}
	loopErr    error
}

// New checks cfg, opens (or creates) the executor's database, checks that it holds chain's
// state, and rebuilds the head state from it. src is where blocks come from; nil dials
// cfg.Sequencer. A database whose pages do not hash to its head root is refused. A new database
// starts from a Snapshot of chain.Mem, which must not be used by another goroutine meanwhile.
// Call Stop to release the database, whether or not the executor was started.
func New(cfg Config, lg log.Logger, chain *genesis.Chain, src BlockSource) (*Executor, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("executor: %w", err)
	}
	if cfg.RPCHost == "" {
		cfg.RPCHost = "127.0.0.1"
	}
	if lg == nil {
		lg = log.Root()
	}
	bopts := cfg.Backends
	bopts.Workers = cfg.Workers
	devs, release, err := OpenBackends(context.Background(), lg, bopts)
	if err != nil {
		return nil, fmt.Errorf("executor: devices: %w", err)
	}
	e := &Executor{cfg: cfg, log: lg, chain: chain, sep: chain.Cfg.Domain.Separator(), src: src,
		run: NewRunner(cfg.Workers, devs...), m: newMetrics(), health: followHealth{maxLag: cfg.HealthMaxLag},
		releaseDevices: release}
	e.run.Busy = e.m.recordBusy
	e.run.Unhealthy = func(device string, err error) {
		e.log.Error("Device failed: its jobs run on the other devices from now on", "device", device, "err", err)
	}
	e.m.reg.MustRegister(newDeviceCollector(e.run))
	if cfg.GPUMetrics {
		e.openGPUMetrics()
	}
	if src == nil {
		s, err := DialSource(context.Background(), cfg.Sequencer)
		if err != nil {
			e.closeDevices()
			return nil, err
		}
		e.src, e.dial = s, s
	}
	db, err := openStore(cfg.DataDir, lg)
	if err != nil {
		e.closeSource()
		e.closeDevices()
		return nil, err
	}
	e.db = db
	if err := e.load(); err != nil {
		_ = db.close()
		e.closeSource()
		e.closeDevices()
		return nil, err
	}
	return e, nil
}

func (e *Executor) closeSource() {
	if e.dial != nil {
		e.dial.Close()
	}
}

// load rebuilds the head state, or persists genesis in a new database.
func (e *Executor) load() error {
	gen := e.chain.Root()
	stored, storedSep, ok, err := e.db.genesis()
	if err != nil {
		return err
	}
	if !ok {
		return e.initGenesis(gen)
	}
	if stored != gen || storedSep != e.sep {
		return fmt.Errorf("executor: data dir %s belongs to the chain with genesis root %v and EIP-712 domain separator %v, "+
			"but the chain settings give %v and %v", e.dirName(), stored, storedSep, gen, e.sep)
	}
	head, hasHead, err := e.db.head()
	if err != nil {
		return err
	}
	want, what := gen, "genesis"
	if hasHead {
		r, _, h, ok, err := e.db.blockRecord(head)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("executor: corrupt database in %s: no state root for head block %d", e.dirName(), head)
		}
		want, what, e.prevHash = r, fmt.Sprintf("head block %d", head), h
	}
	start := time.Now()
	mem, err := e.db.loadMemory()
	if err != nil {
		return err
	}
	if got := mem.Root(); got != want {
		return fmt.Errorf("executor: the state in %s is corrupt: its pages hash to %v, but the root of %s is %v; "+
			"remove the data dir to re-execute the chain from genesis", e.dirName(), got, what, want)
	}
	e.state = mem
	if hasHead {
		e.next = head + 1
	}
	e.publish(hasHead, head, want)
	e.log.Info("Executor state loaded", "dir", e.dirName(), "head", headString(hasHead, head), "root", want,
		"pages", mem.PageCount(), "elapsed", time.Since(start))
	return nil
}

// initGenesis persists the genesis state in a new database, so that every later block is a diff.
func (e *Executor) initGenesis(gen common.Hash) error {
	return e.writeGenesis(gen, false)
}

// writeGenesis writes the genesis state and makes it the head state; with clear it first deletes
// everything else, in the same atomic write.
func (e *Executor) writeGenesis(gen common.Hash, clear bool) error {
	u := e.db.newUpdate()
	if clear {
		if err := u.clear(); err != nil {
			u.abort()
			return fmt.Errorf("executor: clear the state: %w", err)
		}
	}
	st := e.chain.Mem.Snapshot()
	if err := st.Diff(nil, u.page); err != nil {
		u.abort()
		return fmt.Errorf("executor: write genesis: %w", err)
	}
	if err := u.genesis(gen, e.sep); err != nil {
		u.abort()
		return fmt.Errorf("executor: write genesis: %w", err)
	}
	if err := u.commit(); err != nil {
		return fmt.Errorf("executor: write genesis: %w", err)
	}
	e.state = st
	e.publish(false, 0, gen)
	if !clear {
		e.log.Info("Executor database created", "dir", e.dirName(), "genesis", gen)
	}
	return nil
}

func (e *Executor) dirName() string {
	if e.cfg.DataDir == "" {
		return "(memory)"
	}
	return e.cfg.DataDir
}

func headString(ok bool, n uint64) string {
	if !ok {
		return "none"
	}
	return fmt.Sprint(n)
}

// publish makes the head state visible to RPC readers.
func (e *Executor) publish(hasHead bool, head uint64, root common.Hash) {
	view := e.state.Snapshot()
	e.mu.Lock()
	e.view, e.hasHead, e.head, e.headRoot = view, hasHead, head, root
	e.mu.Unlock()
	if hasHead {
		e.m.head.Set(float64(head))
	}
}

// Head returns the last applied block and its state root; ok is false before the first block.
func (e *Executor) Head() (n uint64, root common.Hash, ok bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.head, e.headRoot, e.hasHead
}

// RPCEndpoint is the URL the JSON-RPC server listens on, set by Start ("" before).
func (e *Executor) RPCEndpoint() string { return e.rpcURL }

// Registry is the executor's Prometheus registry.
func (e *Executor) Registry() *prometheus.Registry { return e.m.reg }

// openGPUMetrics registers NVML's collector where the machine has an NVIDIA driver; elsewhere it
// logs why there are no GPU metrics and goes on.
func (e *Executor) openGPUMetrics() {
	n, err := gpu.OpenSystem()
	if err != nil {
		e.log.Info("No GPU metrics", "reason", err)
		return
	}
	if err := e.m.reg.Register(gpu.NewCollector(n)); err != nil {
		e.log.Warn("No GPU metrics", "err", err)
		_ = n.Close()
		return
	}
	e.nvml = n
	if inv, err := n.Inventory(); err == nil {
		for _, d := range inv.Devices {
			e.log.Info("NVIDIA GPU", "index", d.Index, "name", d.Name, "uuid", d.UUID, "pci", d.PCIBusID,
				"memory_mib", d.MemoryTotal>>20, "driver", inv.DriverVersion, "cuda", inv.CUDAVersion)
		}
	}
}

// closeDevices releases the OpenCL devices and NVML.
func (e *Executor) closeDevices() {
	if e.releaseDevices != nil {
		e.releaseDevices()
		e.releaseDevices = nil
	}
	if e.nvml != nil {
		_ = e.nvml.Close()
		e.nvml = nil
	}
}

// Devices reports the devices jobs run on, their health and the work each did.
func (e *Executor) Devices() []DeviceStatus { return e.run.Devices() }
