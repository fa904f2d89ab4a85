package vm

import "github.com/crollup/crollup/fraudvm/isa"

// Registers decodes a witness's pre-state for test messages.
func Registers(w *Witness) State {
	s, _ := DecodeState(w.State[:])
	return s
}

func OpOf(s State) isa.Opcode { return isa.Opcode(s.Insn[0]) }
