//go:build cgo

package gpu

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// errClosed is returned by queries on an NVML after Close.
var errClosed = errors.New("gpu: NVML closed")

// Symbols looked up before they are called. go-nvml loads libnvidia-ml lazily and calls its
// functions through cgo, so calling a symbol the installed driver lacks does not return an
// error: the dynamic loader kills the process. Functions newer than the oldest driver we run on,
// and functions NVML has deprecated (and may drop), are therefore checked once at Open.
const (
	symClocksEventReasons    = "nvmlDeviceGetCurrentClocksEventReasons"    // driver 535 and later
	symClocksThrottleReasons = "nvmlDeviceGetCurrentClocksThrottleReasons" // deprecated in NVML 13
	symTemperature           = "nvmlDeviceGetTemperature"                  // deprecated in NVML 13
)

// maxEventsPerPoll bounds the events drained in one poll, so that a device spewing XIDs cannot
// keep a Prometheus scrape waiting; the rest are read at the next poll.
const maxEventsPerPoll = 256

// NVML is an open NVML session over the machine's NVIDIA GPUs. It is safe for concurrent use.
type NVML struct {
	lib nvml.Interface

	// Which optional symbols the driver exports (see the sym constants).
	hasEventReasons, hasThrottleReasons, hasTemperature bool

	mu     sync.Mutex
	closed bool
	devs   []*device
	// events is the XID event set, nil when NVML could not create one; eventsNote says why.
	events     nvml.EventSet
	eventsNote string
}

// device is NVML's view of one GPU plus the XID history seen through the event set, which
// NVML does not keep: an event read once is gone, so the counts live here.
type device struct {
	index  int
	handle nvml.Device // nil while NVML refuses a handle; retried at each sample
	uuid   string      // "" while unknown

	xidWatched bool
	xidNote    string // why XIDs are not watched, when they are not
	xids       uint64 // XID events seen since Open
	lastXID    uint64
	critical   bool   // a critical (not application-caused) XID was seen: sticky
	criticalID uint64 // the last critical XID
	eventsLost string // the event set failed: XIDs may have been missed; sticky
}

// Open initialises NVML through lib and enumerates its GPUs. Production callers pass
// nvml.New(); tests pass go-nvml's mocks. On a machine without a usable NVIDIA driver the
// error wraps ErrUnavailable and the nvml.Return that said so. A GPU NVML will not hand out
// yet (a lost or unreadable card) does not fail Open: it stays in the list and samples as
// unhealthy, because an operator must see a broken card, not a smaller machine.
func Open(lib nvml.Interface) (*NVML, error) {
	if lib == nil {
		return nil, fmt.Errorf("%w: no NVML library given", ErrUnavailable)
	}
	if ret := lib.Init(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("%w: %s (%w)", ErrUnavailable, initFailure(ret), ret)
	}
	count, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		lib.Shutdown()
		return nil, fmt.Errorf("%w: counting GPUs: %w", ErrUnavailable, ret)
	}
	n := &NVML{lib: lib}
	ext := lib.Extensions()
	n.hasEventReasons = ext.LookupSymbol(symClocksEventReasons) == nil
	n.hasThrottleReasons = ext.LookupSymbol(symClocksThrottleReasons) == nil
	n.hasTemperature = ext.LookupSymbol(symTemperature) == nil

	// XIDs are only reported as events: without an event set they cannot be seen at all.
	// Each device is registered on its own, as one card may support them and another not.
	set, ret := lib.EventSetCreate()
	if ret == nvml.SUCCESS {
		n.events = set
	} else {
		n.eventsNote = fmt.Sprintf("NVML event set not available: %v", ret)
	}
	n.devs = make([]*device, count)
	for i := range n.devs {
		d := &device{index: i}
		n.devs[i] = d
		n.acquire(d) // failure is retried by Sample
	}
	return n, nil
}

// initFailure says in words why nvmlInit failed, for an operator reading a log line.
func initFailure(ret nvml.Return) string {
	switch ret {
	case nvml.ERROR_LIBRARY_NOT_FOUND:
		return "NVML library not found: no NVIDIA driver on this machine"
	case nvml.ERROR_DRIVER_NOT_LOADED:
		return "the NVIDIA kernel driver is not loaded"
	case nvml.ERROR_NO_PERMISSION:
		return "no permission to talk to the NVIDIA driver"
	default:
		return "NVML failed to initialise"
	}
}

// acquire gets d's handle and UUID if it has none yet and registers it for XID events.
// It is called with n.mu held, or before n is shared.
func (n *NVML) acquire(d *device) error {
	if d.handle == nil {
		h, ret := n.lib.DeviceGetHandleByIndex(d.index)
		if ret != nvml.SUCCESS {
			return fmt.Errorf("device handle: %w", ret)
		}
		d.handle = h
		switch {
		case n.events == nil:
			d.xidNote = n.eventsNote
		default:
			ret := h.RegisterEvents(nvml.EventTypeXidCriticalError, n.events)
			if ret == nvml.SUCCESS {
				d.xidWatched, d.xidNote = true, ""
			} else {
				d.xidNote = fmt.Sprintf("XID events not supported on this device: %v", ret)
			}
		}
	}
	if d.uuid == "" {
		u, ret := d.handle.GetUUID()
		if ret != nvml.SUCCESS {
			return fmt.Errorf("UUID: %w", ret)
		}
		d.uuid = u
	}
	return nil
}

// Count is the number of GPUs NVML reported at Open; Sample takes indices below it.
func (n *NVML) Count() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.devs)
}

// Close frees the event set and shuts NVML down. It is safe to call more than once.
func (n *NVML) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	var errs []error
	if n.events != nil {
		if ret := n.events.Free(); ret != nvml.SUCCESS {
			errs = append(errs, fmt.Errorf("gpu: freeing the event set: %w", ret))
		}
		n.events = nil
	}
	if ret := n.lib.Shutdown(); ret != nvml.SUCCESS {
		errs = append(errs, fmt.Errorf("gpu: NVML shutdown: %w", ret))
	}
	return errors.Join(errs...)
}

// unsupported reports whether ret means the device or driver does not offer a query, which
// leaves the field empty instead of making the device unhealthy. FUNCTION_NOT_FOUND is what
// NVML answers for an entry point the loaded driver has but does not implement.
func unsupported(ret nvml.Return) bool {
	return ret == nvml.ERROR_NOT_SUPPORTED || ret == nvml.ERROR_FUNCTION_NOT_FOUND
}

// queryErrs collects the failures of one device's queries, skipping unsupported ones.
type queryErrs []error

// ok reports whether ret is SUCCESS and records it when it is a real failure.
func (e *queryErrs) ok(what string, ret nvml.Return) bool {
	if ret == nvml.SUCCESS {
		return true
	}
	if !unsupported(ret) {
		*e = append(*e, fmt.Errorf("%s: %w", what, ret))
	}
	return false
}

// cString reads a NUL-terminated C char array as go-nvml exposes it.
func cString(b []int8) string {
	var s strings.Builder
	for _, c := range b {
		if c == 0 {
			break
		}
		s.WriteByte(byte(c))
	}
	return s.String()
}
