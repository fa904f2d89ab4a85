package l1dev

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// metaFile is the data-dir file that records what go-ethereum's database does not: see chainMeta.
const metaFile = "l1dev.json"

// chainMeta is what a data dir records besides go-ethereum's database. The genesis has to be kept because its
// timestamp is the wall-clock time of creation (so it cannot be rebuilt from the Config) and go-ethereum refuses a
// database whose genesis differs from the one it is given. The slot length has to be kept because stored blobs are
// served by slot: reopening with another block time would move every block to another slot.
//
// StateScheme is how go-ethereum keeps state in this data dir: "hash" (written since crash safety came) is the hash
// scheme in archive mode, which commits every block's state as the block is inserted, so that a SIGKILL loses no
// block the L1 reported; "" (older data dirs) is go-ethereum's default path scheme, which keeps recent states in
// memory and, killed, rewinds to the last one it flushed (and the services, ahead of it, cannot go on).
type chainMeta struct {
	Genesis        *core.Genesis `json:"genesis"`
	SecondsPerSlot uint64        `json:"secondsPerSlot"`
	StateScheme    string        `json:"stateScheme,omitempty"`
}

// newGenesis returns the genesis of a new chain: go-ethereum's dev genesis (every fork through Osaka at time 0,
// precompiles and the system contracts of EIP-4788, EIP-2935, EIP-7002 and EIP-7251 predeployed), our chain id,
// the DevKeys accounts and cfg.Prefund funded, and a timestamp of now so that the first blocks are not
// minutes-long catch-up runs from 1970.
func newGenesis(cfg *Config, now time.Time) *core.Genesis {
	g := core.DeveloperGenesisBlock(cfg.GasLimit, nil)
	g.Config.ChainID = new(big.Int).SetUint64(cfg.ChainID) // g.Config is DeveloperGenesisBlock's own copy
	g.Timestamp = uint64(now.Unix())
	for _, key := range DevKeys(DevAccounts) {
		g.Alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: DevBalance()}
	}
	for addr, bal := range cfg.Prefund {
		g.Alloc[addr] = types.Account{Balance: new(big.Int).Set(bal)}
	}
	return g
}

// loadOrCreateMeta returns the chain a data dir holds, or creates a new one (and records it when there is a data
// dir). It fails if the stored chain contradicts cfg in a way that cannot be honoured.
func loadOrCreateMeta(cfg *Config, now time.Time) (*chainMeta, error) {
	if cfg.DataDir == "" {
		return &chainMeta{Genesis: newGenesis(cfg, now), SecondsPerSlot: cfg.slotSeconds()}, nil
	}
	path := filepath.Join(cfg.DataDir, metaFile)
	raw, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		meta := &chainMeta{Genesis: newGenesis(cfg, now), SecondsPerSlot: cfg.slotSeconds(), StateScheme: rawdb.HashScheme}
		if err := writeMeta(path, meta); err != nil {
			return nil, err
		}
		return meta, nil
	case err != nil:
		return nil, fmt.Errorf("read chain record: %w", err)
	}
	var meta chainMeta
	if err := json.Unmarshal(raw, &meta); err != nil {
		return nil, fmt.Errorf("decode chain record %s: %w", path, err)
	}
	if meta.Genesis == nil || meta.Genesis.Config == nil || meta.Genesis.Config.ChainID == nil || meta.SecondsPerSlot == 0 {
		return nil, fmt.Errorf("chain record %s: incomplete", path)
	}
	if id := meta.Genesis.Config.ChainID; !id.IsUint64() || id.Uint64() != cfg.ChainID {
		return nil, fmt.Errorf("data dir %s holds chain id %v, config asks for %d", cfg.DataDir, id, cfg.ChainID)
	}
	if meta.SecondsPerSlot != cfg.slotSeconds() {
		return nil, fmt.Errorf("data dir %s was created with %d-second slots, config gives %d (block time %v): "+
			"stored blobs would move to other slots", cfg.DataDir, meta.SecondsPerSlot, cfg.slotSeconds(), cfg.BlockTime)
	}
	return &meta, nil
}

// writeMeta writes the chain record atomically (temporary file, sync, rename), so that a crash leaves either no
// record, and a new chain next time, or a whole one.
func writeMeta(path string, meta *chainMeta) error {
	raw, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return fmt.Errorf("encode chain record: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create data dir: %w", err)
	}
	if err := writeFileAtomic(path, raw); err != nil {
		return fmt.Errorf("write chain record: %w", err)
	}
	return nil
}

// writeFileAtomic writes data to path through a synced temporary file in the same directory and a rename.
func writeFileAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err = tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
