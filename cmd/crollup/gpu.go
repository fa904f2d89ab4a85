package main

import (
	"context"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/crollup/crollup/executor"
)

func newGPUCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gpu",
		Short: "Inspect the devices jobs run on (OpenCL, NVML)",
		Long: `The gpu commands show the accelerators this machine offers an executor: OpenCL devices (the
backend that runs jobs) and NVIDIA GPUs as NVML reports them (inventory, health, telemetry).`,
		RunE: groupRunE,
	}
	cmd.AddCommand(newGPUInfoCmd())
	return cmd
}

func newGPUInfoCmd() *cobra.Command {
	var check bool
	cmd := &cobra.Command{
		Use:   "info [--check]",
		Short: "List OpenCL devices and NVIDIA GPUs, and which device the executor would use",
		Long: `Info lists every OpenCL device (numbered as opencl:N in vm.devices), the backend each one
would run as, and whether the configured device list (vm.devices, default auto: every OpenCL
GPU, and the CPU) selects it; then the NVIDIA driver and GPUs as NVML reports them, with their
temperature, power, utilisation, memory and health, and which OpenCL device each one is.

--check also builds the kernels on every OpenCL device and runs the example MLP and CNN and a
set of random programs on it and on the CPU backend, and prints whether the final states are
bit-identical, with the build and run times. A device that differs is a broken driver or
kernel: the executor must not use it.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			opts, err := a.cfg.VM.Backends()
			if err != nil {
				return err
			}
			return gpuInfo(ctx, a, opts, check)
		}),
	}
	fs := cmd.Flags()
	fs.BoolVar(&check, "check", false, "build the kernels and check every OpenCL device against the CPU backend")
	deviceFlags(fs)
	return cmd
}

// deviceFlags defines the flags of the vm.devices and vm.opencl-* keys: where jobs run.
func deviceFlags(fs *pflag.FlagSet) {
	configString(fs, "devices", "vm.devices", executor.DeviceSpecHelp)
	configString(fs, "opencl-cache-dir", "vm.opencl-cache-dir", `directory of compiled OpenCL kernels ("" = the user cache directory, "-" = none)`)
	configInt(fs, "opencl-mem-limit-mib", "vm.opencl-mem-limit-mib", "device memory one instruction may use on an OpenCL device, MiB; 0 = half the device's")
	configString(fs, "opencl-matmul", "vm.opencl-matmul", `OpenCL MATMUL kernel: "" (dp4a on NVIDIA, generic elsewhere), generic or dp4a`)
}
