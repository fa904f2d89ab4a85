package batcher

// FakeSequencer is the in-memory Source of the package's tests, for the external ones.
type FakeSequencer = fakeSequencer
