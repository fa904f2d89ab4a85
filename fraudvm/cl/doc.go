// Package cl is the slice of the OpenCL 1.2 host API that crollup's GPU backend needs: platforms
// and devices, one context and in-order queue per device, programs built from source (with their
// binaries cached on disk), kernels, buffers and blocking transfers.
//
// It calls libOpenCL through purego's dlopen, not cgo: the binary has no load-time dependency on
// OpenCL, builds with CGO_ENABLED=0, and starts on a machine without it, where Load returns an
// error wrapping ErrUnavailable that says why. Nothing here knows what the kernels compute.
package cl
