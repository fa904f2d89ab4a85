package sequencer

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// docMetrics returns the metric names the Metrics section of docs/sequencer.md lists.
func docMetrics(t *testing.T) []string {
	t.Helper()
	doc, err := os.ReadFile("../docs/sequencer.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "\n## Metrics\n")
	if !ok {
		t.Fatal("docs/sequencer.md has no Metrics section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var names []string
	for _, m := range regexp.MustCompile("(?m)^\\| `("+metricsNamespace+"_[a-z0-9_]+)").FindAllStringSubmatch(section, -1) {
		names = append(names, m[1])
	}
	return names
}

// TestMetricsDocumented: every metric docs/sequencer.md lists is in the sequencer's registry, by
// its full name, and every sequencer metric the registry holds is listed.
func TestMetricsDocumented(t *testing.T) {
	documented := docMetrics(t)
	if len(documented) == 0 {
		t.Fatal("docs/sequencer.md lists no metric")
	}
	e := newEnv(t, testConfig(), 0, 1e9)
	// The labelled metrics appear once a label value is used: one admission, one refusal.
	w := e.withdraw(1, 1)
	e.mustSend(w, 0, nil)
	if _, err := e.send(w, 0, nil); err == nil {
		t.Fatal("a resent message was admitted")
	}
	mfs, err := e.seq.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	var gathered []string
	for _, mf := range mfs {
		gathered = append(gathered, mf.GetName())
	}
	for _, name := range documented {
		if !slices.Contains(gathered, name) {
			t.Errorf("docs/sequencer.md lists %s; the registry has no such metric", name)
		}
	}
	for _, name := range gathered {
		if strings.HasPrefix(name, metricsNamespace+"_") && !slices.Contains(documented, name) {
			t.Errorf("the registry has %s; docs/sequencer.md does not list it", name)
		}
	}
	// The op-service registry adds the Go runtime and process collectors, as the doc says.
	if !slices.Contains(gathered, "go_goroutines") {
		t.Errorf("no Go runtime metrics in the registry")
	}
}
