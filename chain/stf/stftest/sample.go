package stftest

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// ThreeBatches is a chain of 3 batches that has a step of every kind a dispute is about: two
// deposits and a small program's upload; a job on it and a withdrawal; another job and a
// withdrawal (account 0 is the fee recipient, so blocks pay fees).
func ThreeBatches() (*Chain, error) {
	c, err := New(3)
	if err != nil {
		return nil, err
	}
	c.Deposit(1, 1e15)
	c.Deposit(2, 1e15)
	small, input, err := examples.Random(7, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 4096})
	if err != nil {
		return nil, err
	}
	for _, msgs := range [][]batch.Message{
		c.Upload(1, small, 0, batch.DataHeight(int(small.Size()))),
		{c.Job(2, small, 0, input, JobFee(small, len(input))), c.Withdraw(1, common.HexToAddress("0xa11ce"), 1000)},
		{c.Job(1, small, 0, input, JobFee(small, len(input))), c.Withdraw(2, common.HexToAddress("0xb0b"), 2000)},
	} {
		if _, err := c.Batch(msgs); err != nil {
			return nil, err
		}
	}
	return c, nil
}
