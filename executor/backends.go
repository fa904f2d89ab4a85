package executor

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/cl"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/fraudvm/vm"
)

// DeviceSpecHelp describes the device list for flags and docs.
const DeviceSpecHelp = `devices jobs run on, comma-separated: "cpu" (the Go backend), "opencl:N" (OpenCL device N of 'crollup gpu info'; "opencl:N@MiB" also bounds the device memory one instruction uses on it), "opencl:gpu" (every OpenCL GPU or accelerator), "opencl:all" (every OpenCL device, CPU ones such as PoCL included), "auto" (opencl:gpu and cpu)`

// BackendOptions say which devices an executor runs jobs on.
type BackendOptions struct {
	// Devices is the device list (DeviceSpecHelp); empty means "auto".
	Devices []string
	// OpenCL configures the OpenCL devices (kernel cache, memory limit, MATMUL kernel).
	OpenCL bulk.OpenCLOptions
	// Workers is the CPU backend's thread count (0: GOMAXPROCS).
	Workers int
}

// ParseDevices splits a comma-separated device list and checks each entry's syntax.
func ParseDevices(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if err := checkDeviceSpec(f); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func checkDeviceSpec(s string) error {
	switch s {
	case "auto", "cpu", "opencl:gpu", "opencl:all":
		return nil
	}
	if _, _, ok := parseNumbered(s); ok {
		return nil
	}
	return fmt.Errorf("device %q: want cpu, opencl:N, opencl:N@MiB, opencl:gpu, opencl:all or auto", s)
}

// parseNumbered parses "opencl:N" or "opencl:N@MiB": the device's index and its memory limit in
// bytes (0: vm.opencl-mem-limit-mib's).
func parseNumbered(s string) (index, limit int, ok bool) {
	n, ok := strings.CutPrefix(s, "opencl:")
	if !ok {
		return 0, 0, false
	}
	n, mib, hasLimit := strings.Cut(n, "@")
	i, err := strconv.Atoi(n)
	if err != nil || i < 0 {
		return 0, 0, false
	}
	if !hasLimit {
		return i, 0, true
	}
	m, err := strconv.Atoi(mib)
	if err != nil || m <= 0 || m > 1<<30 {
		return 0, 0, false
	}
	return i, m << 20, true
}

// OpenBackends opens the devices opts names, for NewRunner. "auto" and "opencl:gpu" take what
// the machine has: no OpenCL, or no GPU, leaves the CPU alone, with a log line saying why. A
// device named by number that cannot be opened is an error: the operator asked for it.
//
// Each OpenCL device is checked before it gets a job: it runs the example CNN, and its final
// state must be bit-identical to the CPU backend's (a device that differs is refused: its
// driver or compiler is broken, and a wrong root costs the operator its bond). The same run
// measures its speed against a CPU slot's, which is the Speed the runner plans with.
//
// With the CPU alone it returns no devices: the runner's own CPU pool is then the one device.
// The returned function releases the OpenCL devices.
func OpenBackends(ctx context.Context, logger log.Logger, opts BackendOptions) ([]Device, func(), error) {
	specs := opts.Devices
	if len(specs) == 0 {
		specs = []string{"auto"}
	}
	var (
		devs    []Device
		opened  []*bulk.OpenCL
		workers = opts.Workers
	)
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Beside accelerators the CPU is a device of cpuSlots slots, each a backend with its share
	// of the threads: small jobs then run side by side, as in the runner's own pool.
	cpuSlots := min(2, workers)
	slot := bulk.NewCPU(max(1, workers/cpuSlots))
	var ref *calibration // the CPU slot's, measured when the first OpenCL device needs it
	release := func() {
		for _, o := range opened {
			o.Release()
		}
	}
	openCL := func(i int, d *cl.Device, limit int) error {
		name := fmt.Sprintf("opencl:%d", i)
		oopts := opts.OpenCL
		if limit > 0 {
			oopts.MemLimit = limit
		}
		o, err := bulk.NewOpenCL(d, oopts)
		if err != nil {
			return fmt.Errorf("%s (%s): %w", name, d.Name, err)
		}
		if ref == nil {
			c, err := calibrate(ctx, slot, nil)
			if err != nil {
				o.Release()
				return fmt.Errorf("the CPU backend's self-check: %w", err)
			}
			ref = &c
		}
		b := bulk.NewAccel(o, workers)
		cal, err := calibrate(ctx, b, ref)
		if err != nil {
			o.Release()
			return fmt.Errorf("%s (%s): self-check: %w", name, d.Name, err)
		}
		opened = append(opened, o)
		speed := float64(ref.took) / float64(max(cal.took, 1))
		logger.Info("OpenCL device ready", "device", name, "backend", o.Name(),
			"memory_limit_mib", o.Limit()>>20, "build", o.BuildTime.Round(time.Millisecond), "from_cache", o.FromCache,
			"speed_vs_cpu_slot", fmt.Sprintf("%.3g", speed))
		devs = append(devs, Device{Name: name, Backend: b, Speed: speed})
		return nil
	}

	var all []*cl.Device
	if needsOpenCL(specs) {
		var err error
		bulk.SetupOpenCLEnv(opts.OpenCL.CacheDir)
		if all, err = bulk.OpenCLDevices(); err != nil {
			for _, s := range specs {
				if _, _, numbered := parseNumbered(s); numbered {
					return nil, nil, fmt.Errorf("device %s: %w", s, err)
				}
			}
			logger.Info("No OpenCL device: jobs run on the CPU", "reason", err)
		}
	}
	sel, err := Select(specs, all)
	if err != nil {
		return nil, nil, err
	}
	if len(sel.OpenCL) == 0 && len(all) > 0 {
		logger.Info("No OpenCL GPU: jobs run on the CPU", "opencl_devices", len(all))
	}
	for _, c := range sel.OpenCL {
		if err := openCL(c.Index, all[c.Index], c.Limit); err != nil {
			if c.Required {
				release()
				return nil, nil, err
			}
			// auto, opencl:gpu: a GPU whose kernels do not build is reported and left out.
			logger.Warn("OpenCL device left out", "err", err)
		}
	}
	if len(devs) == 0 {
		return nil, release, nil // the runner's CPU pool
	}
	if sel.CPU {
		devs = append(devs, Device{Name: "cpu", Backend: slot, Speed: 1, Slots: cpuSlots})
	}
	return devs, release, nil
}

// Selection is what a device list picks on a machine.
type Selection struct {
	OpenCL []SelectedCL // in the order the list names them, each device once (its first mention)
	CPU    bool         // the list names the CPU (cpu, auto)
}

// SelectedCL is an OpenCL device a list picks.
type SelectedCL struct {
	Index    int  // in the machine's OpenCL device list (crollup gpu info)
	Limit    int  // memory limit in bytes from opencl:N@MiB; 0: the options' own
	Required bool // named by number or by opencl:all: failing to open it is an error
}

// needsOpenCL reports whether the list names anything but the CPU.
func needsOpenCL(specs []string) bool {
	for _, s := range specs {
		if s != "cpu" {
			return true
		}
	}
	return false
}

// Select applies a device list (DeviceSpecHelp; empty: auto) to the machine's OpenCL devices:
// auto and opencl:gpu take the GPUs and accelerators, opencl:all every device, opencl:N device N,
// which an error says the machine lacks. OpenBackends opens what it selects; crollup gpu info
// shows it.
func Select(specs []string, devs []*cl.Device) (Selection, error) {
	if len(specs) == 0 {
		specs = []string{"auto"}
	}
	var sel Selection
	taken := map[int]bool{}
	add := func(c SelectedCL) {
		if !taken[c.Index] {
			taken[c.Index] = true
			sel.OpenCL = append(sel.OpenCL, c)
		}
	}
	for _, s := range specs {
		if err := checkDeviceSpec(s); err != nil {
			return Selection{}, err
		}
		switch s {
		case "cpu":
			sel.CPU = true
		case "auto", "opencl:gpu", "opencl:all":
			sel.CPU = sel.CPU || s == "auto"
			for i, d := range devs {
				if s == "opencl:all" || d.Type&(cl.TypeGPU|cl.TypeAccelerator) != 0 {
					add(SelectedCL{Index: i, Required: s == "opencl:all"})
				}
			}
		default:
			i, limit, _ := parseNumbered(s)
			if i >= len(devs) {
				return Selection{}, fmt.Errorf("device %s: this machine has %d OpenCL device(s) (see crollup gpu info)", s, len(devs))
			}
			add(SelectedCL{Index: i, Limit: limit, Required: true})
		}
	}
	return sel, nil
}

// calibration is a self-check run: the example CNN's final state and the best of two timings.
type calibration struct {
	state common.Hash
	took  time.Duration
}

// calibrate runs the example CNN on b three times (the first warms caches and, on OpenCL,
// compiles work-group variants) and requires the final state of want, if given.
func calibrate(ctx context.Context, b vm.Backend, want *calibration) (calibration, error) {
	p := examples.CNN()
	packed, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		return calibration{}, err
	}
	var c calibration
	for i := range 3 {
		mem, err := job.New(p, packed)
		if err != nil {
			return calibration{}, err
		}
		v := vm.NewJob(mem)
		start := time.Now()
		if err := v.RunBulk(ctx, b, nil); err != nil {
			return calibration{}, err
		}
		took := time.Since(start)
		c.state = v.State().Hash()
		if i == 1 || (i == 2 && took < c.took) {
			c.took = took
		}
	}
	if want != nil && c.state != want.state {
		return calibration{}, fmt.Errorf("the example CNN ends in state %s, the CPU backend's in %s: not bit-identical", c.state, want.state)
	}
	return c, nil
}

// ParseNumberedDevice parses "opencl:N" or "opencl:N@MiB": the index, the memory limit in bytes
// (0 if none is given), and whether s is such a device.
func ParseNumberedDevice(s string) (index, limit int, ok bool) { return parseNumbered(s) }
