package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/crollup/crollup/executor"
	"github.com/crollup/crollup/executor/gpu"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/cl"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// gpuInfo prints the OpenCL devices, the NVML inventory and sample, and how they match.
func gpuInfo(ctx context.Context, a *app, opts executor.BackendOptions, check bool) error {
	bulk.SetupOpenCLEnv(opts.OpenCL.CacheDir)
	clDevs, clErr := bulk.OpenCLDevices()
	fmt.Fprintln(a.out, "OpenCL devices")
	if clErr != nil {
		fmt.Fprintf(a.out, "  none: %v\n", clErr)
	} else {
		sel, selErr := executor.Select(opts.Devices, clDevs)
		selected := map[int]bool{}
		for _, c := range sel.OpenCL {
			selected[c.Index] = true
		}
		tw := tabwriter.NewWriter(a.out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  DEVICE\tNAME\tTYPE\tPLATFORM\tMEMORY\tUNITS\tOPENCL C\tUSED")
		for i, d := range clDevs {
			used := "no"
			if selected[i] {
				used = "yes"
			}
			fmt.Fprintf(tw, "  opencl:%d\t%s\t%s\t%s\t%d MiB\t%d\t%s\t%s\n", i, d.Name, d.TypeName(), d.Platform,
				d.GlobalMem>>20, d.ComputeUnits, strings.TrimPrefix(d.CVersion, "OpenCL C "), used)
		}
		tw.Flush()
		list := strings.Join(opts.Devices, ",")
		if list == "" {
			list = "auto"
		}
		if selErr != nil {
			fmt.Fprintf(a.out, "  devices %q: %v\n", list, selErr)
		} else {
			fmt.Fprintf(a.out, "  devices %q: %s\n", list, describeSelection(sel))
		}
	}

	fmt.Fprintln(a.out, "\nNVIDIA GPUs (NVML)")
	n, err := gpu.OpenSystem()
	if err != nil {
		fmt.Fprintf(a.out, "  none: %v\n", err)
	} else {
		defer n.Close()
		if err := printNVML(a.out, n, clDevs); err != nil {
			return err
		}
	}
	if !check {
		return nil
	}
	fmt.Fprintln(a.out, "\nCheck: the example MLP and CNN and 12 random programs on each OpenCL device against the CPU backend")
	if clErr != nil {
		return fmt.Errorf("check: %w", clErr)
	}
	failed := 0
	for i, d := range clDevs {
		if err := checkDevice(ctx, a, i, d, opts); err != nil {
			fmt.Fprintf(a.out, "  opencl:%d  FAILED: %v\n", i, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d OpenCL device(s) failed the check", failed, len(clDevs))
	}
	return nil
}

// describeSelection says where jobs run under the device list: the OpenCL devices it selects,
// and the CPU if it names the CPU or selects nothing else.
func describeSelection(sel executor.Selection) string {
	var parts []string
	for _, c := range sel.OpenCL {
		parts = append(parts, fmt.Sprintf("opencl:%d", c.Index))
	}
	if sel.CPU || len(parts) == 0 {
		parts = append(parts, "the CPU backend ("+bulk.NewCPU(1).Name()+")")
	}
	return "jobs run on " + strings.Join(parts, ", ")
}

// printNVML prints the inventory, one sample per GPU and the OpenCL device each GPU is.
func printNVML(w io.Writer, n *gpu.NVML, clDevs []*cl.Device) error {
	inv, err := n.Inventory()
	if err := inv.Format(w); err != nil {
		return err
	}
	if err != nil {
		fmt.Fprintf(w, "  (partial: %v)\n", err)
	}
	var cls []gpu.CLDevice
	for i, d := range clDevs {
		cls = append(cls, gpu.CLDevice{Index: i, Name: d.Name, UUID: d.UUID, HasUUID: d.HasUUID,
			PCIDomain: d.PCIDomain, PCIBus: d.PCIBus, PCIDevice: d.PCIDevice, HasPCI: d.HasPCI})
	}
	byNV := map[int]int{}
	for c, nv := range gpu.Match(inv.Devices, cls) {
		byNV[nv] = c
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tTEMP\tPOWER\tUTIL\tMEMORY USED\tHEALTH\tOPENCL")
	for i := range n.Count() {
		s, _ := n.Sample(i)
		health := "healthy"
		if !s.Healthy {
			health = "UNHEALTHY: " + s.Reason
		}
		ocl := "-"
		if c, ok := byNV[i]; ok {
			ocl = fmt.Sprintf("opencl:%d", c)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", i,
			orDash(s.HasTemperature, fmt.Sprintf("%d °C", s.TemperatureC)),
			orDash(s.HasPower, fmt.Sprintf("%.0f W", s.PowerW)),
			orDash(s.HasUtilization, fmt.Sprintf("%.0f %%", 100*s.GPUUtil)),
			orDash(s.HasMemory, fmt.Sprintf("%d MiB", s.MemoryUsed>>20)), health, ocl)
	}
	return tw.Flush()
}

func orDash(ok bool, s string) string {
	if !ok {
		return "-"
	}
	return s
}

// checkDevice builds the kernels on d and runs the example jobs on it and on the CPU backend.
func checkDevice(ctx context.Context, a *app, i int, d *cl.Device, opts executor.BackendOptions) error {
	o, err := bulk.NewOpenCL(d, opts.OpenCL)
	if err != nil {
		return err
	}
	defer o.Release()
	build := "compiled"
	if o.FromCache {
		build = "loaded from the cache"
	}
	fmt.Fprintf(a.out, "  opencl:%d  %s: kernels %s in %s\n", i, o.Name(), build, o.BuildTime.Round(time.Millisecond))
	type jobCase struct {
		name  string
		p     *program.Program
		input []byte
	}
	cases := []jobCase{{"mlp", examples.MLP(), examples.SampleInput()}, {"cnn", examples.CNN(), examples.SampleInput()}}
	for seed := range uint64(12) {
		p, in, err := examples.Random(seed, examples.RandomOptions{})
		if err != nil {
			return err
		}
		cases = append(cases, jobCase{fmt.Sprintf("random-%d", seed), p, in})
	}
	dev, cpu := bulk.NewAccel(o, opts.Workers), bulk.NewCPU(opts.Workers)
	var devTime, cpuTime time.Duration
	for _, c := range cases {
		run := func(b vm.Backend) (vm.State, time.Duration, error) {
			packed, err := program.Pack(c.p.InputTensor(), c.input)
			if err != nil {
				return vm.State{}, 0, err
			}
			mem, err := job.New(c.p, packed)
			if err != nil {
				return vm.State{}, 0, err
			}
			v := vm.NewJob(mem)
			start := time.Now()
			err = v.RunBulk(ctx, b, nil)
			return v.State(), time.Since(start), err
		}
		want, tc, err := run(cpu)
		if err != nil {
			return fmt.Errorf("%s on the CPU: %w", c.name, err)
		}
		got, td, err := run(dev)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		if got.Hash() != want.Hash() {
			return fmt.Errorf("%s: final state %s, the CPU backend's %s: NOT bit-identical", c.name, got.Hash(), want.Hash())
		}
		cpuTime, devTime = cpuTime+tc, devTime+td
	}
	fmt.Fprintf(a.out, "  opencl:%d  %d jobs bit-identical to the CPU backend; %s on the device, %s on the CPU\n",
		i, len(cases), devTime.Round(time.Millisecond), cpuTime.Round(time.Millisecond))
	return nil
}
