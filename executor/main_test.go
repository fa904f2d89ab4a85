package executor

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that no test leaves a goroutine behind: Stop ends the follow loop, the
// workers, the servers and the database.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
