// Package apitest holds a service's answers to the error codes docs/api.md documents, in tests:
// the code of an error from chain/client or a raw rpc.Client, and the check, both ways, that the
// codes a test drove are the ones the doc's "Errors" table gives that service.
package apitest

import (
	"errors"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crollup/crollup/chain/client"
)

// Code is the JSON-RPC code of an error from chain/client or from a raw rpc.Client.
func Code(err error) (int, bool) {
	var ce *client.Error
	if errors.As(err, &ce) {
		return ce.Code, true
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return re.ErrorCode(), true
	}
	return 0, false
}

// Documented reads the "Errors" table of the API doc at path: the codes whose "answered by"
// column names service.
func Documented(t testing.TB, path, service string) map[int]bool {
	t.Helper()
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, errs, ok := strings.Cut(string(doc), "\n## Errors\n")
	if !ok {
		t.Fatalf(`%s has no "Errors" section`, path)
	}
	errs, _, _ = strings.Cut(errs, "\n## ")
	row := regexp.MustCompile(`(?m)^\| (-?\d+) \|.*\| ([a-z, ]+) \|$`)
	out := map[int]bool{}
	for _, m := range row.FindAllStringSubmatch(errs, -1) {
		c, _ := strconv.Atoi(m[1])
		for _, s := range strings.Split(m[2], ",") {
			if strings.TrimSpace(s) == service {
				out[c] = true
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s's Errors table names no code for the %s", path, service)
	}
	return out
}

// CheckDocumented fails t unless driven, the codes a test made service answer, are exactly the
// codes the API doc at path gives it.
func CheckDocumented(t testing.TB, path, service string, driven map[int]bool) {
	t.Helper()
	doc := Documented(t, path, service)
	for _, c := range slices.Sorted(maps.Keys(doc)) {
		if !driven[c] {
			t.Errorf("%s gives the %s code %d, which no case drives", path, service, c)
		}
	}
	for _, c := range slices.Sorted(maps.Keys(driven)) {
		if !doc[c] {
			t.Errorf("the %s answers code %d, which %s does not give it", service, c, path)
		}
	}
}
