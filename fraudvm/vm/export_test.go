package vm

// Registers decodes a witness's pre-state for test messages.
func Registers(w *Witness) State {
	s, _ := DecodeState(w.State[:])
	return s
}
