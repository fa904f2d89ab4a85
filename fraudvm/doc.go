// Package fraudvm is crollup's job machine (docs/spec/fraudvm.md): the Merkle memory, the tensor
// instruction set, the program format and its execution paths (Step, bulk backends, trace
// provider). It is the bottom layer: it knows no chain (TestMachineIsLeaf), as cannon's mipsevm
// knows nothing of op-program; the chain's state transition is built on it in chain/stf.
package fraudvm
