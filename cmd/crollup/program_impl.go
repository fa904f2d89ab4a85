package main

import (
	"context"
	"errors"
)

// The bodies of the program subcommands. Each writes its result to a.out and logs to a.log.

// programBuild writes the example program opts.Example to opts.Out and prints its root and trace
// length.
func programBuild(ctx context.Context, a *app, opts programBuildOptions) error {
	return errors.New("program build: not implemented yet")
}

// programInspect validates the program object in opts.File and prints its contents.
func programInspect(ctx context.Context, a *app, opts programInspectOptions) error {
	return errors.New("program inspect: not implemented yet")
}
