package main

import (
	"context"
	"errors"
)

// The bodies of the vm subcommands. Each writes its result to a.out and logs to a.log.

// vmRun runs opts.Program on opts.Input until the machine halts and prints the final state hash,
// the step count and the output root.
func vmRun(ctx context.Context, a *app, opts vmRunOptions) error {
	return errors.New("vm run: not implemented yet")
}

// vmState prints, as JSON, the machine state after opts.At steps.
func vmState(ctx context.Context, a *app, opts vmAtOptions) error {
	return errors.New("vm state: not implemented yet")
}

// vmWitness prints, as JSON, the witness of step opts.At.
func vmWitness(ctx context.Context, a *app, opts vmAtOptions) error {
	return errors.New("vm witness: not implemented yet")
}
