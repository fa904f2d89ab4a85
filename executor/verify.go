package executor

import (
	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
)

// VerifyJobResult checks a compute_getJobResult answer without trusting the executor: the job
// record's two leaves fold with the proof to StateRoot at the record's address, the record's
// status and output root are those the result claims, and Output, placed at the start of the
// output region with zeros after it, hashes to that output root. It is chain/client's
// VerifyJobResult (errors wrap client.ErrBadResult); what it does not check is that StateRoot
// is the chain's — compare it with an asserted or finalized root.
func VerifyJobResult(r *api.JobResult) error { return client.VerifyJobResult(r) }
