package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/crollup/crollup/chain/api"
)

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and build information",
		Long: `Version prints the module version, the commit the binary was built from (when the Go toolchain
recorded it, as 'go build' in a git checkout does) and the Go version.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			info, ok := debug.ReadBuildInfo()
			if !ok {
				return fmt.Errorf("version: the binary carries no build information")
			}
			writeVersion(cmd.OutOrStdout(), info)
			return nil
		},
	}
}

// writeVersion prints one "name value" line per fact.
func writeVersion(w io.Writer, info *debug.BuildInfo) {
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	fmt.Fprintf(w, "crollup %s\n", api.VersionOf(info))
	if rev := settings["vcs.revision"]; rev != "" {
		if settings["vcs.modified"] == "true" {
			rev += " (modified)"
		}
		fmt.Fprintf(w, "commit  %s\n", rev)
		if t := settings["vcs.time"]; t != "" {
			fmt.Fprintf(w, "date    %s\n", t)
		}
	}
	fmt.Fprintf(w, "go      %s %s/%s\n", info.GoVersion, runtime.GOOS, runtime.GOARCH)
}
