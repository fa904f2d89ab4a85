package executor

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestMetricsDocumented gathers the executor's registry and requires every metric the Metrics
// section of docs/executor.md lists to be there, and every crollup_executor_ metric there to be
// listed.
func TestMetricsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/executor.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(doc)
	start := strings.Index(section, "\n## Metrics\n")
	if start < 0 {
		t.Fatal("docs/executor.md has no Metrics section")
	}
	section = section[start+1:]
	if end := strings.Index(section[1:], "\n## "); end >= 0 {
		section = section[:end+1]
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile("`("+metricsNamespace+`_[a-z0-9_]+)(\{[a-z_,]*\})?`+"`").FindAllStringSubmatch(section, -1) {
		listed[m[1]] = true
	}
	if len(listed) == 0 {
		t.Fatal("the Metrics section of docs/executor.md lists no metric by its full name")
	}

	f := newFixture(t, 2)
	e, err := New(testConfig(""), quietLog(), f.gen, &MemorySource{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Stop(t.Context()) })
	mfs, err := e.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	registered := map[string]bool{}
	for _, mf := range mfs {
		registered[mf.GetName()] = true
		if strings.HasPrefix(mf.GetName(), metricsNamespace+"_") && !listed[mf.GetName()] {
			t.Errorf("metric %s is not in docs/executor.md", mf.GetName())
		}
	}
	for name := range listed {
		if !registered[name] {
			t.Errorf("docs/executor.md lists %s, which the registry does not have", name)
		}
	}
}
