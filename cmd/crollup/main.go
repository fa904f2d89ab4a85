// Command crollup is the crollup binary: it runs the rollup's services (one at a time, or all of
// them in one process with `crollup devnet`) and runs and inspects fraudvm programs.
//
// Every subcommand reads the same configuration (cmd/crollup/config): defaults, a config file,
// CROLLUP_* environment variables and flags, in increasing precedence.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run())
}

// run executes the command line and returns the process exit status. It is separate from main so
// that deferred calls run before os.Exit.
func run() int {
	// Commands receive a context that Ctrl-C (SIGINT) or SIGTERM cancels; libraries shut down
	// when it is done.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, restore the default handling so that a second Ctrl-C
		// terminates the process even if a graceful shutdown hangs.
		<-ctx.Done()
		stop()
	}()

	if err := newRootCmd(os.Stdout, os.Stderr).ExecuteContext(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "crollup: %v\n", err)
		return 1
	}
	return 0
}
