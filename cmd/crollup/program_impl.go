package main

import (
	"context"
	"fmt"
	"os"

	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// The bodies of the program subcommands. Each writes its result to a.out and logs to a.log.

// programBuild writes the example program opts.Example to opts.Out and prints its root and trace
// length.
func programBuild(_ context.Context, a *app, opts programBuildOptions) error {
	p := examples.CNN()
	if opts.Example == exampleMLP {
		p = examples.MLP()
	}
	if err := os.WriteFile(opts.Out, p.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write program: %w", err)
	}
	fmt.Fprintf(a.out, "program  %s\nroot     %s\nsize     %d bytes\nsteps    %d\n", opts.Out, p.Root(), p.Size(), p.Steps())
	if opts.Input != "" {
		packed, err := program.Pack(p.InputTensor(), examples.SampleInput())
		if err != nil {
			return fmt.Errorf("sample input: %w", err)
		}
		if err := os.WriteFile(opts.Input, packed, 0o644); err != nil {
			return fmt.Errorf("write sample input: %w", err)
		}
		fmt.Fprintf(a.out, "input    %s (%d bytes)\n", opts.Input, len(packed))
	}
	return nil
}

// readProgram reads and validates a program object file.
func readProgram(file string) (*program.Program, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read program: %w", err)
	}
	p, err := program.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return p, nil
}

// programInspect validates the program object in opts.File and prints its contents.
func programInspect(_ context.Context, a *app, opts programInspectOptions) error {
	p, err := readProgram(opts.File)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "root %s\n", p.Root())
	return p.Disassemble(a.out)
}
