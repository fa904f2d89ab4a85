package cl

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"unsafe"
)

// Context is an OpenCL context on one device with one in-order command queue. It is not safe
// for concurrent use: the backend serialises its calls.
type Context struct {
	lib   *Lib
	dev   *Device
	ctx   uintptr
	queue uintptr
}

// NewContext creates a context and an in-order queue on d.
func (d *Device) NewContext() (*Context, error) {
	var code int32
	ctx := d.lib.createContext(nil, 1, unsafe.Pointer(&d.id), 0, 0, unsafe.Pointer(&code))
	if err := check("clCreateContext", code); err != nil {
		return nil, fmt.Errorf("device %q: %w", d.Name, err)
	}
	q := d.lib.createCommandQueue(ctx, d.id, 0, unsafe.Pointer(&code))
	if err := check("clCreateCommandQueue", code); err != nil {
		d.lib.releaseContext(ctx)
		return nil, fmt.Errorf("device %q: %w", d.Name, err)
	}
	return &Context{lib: d.lib, dev: d, ctx: ctx, queue: q}, nil
}

// Device is the context's device.
func (c *Context) Device() *Device { return c.dev }

// Release frees the queue and the context (after the queue's work is done).
func (c *Context) Release() {
	if c.queue != 0 {
		c.lib.finish(c.queue)
		c.lib.releaseCommandQueue(c.queue)
		c.queue = 0
	}
	if c.ctx != 0 {
		c.lib.releaseContext(c.ctx)
		c.ctx = 0
	}
}

// Program is a program built for the context's device.
type Program struct {
	c  *Context
	id uintptr
	// FromCache is true when the program was loaded from a cached binary.
	FromCache bool
}

// BuildError is a program that did not compile; Log is the compiler's output.
type BuildError struct {
	Err error
	Log string
}

func (e *BuildError) Error() string { return fmt.Sprintf("%v; build log:\n%s", e.Err, e.Log) }
func (e *BuildError) Unwrap() error { return e.Err }

// Build compiles src with the build options opts. If cacheDir is not empty, the device binary is
// kept there under a hash of the device, its driver, the source and the options, and loaded
// from there next time: a driver's compile takes seconds (PoCL: 3–4 s for crollup's kernels),
// loading a binary a fraction of that. A cached binary the driver refuses is rebuilt from source
// and replaced.
func (c *Context) Build(src, opts, cacheDir string) (*Program, error) {
	var path string
	if cacheDir != "" {
		h := sha256.New()
		for _, s := range []string{c.dev.Platform, c.dev.Name, c.dev.Version, c.dev.Driver, opts, src} {
			fmt.Fprintf(h, "%d:%s", len(s), s)
		}
		path = filepath.Join(cacheDir, "crollup-cl-"+hex.EncodeToString(h.Sum(nil)[:16])+".bin")
		if bin, err := os.ReadFile(path); err == nil && len(bin) > 0 {
			if p, err := c.buildBinary(bin, opts); err == nil {
				return p, nil
			}
		}
	}
	p, err := c.buildSource(src, opts)
	if err != nil {
		return nil, err
	}
	if path != "" {
		if bin, err := p.binary(); err == nil && len(bin) > 0 {
			// Best effort: a cache that cannot be written costs a compile next time, nothing more.
			if os.MkdirAll(cacheDir, 0o755) == nil {
				tmp := path + ".tmp" + fmt.Sprint(os.Getpid())
				if os.WriteFile(tmp, bin, 0o644) == nil {
					_ = os.Rename(tmp, path)
				}
			}
		}
	}
	return p, nil
}

func (c *Context) buildSource(src, opts string) (*Program, error) {
	s := []byte(src)
	ptr := unsafe.Pointer(&s[0])
	n := uintptr(len(s))
	// The driver reads the array of string pointers: pin the string so that the pointer held in
	// Go memory stays valid under the cgo-style pointer rules purego follows.
	var pin runtime.Pinner
	pin.Pin(ptr)
	defer pin.Unpin()
	var code int32
	id := c.lib.createProgramWithSrc(c.ctx, 1, unsafe.Pointer(&ptr), unsafe.Pointer(&n), unsafe.Pointer(&code))
	if err := check("clCreateProgramWithSource", code); err != nil {
		return nil, err
	}
	p := &Program{c: c, id: id}
	if err := p.build(opts); err != nil {
		p.Release()
		return nil, err
	}
	return p, nil
}

func (c *Context) buildBinary(bin []byte, opts string) (*Program, error) {
	ptr := unsafe.Pointer(&bin[0])
	n := uintptr(len(bin))
	var pin runtime.Pinner
	pin.Pin(ptr)
	defer pin.Unpin()
	var code, status int32
	id := c.lib.createProgramWithBin(c.ctx, 1, unsafe.Pointer(&c.dev.id), unsafe.Pointer(&n), unsafe.Pointer(&ptr), unsafe.Pointer(&status), unsafe.Pointer(&code))
	if err := check("clCreateProgramWithBinary", code); err != nil {
		return nil, err
	}
	p := &Program{c: c, id: id, FromCache: true}
	if err := check("clCreateProgramWithBinary (status)", status); err != nil {
		p.Release()
		return nil, err
	}
	if err := p.build(opts); err != nil {
		p.Release()
		return nil, err
	}
	return p, nil
}

func (p *Program) build(opts string) error {
	o := append([]byte(opts), 0)
	code := p.c.lib.buildProgram(p.id, 1, unsafe.Pointer(&p.c.dev.id), unsafe.Pointer(&o[0]), 0, 0)
	if err := check("clBuildProgram", code); err != nil {
		return &BuildError{Err: err, Log: p.buildLog()}
	}
	return nil
}

func (p *Program) buildLog() string {
	const buildLog = 0x1183
	var size uintptr
	if p.c.lib.getProgramBuildInfo(p.id, p.c.dev.id, buildLog, 0, nil, unsafe.Pointer(&size)) != 0 || size == 0 {
		return "(no build log)"
	}
	b := make([]byte, size)
	if p.c.lib.getProgramBuildInfo(p.id, p.c.dev.id, buildLog, size, unsafe.Pointer(&b[0]), nil) != 0 {
		return "(no build log)"
	}
	return cString(b)
}

// binary returns the device binary of a built program (one device).
func (p *Program) binary() ([]byte, error) {
	const binarySizes, binaries = 0x1165, 0x1166
	var size uintptr
	if err := check("clGetProgramInfo", p.c.lib.getProgramInfo(p.id, binarySizes, unsafe.Sizeof(size), unsafe.Pointer(&size), nil)); err != nil {
		return nil, err
	}
	if size == 0 {
		return nil, nil
	}
	bin := make([]byte, size)
	ptr := unsafe.Pointer(&bin[0])
	var pin runtime.Pinner
	pin.Pin(ptr)
	defer pin.Unpin()
	if err := check("clGetProgramInfo", p.c.lib.getProgramInfo(p.id, binaries, unsafe.Sizeof(ptr), unsafe.Pointer(&ptr), nil)); err != nil {
		return nil, err
	}
	return bin, nil
}

// Release frees the program.
func (p *Program) Release() {
	if p.id != 0 {
		p.c.lib.releaseProgram(p.id)
		p.id = 0
	}
}

// Kernel is one kernel of a program.
type Kernel struct {
	c    *Context
	id   uintptr
	name string
}

// Kernel creates the kernel called name.
func (p *Program) Kernel(name string) (*Kernel, error) {
	n := append([]byte(name), 0)
	var code int32
	id := p.c.lib.createKernel(p.id, unsafe.Pointer(&n[0]), unsafe.Pointer(&code))
	if err := check("clCreateKernel("+name+")", code); err != nil {
		return nil, err
	}
	return &Kernel{c: p.c, id: id, name: name}, nil
}

// Release frees the kernel.
func (k *Kernel) Release() {
	if k.id != 0 {
		k.c.lib.releaseKernel(k.id)
		k.id = 0
	}
}

// SetArgs sets the kernel's arguments in order. Each is a *Buffer, an int32, a uint32 or a
// uint64 (the OpenCL C int, uint and ulong).
func (k *Kernel) SetArgs(args ...any) error {
	for i, a := range args {
		var code int32
		switch v := a.(type) {
		case *Buffer:
			code = k.c.lib.setKernelArg(k.id, uint32(i), unsafe.Sizeof(v.id), unsafe.Pointer(&v.id))
		case int32:
			code = k.c.lib.setKernelArg(k.id, uint32(i), 4, unsafe.Pointer(&v))
		case uint32:
			code = k.c.lib.setKernelArg(k.id, uint32(i), 4, unsafe.Pointer(&v))
		case uint64:
			code = k.c.lib.setKernelArg(k.id, uint32(i), 8, unsafe.Pointer(&v))
		default:
			return fmt.Errorf("kernel %s: argument %d: unsupported type %T", k.name, i, a)
		}
		if err := check(fmt.Sprintf("clSetKernelArg(%s, %d)", k.name, i), code); err != nil {
			return err
		}
	}
	return nil
}

// Run enqueues the kernel over a global range (one to three dimensions); local nil lets the
// driver choose the work-group size. It does not wait: Read waits, the queue being in order.
func (c *Context) Run(k *Kernel, global, local []int) error {
	if len(global) == 0 || len(global) > 3 || (local != nil && len(local) != len(global)) {
		return fmt.Errorf("kernel %s: bad range %v / %v", k.name, global, local)
	}
	var g, l [3]uintptr
	for i, v := range global {
		if v <= 0 {
			return nil // nothing to do
		}
		g[i] = uintptr(v)
	}
	var lp unsafe.Pointer
	if local != nil {
		for i, v := range local {
			l[i] = uintptr(v)
		}
		lp = unsafe.Pointer(&l[0])
	}
	return check("clEnqueueNDRangeKernel("+k.name+")",
		c.lib.enqueueNDRangeKernel(c.queue, k.id, uint32(len(global)), nil, unsafe.Pointer(&g[0]), lp, 0, nil, nil))
}

// Finish waits for everything enqueued.
func (c *Context) Finish() error { return check("clFinish", c.lib.finish(c.queue)) }

// Buffer is device memory.
type Buffer struct {
	c    *Context
	id   uintptr
	Size int
}

// NewBuffer allocates size bytes of device memory (read-write).
func (c *Context) NewBuffer(size int) (*Buffer, error) {
	if size <= 0 {
		size = 1
	}
	var code int32
	id := c.lib.createBuffer(c.ctx, 1 /* CL_MEM_READ_WRITE */, uintptr(size), nil, unsafe.Pointer(&code))
	if err := check(fmt.Sprintf("clCreateBuffer(%d bytes)", size), code); err != nil {
		return nil, err
	}
	return &Buffer{c: c, id: id, Size: size}, nil
}

// Release frees the buffer.
func (b *Buffer) Release() {
	if b.id != 0 {
		b.c.lib.releaseMemObject(b.id)
		b.id = 0
	}
}

// Write copies src into the buffer at offset off and waits for the copy (so src may be reused
// at once).
func (c *Context) Write(b *Buffer, off int, src []byte) error {
	if len(src) == 0 {
		return nil
	}
	if off < 0 || off+len(src) > b.Size {
		return fmt.Errorf("write of %d bytes at %d into a buffer of %d", len(src), off, b.Size)
	}
	return check("clEnqueueWriteBuffer", c.lib.enqueueWriteBuffer(c.queue, b.id, 1, uintptr(off), uintptr(len(src)), unsafe.Pointer(&src[0]), 0, nil, nil))
}

// Read copies the buffer's bytes at offset off into dst, after everything enqueued before.
func (c *Context) Read(b *Buffer, off int, dst []byte) error {
	if len(dst) == 0 {
		return nil
	}
	if off < 0 || off+len(dst) > b.Size {
		return fmt.Errorf("read of %d bytes at %d from a buffer of %d", len(dst), off, b.Size)
	}
	return check("clEnqueueReadBuffer", c.lib.enqueueReadBuffer(c.queue, b.id, 1, uintptr(off), uintptr(len(dst)), unsafe.Pointer(&dst[0]), 0, nil, nil))
}
