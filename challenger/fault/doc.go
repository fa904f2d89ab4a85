// Package fault is a dishonest executor for tests and `crollup devnet --fraud`: the real chain up
// to one step of a chosen kind, which it gets wrong, and what follows from that; it asserts and
// defends those roots through a challenger.Service (Liar).
package fault
