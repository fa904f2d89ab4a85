package cl

import (
	"errors"
	"fmt"
	"sync"
	"unsafe"

	"github.com/ebitengine/purego"
)

// ErrUnavailable is wrapped by Load's error when OpenCL cannot be used on this machine: no ICD
// loader (libOpenCL), or no platform behind it.
var ErrUnavailable = errors.New("opencl unavailable")

// libNames are tried in order. The ICD loader's soname is libOpenCL.so.1 on every Linux
// distribution; the unversioned name exists only with development packages.
var libNames = []string{"libOpenCL.so.1", "libOpenCL.so"}

// Lib is the loaded OpenCL ICD loader. It is safe for concurrent use; the objects it creates are
// not unless their docs say so.
type Lib struct {
	getPlatformIDs         func(n uint32, ids unsafe.Pointer, num unsafe.Pointer) int32
	getPlatformInfo        func(p uintptr, param uint32, size uintptr, val unsafe.Pointer, ret unsafe.Pointer) int32
	getDeviceIDs           func(p uintptr, typ uint64, n uint32, ids unsafe.Pointer, num unsafe.Pointer) int32
	getDeviceInfo          func(d uintptr, param uint32, size uintptr, val unsafe.Pointer, ret unsafe.Pointer) int32
	createContext          func(props unsafe.Pointer, n uint32, devs unsafe.Pointer, notify uintptr, user uintptr, errc unsafe.Pointer) uintptr
	createCommandQueue     func(ctx uintptr, dev uintptr, props uint64, errc unsafe.Pointer) uintptr
	createProgramWithSrc   func(ctx uintptr, n uint32, strs unsafe.Pointer, lens unsafe.Pointer, errc unsafe.Pointer) uintptr
	createProgramWithBin   func(ctx uintptr, n uint32, devs unsafe.Pointer, lens unsafe.Pointer, bins unsafe.Pointer, status unsafe.Pointer, errc unsafe.Pointer) uintptr
	buildProgram           func(prog uintptr, n uint32, devs unsafe.Pointer, opts unsafe.Pointer, notify uintptr, user uintptr) int32
	getProgramBuildInfo    func(prog uintptr, dev uintptr, param uint32, size uintptr, val unsafe.Pointer, ret unsafe.Pointer) int32
	getProgramInfo         func(prog uintptr, param uint32, size uintptr, val unsafe.Pointer, ret unsafe.Pointer) int32
	createKernel           func(prog uintptr, name unsafe.Pointer, errc unsafe.Pointer) uintptr
	setKernelArg           func(k uintptr, idx uint32, size uintptr, val unsafe.Pointer) int32
	createBuffer           func(ctx uintptr, flags uint64, size uintptr, host unsafe.Pointer, errc unsafe.Pointer) uintptr
	enqueueWriteBuffer     func(q uintptr, mem uintptr, blocking uint32, off uintptr, size uintptr, ptr unsafe.Pointer, nev uint32, evs unsafe.Pointer, ev unsafe.Pointer) int32
	enqueueReadBuffer      func(q uintptr, mem uintptr, blocking uint32, off uintptr, size uintptr, ptr unsafe.Pointer, nev uint32, evs unsafe.Pointer, ev unsafe.Pointer) int32
	enqueueNDRangeKernel   func(q uintptr, k uintptr, dim uint32, off unsafe.Pointer, global unsafe.Pointer, local unsafe.Pointer, nev uint32, evs unsafe.Pointer, ev unsafe.Pointer) int32
	finish                 func(q uintptr) int32
	releaseMemObject       func(h uintptr) int32
	releaseKernel          func(h uintptr) int32
	releaseProgram         func(h uintptr) int32
	releaseCommandQueue    func(h uintptr) int32
	releaseContext         func(h uintptr) int32
	getKernelWorkGroupInfo func(k uintptr, dev uintptr, param uint32, size uintptr, val unsafe.Pointer, ret unsafe.Pointer) int32
}

var (
	loadOnce sync.Once
	loaded   *Lib
	loadErr  error
)

// Load opens the OpenCL ICD loader once per process. Its error wraps ErrUnavailable.
func Load() (*Lib, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

func load() (*Lib, error) {
	var h uintptr
	var errs []error
	for _, name := range libNames {
		var err error
		if h, err = purego.Dlopen(name, purego.RTLD_NOW|purego.RTLD_GLOBAL); err == nil {
			break
		}
		errs = append(errs, err)
	}
	if h == 0 {
		return nil, fmt.Errorf("%w: no OpenCL ICD loader (install ocl-icd-libopencl1 and a driver such as pocl-opencl-icd): %w", ErrUnavailable, errors.Join(errs...))
	}
	l := &Lib{}
	for _, f := range []struct {
		ptr  any
		name string
	}{
		{&l.getPlatformIDs, "clGetPlatformIDs"},
		{&l.getPlatformInfo, "clGetPlatformInfo"},
		{&l.getDeviceIDs, "clGetDeviceIDs"},
		{&l.getDeviceInfo, "clGetDeviceInfo"},
		{&l.createContext, "clCreateContext"},
		// clCreateCommandQueue is deprecated in OpenCL 2.0 but every ICD loader still exports it,
		// and it is the only queue constructor an OpenCL 1.2 platform (NVIDIA's, until recently) has.
		{&l.createCommandQueue, "clCreateCommandQueue"},
		{&l.createProgramWithSrc, "clCreateProgramWithSource"},
		{&l.createProgramWithBin, "clCreateProgramWithBinary"},
		{&l.buildProgram, "clBuildProgram"},
		{&l.getProgramBuildInfo, "clGetProgramBuildInfo"},
		{&l.getProgramInfo, "clGetProgramInfo"},
		{&l.createKernel, "clCreateKernel"},
		{&l.setKernelArg, "clSetKernelArg"},
		{&l.createBuffer, "clCreateBuffer"},
		{&l.enqueueWriteBuffer, "clEnqueueWriteBuffer"},
		{&l.enqueueReadBuffer, "clEnqueueReadBuffer"},
		{&l.enqueueNDRangeKernel, "clEnqueueNDRangeKernel"},
		{&l.finish, "clFinish"},
		{&l.releaseMemObject, "clReleaseMemObject"},
		{&l.releaseKernel, "clReleaseKernel"},
		{&l.releaseProgram, "clReleaseProgram"},
		{&l.releaseCommandQueue, "clReleaseCommandQueue"},
		{&l.releaseContext, "clReleaseContext"},
		{&l.getKernelWorkGroupInfo, "clGetKernelWorkGroupInfo"},
	} {
		// RegisterLibFunc panics on a missing symbol: look each one up first, so that a broken or
		// partial loader is an error, not a crash.
		sym, err := purego.Dlsym(h, f.name)
		if err != nil || sym == 0 {
			return nil, fmt.Errorf("%w: the OpenCL loader lacks %s", ErrUnavailable, f.name)
		}
		purego.RegisterFunc(f.ptr, sym)
	}
	return l, nil
}

// Error is a failed OpenCL call.
type Error struct {
	Call string
	Code int32
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s (%d)", e.Call, codeName(e.Code), e.Code) }

// check turns an OpenCL status into an error.
func check(call string, code int32) error {
	if code == 0 {
		return nil
	}
	return &Error{Call: call, Code: code}
}

// Error codes callers may want to recognise.
const (
	CodeDeviceNotFound    int32 = -1
	CodeMemAllocFailure   int32 = -4
	CodeOutOfResources    int32 = -5
	CodeOutOfHostMemory   int32 = -6
	CodeBuildFailure      int32 = -11
	CodePlatformNotFound  int32 = -1001
	CodeInvalidBinary     int32 = -42
	CodeInvalidWorkGroup  int32 = -54
	CodeInvalidBufferSize int32 = -61
)

func codeName(c int32) string {
	switch c {
	case CodeDeviceNotFound:
		return "CL_DEVICE_NOT_FOUND"
	case -2:
		return "CL_DEVICE_NOT_AVAILABLE"
	case -3:
		return "CL_COMPILER_NOT_AVAILABLE"
	case CodeMemAllocFailure:
		return "CL_MEM_OBJECT_ALLOCATION_FAILURE"
	case CodeOutOfResources:
		return "CL_OUT_OF_RESOURCES"
	case CodeOutOfHostMemory:
		return "CL_OUT_OF_HOST_MEMORY"
	case CodeBuildFailure:
		return "CL_BUILD_PROGRAM_FAILURE"
	case -30:
		return "CL_INVALID_VALUE"
	case -33:
		return "CL_INVALID_DEVICE"
	case -34:
		return "CL_INVALID_CONTEXT"
	case -36:
		return "CL_INVALID_COMMAND_QUEUE"
	case -38:
		return "CL_INVALID_MEM_OBJECT"
	case CodeInvalidBinary:
		return "CL_INVALID_BINARY"
	case -44:
		return "CL_INVALID_PROGRAM"
	case -45:
		return "CL_INVALID_PROGRAM_EXECUTABLE"
	case -46:
		return "CL_INVALID_KERNEL_NAME"
	case -48:
		return "CL_INVALID_KERNEL"
	case -49:
		return "CL_INVALID_ARG_INDEX"
	case -50:
		return "CL_INVALID_ARG_VALUE"
	case -51:
		return "CL_INVALID_ARG_SIZE"
	case -52:
		return "CL_INVALID_KERNEL_ARGS"
	case CodeInvalidWorkGroup:
		return "CL_INVALID_WORK_GROUP_SIZE"
	case -55:
		return "CL_INVALID_WORK_ITEM_SIZE"
	case CodeInvalidBufferSize:
		return "CL_INVALID_BUFFER_SIZE"
	case CodePlatformNotFound:
		return "CL_PLATFORM_NOT_FOUND_KHR"
	}
	return "CL error"
}
