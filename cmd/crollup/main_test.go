package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/crollup/crollup/cmd/crollup/config"
)

// execute runs the command line args against a fresh command tree and returns stdout, stderr and
// the error. extra commands are added to the root first (tests use them to observe the app).
func execute(t *testing.T, args []string, extra ...*cobra.Command) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	root := newRootCmd(&stdout, &stderr)
	root.AddCommand(extra...)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return stdout.String(), stderr.String(), err
}

// clearEnv blanks every CROLLUP_* variable crollup reads, so the developer's environment cannot
// change a test's outcome. Empty counts as unset.
func clearEnv(t *testing.T) {
	t.Helper()
	t.Setenv(config.ConfigFileEnv, "")
	for _, s := range config.Settings() {
		t.Setenv(s.Env, "")
	}
}

// allCommands returns every visible command below root, the root included.
func allCommands(root *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{root}
	for _, c := range root.Commands() {
		if !c.Hidden && c.Name() != "help" {
			out = append(out, allCommands(c)...)
		}
	}
	return out
}

// TestHelp asks every command for help, as --help and as `crollup help ...`, and checks that the
// text is this command's: its description, its usage line and each of its own flags.
func TestHelp(t *testing.T) {
	clearEnv(t)
	// Help must not depend on the configuration: a broken config file does not hide it.
	t.Setenv(config.ConfigFileEnv, filepath.Join(t.TempDir(), "absent.toml"))

	root := newRootCmd(&bytes.Buffer{}, &bytes.Buffer{})
	root.InitDefaultCompletionCmd() // cobra adds it only when executing
	cmds := allCommands(root)
	want := []string{"crollup", "crollup vm", "crollup vm run", "crollup vm state", "crollup vm witness",
		"crollup program", "crollup program build", "crollup program inspect", "crollup devnet",
		"crollup model", "crollup model import", "crollup model run",
		"crollup version", "crollup completion"}
	for _, w := range want {
		found := false
		for _, c := range cmds {
			found = found || c.CommandPath() == w
		}
		if !found {
			t.Errorf("command %q is missing", w)
		}
	}

	for _, c := range cmds {
		path := strings.Fields(c.CommandPath())[1:]
		for _, args := range [][]string{
			append(append([]string{}, path...), "--help"),
			append([]string{"help"}, path...),
		} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				out, errOut, err := execute(t, args)
				if err != nil {
					t.Fatalf("error: %v (stderr %q)", err, errOut)
				}
				desc := c.Long
				if desc == "" {
					desc = c.Short
				}
				usage := c.UseLine()
				if !c.Runnable() {
					usage = c.CommandPath() + " [command]"
				}
				for _, s := range []string{firstLine(desc), "Usage:", usage} {
					if !strings.Contains(out, s) {
						t.Errorf("help lacks %q:\n%s", s, out)
					}
				}
				c.LocalFlags().VisitAll(func(f *pflag.Flag) {
					if !strings.Contains(out, "--"+f.Name) {
						t.Errorf("help lacks flag --%s", f.Name)
					}
				})
			})
		}
		if c.Short == "" || strings.HasSuffix(c.Short, ".") {
			t.Errorf("%s: Short %q must be a phrase without a final period", c.CommandPath(), c.Short)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestRootHelpListsSettings checks that the root help documents every configuration key with its
// environment variable and default.
func TestRootHelpListsSettings(t *testing.T) {
	clearEnv(t)
	out, _, err := execute(t, []string{"--help"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range config.Settings() {
		if !strings.Contains(out, s.Key) || !strings.Contains(out, s.Env) {
			t.Errorf("root help lacks %s / %s", s.Key, s.Env)
		}
	}
	if !strings.Contains(out, "--workers (vm run)") {
		t.Errorf("root help does not say that --workers of vm run sets vm.workers:\n%s", out)
	}
}

// probe is a test-only command that records the app it receives.
func probe(got **app) *cobra.Command {
	cmd := &cobra.Command{
		Use:  "probe",
		Args: cobra.NoArgs,
		RunE: withApp(func(_ context.Context, a *app, _ []string) error {
			*got = a
			a.log.Warn("probe ran")
			return nil
		}),
	}
	configInt(cmd.Flags(), "workers", "vm.workers", "test")
	return cmd
}

// TestConfigWiring checks the path from the command line to config.Load: --config and
// CROLLUP_CONFIG name the file, the environment overrides it, flags override both, and the
// logger follows the result.
func TestConfigWiring(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "crollup.yaml")
	if err := os.WriteFile(file, []byte("log:\n  level: debug\n  format: json\nvm:\n  workers: 2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.toml")
	if err := os.WriteFile(other, []byte("[vm]\nworkers = 5\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name        string
		env         map[string]string
		args        []string
		wantLevel   string
		wantFormat  string
		wantWorkers int
	}{
		{"defaults", nil, nil, "info", "text", 0},
		{"--config", nil, []string{"--config", file}, "debug", "json", 2},
		{"CROLLUP_CONFIG", map[string]string{"CROLLUP_CONFIG": file}, nil, "debug", "json", 2},
		{"--config beats CROLLUP_CONFIG", map[string]string{"CROLLUP_CONFIG": file}, []string{"--config", other}, "info", "text", 5},
		{"env beats file", map[string]string{"CROLLUP_LOG_LEVEL": "warn", "CROLLUP_VM_WORKERS": "3"},
			[]string{"--config", file}, "warn", "json", 3},
		{"flag beats env and file", map[string]string{"CROLLUP_LOG_LEVEL": "warn", "CROLLUP_VM_WORKERS": "3"},
			[]string{"--config", file, "--log.level", "error", "--workers", "4"}, "error", "json", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var got *app
			_, stderr, err := execute(t, append([]string{"probe"}, tc.args...), probe(&got))
			if err != nil {
				t.Fatalf("execute: %v", err)
			}
			c := got.cfg
			if c.Log.Level != tc.wantLevel || c.Log.Format != tc.wantFormat || c.VM.Workers != tc.wantWorkers {
				t.Errorf("got level=%q format=%q workers=%d, want %q %q %d",
					c.Log.Level, c.Log.Format, c.VM.Workers, tc.wantLevel, tc.wantFormat, tc.wantWorkers)
			}
			// The logger writes to stderr in the configured format; level error hides the warning.
			switch {
			case tc.wantLevel == "error":
				if stderr != "" {
					t.Errorf("level error logged a warning: %q", stderr)
				}
			case tc.wantFormat == "json":
				if !strings.HasPrefix(stderr, "{") || !strings.Contains(stderr, `"msg":"probe ran"`) {
					t.Errorf("want a JSON log line, got %q", stderr)
				}
			default:
				if !strings.Contains(stderr, "probe ran") || strings.HasPrefix(stderr, "{") {
					t.Errorf("want a text log line, got %q", stderr)
				}
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"vm", "run", "--input", "x"}, `"program"`},
		{[]string{"vm", "run", "--program", "p", "--input", "x", "--step", "--bulk"}, "[step bulk]"},
		{[]string{"vm", "run", "--program", "p", "--input", "x", "--step", "--workers", "2"}, "[step workers]"},
		{[]string{"vm", "state", "--program", "p", "--input", "x"}, `"at"`},
		{[]string{"vm", "witness", "--program", "p", "--input", "x", "--at", "-1"}, "--at"},
		{[]string{"vm", "runn"}, `did you mean run?`},
		{[]string{"program", "build", "--example", "rnn", "--out", "f"}, "--example"},
		{[]string{"program", "inspect"}, "accepts 1 arg"},
		{[]string{"devnet", "extra"}, "unknown command"},
		{[]string{"devnet", "--bogus"}, "Run 'crollup devnet --help' for usage"},
		{[]string{"devnet", "--log.level", "loud"}, "log.level"},
		{[]string{"nope"}, "unknown command"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			clearEnv(t)
			_, _, err := execute(t, tc.args)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	clearEnv(t)
	out, _, err := execute(t, []string{"version"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "crollup ") || !strings.Contains(out, "\ngo      go1.") {
		t.Errorf("unexpected version output:\n%s", out)
	}
}
