package api

import "runtime/debug"

// Version is crollup's version, the one every service reports (/healthz, health_status) and
// `crollup version` prints: the main module's version as the Go toolchain recorded it in the
// binary ("(devel)" for a build from a checkout), or "(devel)" when the binary carries no build
// information.
func Version() string {
	info, _ := debug.ReadBuildInfo()
	return VersionOf(info)
}

// VersionOf is Version read from info (nil: none).
func VersionOf(info *debug.BuildInfo) string {
	if info == nil || info.Main.Version == "" {
		return "(devel)"
	}
	return info.Main.Version
}
