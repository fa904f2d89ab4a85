package contracts

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The committed build output of build.js; artifacts_test.go checks that it is fresh.
//
//go:embed artifacts/*.json
var artifactFS embed.FS

// Artifact is one compiled contract as build.js writes it to artifacts/<Name>.json.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`         // creation code
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"` // runtime code
	Compiler         struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	} `json:"compiler"`
	Settings json.RawMessage `json:"settings"`
}

// LoadArtifact returns the committed artifact of the named contract (e.g. "FraudVM").
func LoadArtifact(name string) (*Artifact, error) {
	if strings.ContainsAny(name, "/\\.") {
		return nil, fmt.Errorf("contracts: bad contract name %q", name)
	}
	raw, err := artifactFS.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: artifact %s: %w", name, err)
	}
	var a Artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("contracts: artifact %s: %w", name, err)
	}
	if len(a.Bytecode) == 0 || len(a.DeployedBytecode) == 0 {
		return nil, fmt.Errorf("contracts: artifact %s has no bytecode", name)
	}
	return &a, nil
}

// ArtifactNames lists the contracts with a committed artifact, sorted.
func ArtifactNames() ([]string, error) {
	entries, err := artifactFS.ReadDir("artifacts")
	if err != nil {
		return nil, fmt.Errorf("contracts: %w", err)
	}
	var names []string
	for _, e := range entries { // ReadDir returns the entries sorted by name
		if n, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			names = append(names, n)
		}
	}
	return names, nil
}

// ParsedABI parses the artifact's ABI.
func (a *Artifact) ParsedABI() (abi.ABI, error) {
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	if err != nil {
		return abi.ABI{}, fmt.Errorf("contracts: artifact %s: abi: %w", a.ContractName, err)
	}
	return parsed, nil
}
