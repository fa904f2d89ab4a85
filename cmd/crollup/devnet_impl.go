package main

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/config"
)

// runDevnet runs the devnet until it finishes or ctx is cancelled.
func runDevnet(ctx context.Context, cfg config.Config, log log.Logger) error {
	return errors.New("devnet: not implemented yet")
}
