package bulk

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unsafe"

	"github.com/crollup/crollup/fraudvm/cl"
	"github.com/crollup/crollup/fraudvm/isa"
)

//go:embed opencl.cl
var openCLSource string

// OpenCLOptions configure OpenCL devices.
type OpenCLOptions struct {
	// CacheDir keeps compiled kernels between runs ("" = the user cache directory's
	// crollup/opencl; "-" = no cache). PoCL also gets its own cache below it when
	// POCL_CACHE_DIR is unset: without a writable one it hides its device.
	CacheDir string
	// MemLimit bounds the device memory one instruction uses, in bytes (0 = half the device's
	// global memory, at most its largest allocation).
	MemLimit int
	// MatMul picks the MATMUL kernel: "" (dp4a on NVIDIA devices of compute capability 6.1 or
	// more, generic elsewhere), "generic", or "dp4a" (on a device without the instruction, its
	// arithmetic in C: for testing the kernel on any device).
	MatMul string
}

// OpenCL is a Device on one OpenCL device: kernels compiled once (and cached on disk), device
// buffers kept and reused across instructions and jobs, grown when an instruction needs more.
type OpenCL struct {
	dev     *cl.Device
	ctx     *cl.Context
	prog    *cl.Program
	kernels map[string]*cl.Kernel
	mm      string // the MATMUL kernel's name
	bufs    [5]*cl.Buffer
	limit   int
	name    string

	// BuildTime is how long compiling (or loading from the cache) took; FromCache says which.
	BuildTime time.Duration
	FromCache bool
}

var _ Device = (*OpenCL)(nil)

// OpenCLDevices lists this machine's OpenCL devices. Its error wraps cl.ErrUnavailable when
// there is no OpenCL at all.
func OpenCLDevices() ([]*cl.Device, error) {
	lib, err := cl.Load()
	if err != nil {
		return nil, err
	}
	return lib.Devices()
}

// SetupOpenCLEnv points PoCL at a writable cache directory if the environment names none. It
// must run before the first use of OpenCL in the process (PoCL reads it once).
func SetupOpenCLEnv(cacheDir string) {
	if os.Getenv("POCL_CACHE_DIR") != "" || cacheDir == "-" {
		return
	}
	dir := filepath.Join(openCLCacheDir(cacheDir), "pocl")
	if os.MkdirAll(dir, 0o755) == nil {
		os.Setenv("POCL_CACHE_DIR", dir)
	}
}

func openCLCacheDir(dir string) string {
	if dir != "" {
		return dir
	}
	if base, err := os.UserCacheDir(); err == nil {
		return filepath.Join(base, "crollup", "opencl")
	}
	return filepath.Join(os.TempDir(), "crollup-opencl")
}

// kernelNames are the kernels of opencl.cl.
var kernelNames = []string{"matmul", "matmul_dp4a", "requant", "add", "lut8", "argmax", "maxpool", "im2col"}

// NewOpenCL compiles the kernels for d and returns it as a Device.
func NewOpenCL(d *cl.Device, opts OpenCLOptions) (*OpenCL, error) {
	o := &OpenCL{dev: d, kernels: map[string]*cl.Kernel{}}
	var build []string
	switch opts.MatMul {
	case "":
		o.mm = "matmul"
		if d.NVComputeCapability >= 61 {
			o.mm, build = "matmul_dp4a", append(build, "-DCROLLUP_DP4A_PTX")
		}
	case "generic":
		o.mm = "matmul"
	case "dp4a":
		o.mm = "matmul_dp4a"
		if d.NVComputeCapability >= 61 {
			build = append(build, "-DCROLLUP_DP4A_PTX")
		}
	default:
		return nil, fmt.Errorf("opencl: unknown MATMUL kernel %q (want generic or dp4a)", opts.MatMul)
	}
	o.name = fmt.Sprintf("opencl/%s/%s", d.Name, strings.TrimPrefix(o.mm, "matmul_"))
	if o.mm == "matmul" {
		o.name = fmt.Sprintf("opencl/%s/generic", d.Name)
	}
	o.limit = int(min(d.GlobalMem/2, d.MaxAlloc))
	if opts.MemLimit > 0 {
		o.limit = min(o.limit, opts.MemLimit)
	}
	var err error
	if o.ctx, err = d.NewContext(); err != nil {
		return nil, err
	}
	cache := ""
	if opts.CacheDir != "-" {
		cache = openCLCacheDir(opts.CacheDir)
	}
	start := time.Now()
	if o.prog, err = o.ctx.Build(openCLSource, strings.Join(build, " "), cache); err != nil {
		o.Release()
		return nil, fmt.Errorf("opencl %s: building the kernels: %w", d.Name, err)
	}
	o.BuildTime, o.FromCache = time.Since(start), o.prog.FromCache
	for _, name := range kernelNames {
		k, err := o.prog.Kernel(name)
		if err != nil {
			o.Release()
			return nil, fmt.Errorf("opencl %s: %w", d.Name, err)
		}
		o.kernels[name] = k
	}
	return o, nil
}

// Release frees the device's kernels, buffers and context.
func (o *OpenCL) Release() {
	for _, k := range o.kernels {
		k.Release()
	}
	for i, b := range o.bufs {
		if b != nil {
			b.Release()
			o.bufs[i] = nil
		}
	}
	if o.prog != nil {
		o.prog.Release()
	}
	if o.ctx != nil {
		o.ctx.Release()
	}
}

// Name is "opencl/<device>/<MATMUL kernel>".
func (o *OpenCL) Name() string { return o.name }

// Limit implements Device.
func (o *OpenCL) Limit() int { return o.limit }

// CLDevice is the OpenCL device.
func (o *OpenCL) CLDevice() *cl.Device { return o.dev }

// buf returns device buffer i with room for n bytes, reusing it when it is large enough: a
// fresh allocation per instruction costs more than many small kernels.
func (o *OpenCL) buf(i, n int) (*cl.Buffer, error) {
	if b := o.bufs[i]; b != nil && b.Size >= n {
		return b, nil
	}
	if b := o.bufs[i]; b != nil {
		b.Release()
		o.bufs[i] = nil
	}
	size := 4096
	for size < n {
		size *= 2
	}
	b, err := o.ctx.NewBuffer(size)
	if err != nil {
		return nil, err
	}
	o.bufs[i] = b
	return b, nil
}

// upload copies each input into a device buffer (slot i for input i) and returns the buffers.
func (o *OpenCL) upload(in ...[]byte) ([]*cl.Buffer, error) {
	bs := make([]*cl.Buffer, len(in))
	for i, data := range in {
		b, err := o.buf(i, len(data))
		if err != nil {
			return nil, err
		}
		if err := o.ctx.Write(b, 0, data); err != nil {
			return nil, err
		}
		bs[i] = b
	}
	return bs, nil
}

// run sets a kernel's arguments and enqueues it over global; the caller's blocking read of
// the output waits for it (the queue is in order).
func (o *OpenCL) run(name string, global []int, args ...any) error {
	k := o.kernels[name]
	if err := k.SetArgs(args...); err != nil {
		return err
	}
	return o.ctx.Run(k, global, nil)
}

// int32Bytes views s as its little-endian bytes (OpenCL devices crollup runs on are
// little-endian, as is every host it supports).
func int32Bytes(s []int32) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), 4*len(s))
}

func int8Bytes(s []int8) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s))
}

// MatMul implements Device.
func (o *OpenCL) MatMul(ctx context.Context, a, b []byte, m, n, k int, bias []int32, d []int32) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	hasBias := uint32(0)
	biasBytes := []byte{0, 0, 0, 0}
	if bias != nil {
		hasBias, biasBytes = 1, int32Bytes(bias)
	}
	bs, err := o.upload(a, b, biasBytes)
	if err != nil {
		return err
	}
	out, err := o.buf(3, 4*m*n)
	if err != nil {
		return err
	}
	if err := o.run(o.mm, []int{n, m}, bs[0], bs[1], bs[2], out, uint32(m), uint32(n), uint32(k), hasBias); err != nil {
		return err
	}
	return o.ctx.Read(out, 0, int32Bytes(d[:m*n]))
}

// Requant implements Device.
func (o *OpenCL) Requant(ctx context.Context, acc []byte, rows, cols int, p *RequantArgs, out []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	bs, err := o.upload(acc, int32Bytes(p.Bias), int32Bytes(p.Mul), int8Bytes(p.Shift))
	if err != nil {
		return err
	}
	ob, err := o.buf(4, len(out))
	if err != nil {
		return err
	}
	if err := o.run("requant", []int{rows * cols}, bs[0], bs[1], bs[2], bs[3], ob, uint32(rows), uint32(cols),
		int32(p.Zero), int32(p.Lo), int32(p.Hi)); err != nil {
		return err
	}
	return o.ctx.Read(ob, 0, out)
}

// Add implements Device.
func (o *OpenCL) Add(ctx context.Context, a, b []byte, p *isa.AddParams, out []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	bs, err := o.upload(a, b)
	if err != nil {
		return err
	}
	ob, err := o.buf(2, len(out))
	if err != nil {
		return err
	}
	if err := o.run("add", []int{len(out)}, bs[0], bs[1], ob, uint32(len(out)),
		int32(p.OffA), int32(p.OffB), p.MulA, int32(p.ShiftA), p.MulB, int32(p.ShiftB),
		p.MulOut, int32(p.ShiftOut), int32(p.ZeroOut), int32(p.Lo), int32(p.Hi)); err != nil {
		return err
	}
	return o.ctx.Read(ob, 0, out)
}

// LUT8 implements Device.
func (o *OpenCL) LUT8(ctx context.Context, a []byte, tab *[256]byte, out []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	bs, err := o.upload(a, tab[:])
	if err != nil {
		return err
	}
	ob, err := o.buf(2, len(out))
	if err != nil {
		return err
	}
	if err := o.run("lut8", []int{len(out)}, bs[0], bs[1], ob, uint32(len(out))); err != nil {
		return err
	}
	return o.ctx.Read(ob, 0, out)
}

// ArgMax implements Device.
func (o *OpenCL) ArgMax(ctx context.Context, a []byte, rows, cols int, out []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	bs, err := o.upload(a)
	if err != nil {
		return err
	}
	ob, err := o.buf(1, 4*rows)
	if err != nil {
		return err
	}
	if err := o.run("argmax", []int{rows}, bs[0], ob, uint32(rows), uint32(cols)); err != nil {
		return err
	}
	return o.ctx.Read(ob, 0, out[:4*rows])
}

// Window implements Device.
func (o *OpenCL) Window(ctx context.Context, op isa.Opcode, w *isa.Window, ch, ow int, img []byte, y0, p0, p1 int, out []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(img) == 0 {
		img = []byte{0} // a band of padding only: the kernel reads nothing from it
	}
	bs, err := o.upload(img)
	if err != nil {
		return err
	}
	ob, err := o.buf(1, len(out))
	if err != nil {
		return err
	}
	np := p1 - p0
	switch op {
	case isa.OpMaxPool:
		err = o.run("maxpool", []int{ch, np}, bs[0], ob, uint32(ch), uint32(w.W), uint32(w.KH), uint32(w.KW),
			uint32(w.SH), uint32(w.SW), uint32(ow), uint32(p0), uint32(np), uint32(y0))
	case isa.OpIm2Col:
		err = o.run("im2col", []int{int(w.KH) * int(w.KW) * ch, np}, bs[0], ob, uint32(ch), uint32(w.H), uint32(w.W),
			uint32(w.KH), uint32(w.KW), uint32(w.SH), uint32(w.SW), uint32(w.Pad), int32(w.PadValue), uint32(ow),
			uint32(p0), uint32(np), uint32(y0))
	default:
		err = fmt.Errorf("%s is not a window op", op)
	}
	if err != nil {
		return err
	}
	return o.ctx.Read(ob, 0, out)
}
