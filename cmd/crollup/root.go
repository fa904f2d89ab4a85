package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/crollup/crollup/cmd/crollup/config"
)

// configKeyAnnotation marks a flag that sets a configuration key; its value is the key.
const configKeyAnnotation = "crollup.config.key"

// app is what a subcommand's implementation receives: the resolved configuration, the logger
// (writing to stderr) and the stream for the command's own output (stdout).
type app struct {
	cfg    config.Config
	log    log.Logger
	out    io.Writer
	errOut io.Writer // where log goes
}

// newRootCmd builds the whole command tree. stdout receives command output and help, stderr logs
// and errors; tests pass buffers.
func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "crollup",
		Short: "crollup is an optimistic rollup for compute jobs",
		// Errors are printed once, by main; a runtime error does not need the usage text.
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%w\nRun '%s --help' for usage", err, c.CommandPath())
	})

	pf := root.PersistentFlags()
	pf.String("config", "", fmt.Sprintf("config file, TOML, YAML or JSON by extension (env %s)", config.ConfigFileEnv))
	configString(pf, "log.level", "log.level", "lowest level logged: trace, debug, info, warn, error or crit")
	configString(pf, "log.format", "log.format", "log format: "+oplog.SupportedFormatsString())
	configString(pf, "log.color", "log.color", "color text and terminal logs: auto (when stderr is a terminal), true or false")
	pf.Lookup("log.color").NoOptDefVal = "true"

	root.AddCommand(newDevnetCmd(), newVMCmd(), newProgramCmd(), newModelCmd(), newJobCmd(), newAccountCmd(), newSequencerCmd(), newExecutorCmd(), newBatcherCmd(), newDeployCmd(), newWithdrawCmd(), newChallengerCmd(), newGPUCmd(), newVersionCmd())
	root.Long = rootLong(root)
	return root
}

func rootLong(root *cobra.Command) string {
	var b strings.Builder
	b.WriteString(`crollup is an optimistic rollup for compute jobs. Users sign jobs (run program P on input
X); a sequencer orders them, executors run them and assert the resulting state roots on Ethereum,
and anyone can challenge a wrong assertion down to a single step of the fraud VM, which an L1
contract re-executes.

Configuration: each setting comes from, in increasing precedence, its default, the config file
(--config or $` + config.ConfigFileEnv + `), its environment variable, and its flag. In a config file, keys
nest by their dots: [log] level = "debug" in TOML, log: {level: debug} in YAML.

`)
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "  KEY\tENVIRONMENT\tDEFAULT\tFLAG")
	flags := configFlags(root)
	for _, s := range config.Settings() {
		fmt.Fprintf(w, "  %s\t%s\t%v\t%s\n", s.Key, s.Env, s.Default, strings.Join(flags[s.Key], ", "))
	}
	w.Flush()
	return strings.TrimRight(b.String(), "\n")
}

// configFlags returns, for each config key, the flags that set it, as "--name" for persistent
// flags of the root and "--name (cmd path)" for flags of one subcommand.
func configFlags(root *cobra.Command) map[string][]string {
	out := map[string][]string{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		fs := c.LocalNonPersistentFlags()
		where := " (" + strings.TrimPrefix(c.CommandPath(), root.Name()+" ") + ")"
		if c == root {
			fs, where = c.PersistentFlags(), ""
		}
		fs.VisitAll(func(f *pflag.Flag) {
			if k := f.Annotations[configKeyAnnotation]; len(k) == 1 {
				out[k[0]] = append(out[k[0]], "--"+f.Name+where)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return out
}

// configString defines a string flag that sets the config key; its default is the config default,
// so help shows the value that applies when nothing else sets the key.
func configString(fs *pflag.FlagSet, name, key, usage string) {
	fs.String(name, settingDefault(key).(string), usage+" (env "+config.EnvVar(key)+")")
	annotate(fs, name, key)
}

// configInt is configString for an int key.
func configInt(fs *pflag.FlagSet, name, key, usage string) {
	fs.Int(name, settingDefault(key).(int), usage+" (env "+config.EnvVar(key)+")")
	annotate(fs, name, key)
}

// configUint64 is configString for a uint64 key.
func configUint64(fs *pflag.FlagSet, name, key, usage string) {
	fs.Uint64(name, settingDefault(key).(uint64), usage+" (env "+config.EnvVar(key)+")")
	annotate(fs, name, key)
}

// configBool is configString for a bool key.
func configBool(fs *pflag.FlagSet, name, key, usage string) {
	fs.Bool(name, settingDefault(key).(bool), usage+" (env "+config.EnvVar(key)+")")
	annotate(fs, name, key)
}

// configUint32 is configString for a uint32 key.
func configUint32(fs *pflag.FlagSet, name, key, usage string) {
	fs.Uint32(name, settingDefault(key).(uint32), usage+" (env "+config.EnvVar(key)+")")
	annotate(fs, name, key)
}

// chainFlags defines the flags of the chain.* keys, which every service of one chain must share:
// they fix the genesis state and the EIP-712 domain.
func chainFlags(fs *pflag.FlagSet) {
	configUint64(fs, "chain-id", "chain.chain-id", "the rollup's chain id (EIP-712 domain)")
	configString(fs, "inbox", "chain.inbox", "the L1 Inbox address (EIP-712 verifying contract)")
	configUint64(fs, "step-price", "chain.step-price", "genesis price of a job step, in wei")
	configUint64(fs, "byte-price", "chain.byte-price", "genesis price of a job input or upload byte, in wei")
	configUint64(fs, "flat-price", "chain.flat-price", "genesis flat price of an upload chunk or withdrawal, in wei")
	configUint64(fs, "heap-price", "chain.heap-price", "genesis deposit per byte of a new program's heap slot, in wei (returned when the upload completes)")
	configUint32(fs, "fee-recipient", "chain.fee-recipient", "account index fees are paid to")
	configString(fs, "accounts", "chain.accounts", "genesis accounts of a chain without a Bridge: address=wei,...")
}

func settingDefault(key string) any {
	s := config.Settings()
	i := slices.IndexFunc(s, func(s config.Setting) bool { return s.Key == key })
	if i < 0 {
		panic("crollup: flag bound to unknown config key " + key) // a programming error
	}
	return s[i].Default
}

func annotate(fs *pflag.FlagSet, name, key string) {
	if err := fs.SetAnnotation(name, configKeyAnnotation, []string{key}); err != nil {
		panic(err) // the flag was defined just before: unreachable
	}
}

// withApp adapts an implementation to cobra: it resolves the configuration for the running
// command and builds the logger first. Commands that need neither (help, version) skip it, so a
// broken config file never hides them.
func withApp(fn func(ctx context.Context, a *app, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		a, err := newApp(cmd)
		if err != nil {
			return err
		}
		return fn(cmd.Context(), a, args)
	}
}

func newApp(cmd *cobra.Command) (*app, error) {
	file, err := cmd.Flags().GetString("config")
	if err != nil {
		return nil, err
	}
	if file == "" {
		file = os.Getenv(config.ConfigFileEnv)
	}
	flags := map[string]*pflag.Flag{}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if k := f.Annotations[configKeyAnnotation]; len(k) == 1 {
			flags[k[0]] = f
		}
	})
	cfg, err := config.Load(config.Sources{File: file, Flags: flags})
	if err != nil {
		return nil, err
	}
	stderr := cmd.ErrOrStderr()
	logCfg, err := cfg.Log.LoggerConfig(isTerminal(stderr))
	if err != nil {
		return nil, err
	}
	return &app{cfg: cfg, log: oplog.NewLogger(stderr, logCfg), out: cmd.OutOrStdout(), errOut: stderr}, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// groupRunE is the RunE of a command that only groups subcommands: without arguments it prints
// help; an argument is a mistyped subcommand. (Cobra only checks this for the root command.)
func groupRunE(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return cmd.Help()
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's default, which it sets only on the path it checks
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return fmt.Errorf("%s\nRun '%s --help' for usage", msg, cmd.CommandPath())
}
