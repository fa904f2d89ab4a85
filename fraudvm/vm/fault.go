package vm

import (
	"errors"
	"fmt"
)

// Fault says why a job stopped without reaching HALT. The machine is total: from every state a
// step is defined, and a step that cannot execute its instruction (an invalid program that a
// faulty sequencer let through, a job out of steps) moves the machine to StatusFaulted with the
// fault code in the registers instead of leaving the chain stuck. The chain records the code as
// the job's result.
//
// There are deliberately only two codes: which of several violated checks is reported first
// must not change the post-state, or every implementation would have to order its checks
// identically. The interpreter keeps a readable reason for logs (FaultReason).
type Fault uint8

const (
	FaultNone      Fault = 0
	FaultInvalid   Fault = 1 // the program cannot execute here: bad opcode, operands, shapes, bounds or parameters
	FaultStepLimit Fault = 2 // the job reached its step limit
	numFaults            = 3
)

var faultNames = [numFaults]string{"none", "invalid", "step-limit"}

func (f Fault) String() string {
	if f < numFaults {
		return faultNames[f]
	}
	return fmt.Sprintf("fault(%d)", uint8(f))
}

// faultError carries a fault out of the step functions.
type faultError struct {
	code Fault
	msg  string
}

func (e *faultError) Error() string { return e.code.String() + ": " + e.msg }

func fault(code Fault, format string, args ...any) error {
	return &faultError{code: code, msg: fmt.Sprintf(format, args...)}
}

// FaultReason returns the diagnostic of the most recent faulting step, or "" (for logs: the
// state itself carries only the code).
func (v *VM) FaultReason() string { return v.reason }

func asFault(err error) (*faultError, bool) {
	var fe *faultError
	ok := errors.As(err, &fe)
	return fe, ok
}
