package bulk

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestCrewStages checks that every unit of every stage runs exactly once and that no unit of a
// stage starts before every unit of the stage before it has finished, for crews of one to four
// workers and stages of zero to many units.
func TestCrewStages(t *testing.T) {
	for _, workers := range []int{1, 2, 4} {
		w := newCrew(workers)
		for round := range 50 {
			sizes := []int{round % 7, 1 + round*3, 0, 2 + round%5}
			ran := make([][]atomic.Int32, len(sizes))
			finished := make([]atomic.Int32, len(sizes))
			var early atomic.Int32
			var stages []stage
			for i, n := range sizes {
				ran[i] = make([]atomic.Int32, n)
				stages = append(stages, stage{n, func(u int) {
					for j := range i {
						if int(finished[j].Load()) != sizes[j] {
							early.Add(1)
						}
					}
					ran[i][u].Add(1)
					finished[i].Add(1)
				}})
			}
			w.stages(stages...)
			if early.Load() != 0 {
				t.Fatalf("workers=%d round %d: %d units started before the stage before them finished", workers, round, early.Load())
			}
			for i := range sizes {
				for u := range ran[i] {
					if got := ran[i][u].Load(); got != 1 {
						t.Fatalf("workers=%d round %d: stage %d unit %d ran %d times", workers, round, i, u, got)
					}
				}
			}
		}
	}
}

// TestCrewNestedAndConcurrent runs crews from several goroutines at once, with units that start
// runs of their own on the same crew: a run must not depend on a free helper, so this finishes.
func TestCrewNestedAndConcurrent(t *testing.T) {
	w := newCrew(3)
	var total atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for range 20 {
					w.forEach(8, func(int) {
						w.spans(100, 10, func(lo, hi int) { total.Add(int64(hi - lo)) })
					})
				}
			})
		}
		wg.Wait()
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("nested and concurrent runs did not finish")
	}
	if want := int64(4 * 20 * 8 * 100); total.Load() != want {
		t.Fatalf("covered %d elements, want %d", total.Load(), want)
	}
}

// TestCrewHelpersLeave checks that an idle crew's helpers return soon after its last run (an
// idle crew holds no goroutines) and that the next run starts them again.
func TestCrewHelpersLeave(t *testing.T) {
	w := newCrew(3)
	for round := range 3 {
		var units atomic.Int64
		w.forEach(300, func(int) { units.Add(1) })
		if units.Load() != 300 {
			t.Fatalf("round %d: %d units ran, want 300", round, units.Load())
		}
		deadline := time.Now().Add(10 * time.Second)
		for w.live.Load() != 0 {
			if time.Now().After(deadline) {
				t.Fatalf("round %d: %d helpers still live 10 s after the last run", round, w.live.Load())
			}
			time.Sleep(time.Millisecond)
		}
	}
}
