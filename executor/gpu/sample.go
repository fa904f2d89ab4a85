//go:build cgo

package gpu

import (
	"errors"
	"fmt"
	"strings"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// applicationXIDs are XIDs a faulting program causes on a sound card (NVIDIA's
// k8s-device-plugin skips the same list): 13 graphics engine exception, 31 GPU memory page
// fault, 43 GPU stopped processing, 45 preemptive cleanup, 68 video processor exception.
// They are counted, but do not make the device unhealthy: one bad kernel must not take a card
// out of service. Every other XID (79 fallen off the bus, 48 double-bit ECC, 999 unknown, ...)
// is critical.
var applicationXIDs = map[uint64]bool{13: true, 31: true, 43: true, 45: true, 68: true}

// Sample reads GPU i's telemetry and judges its health. The device is unhealthy when it has
// uncorrected ECC errors, when a critical XID was seen since Open, or when it cannot be
// queried; in the last case the error says which queries failed and the sample still holds
// everything that could be read, Healthy false. Queries the card does not support are not
// failures. Each call also drains the pending XID events of every GPU.
func (n *NVML) Sample(i int) (Sample, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	s := Sample{Index: i}
	if n.closed {
		s.Reason = errClosed.Error()
		return s, errClosed
	}
	if i < 0 || i >= len(n.devs) {
		return s, fmt.Errorf("gpu: no GPU %d (NVML reports %d)", i, len(n.devs))
	}
	d := n.devs[i]
	n.pollLocked()

	var errs queryErrs
	if err := n.acquire(d); err != nil {
		errs = append(errs, err)
	}
	s.UUID = d.uuid
	if h := d.handle; h != nil {
		n.read(h, &s, &errs)
	}
	s.XIDSupported, s.XIDNote = d.xidWatched, d.xidNote
	s.XIDEvents, s.LastXID = d.xids, d.lastXID

	var reasons []string
	err := errors.Join(errs...)
	if err != nil {
		reasons = append(reasons, "cannot be queried: "+strings.ReplaceAll(err.Error(), "\n", "; "))
		err = fmt.Errorf("gpu %d: %w", i, err)
	}
	if s.ECCUncorrected > 0 {
		reasons = append(reasons, fmt.Sprintf("%d uncorrected ECC errors since the driver loaded", s.ECCUncorrected))
	}
	if d.critical {
		reasons = append(reasons, fmt.Sprintf("critical XID %d seen", d.criticalID))
	}
	if d.eventsLost != "" {
		reasons = append(reasons, d.eventsLost)
	}
	s.Healthy, s.Reason = len(reasons) == 0, strings.Join(reasons, "; ")
	return s, err
}

// read fills s from the device's queries.
func (n *NVML) read(h nvml.Device, s *Sample, errs *queryErrs) {
	if n.hasTemperature {
		if t, ret := h.GetTemperature(nvml.TEMPERATURE_GPU); errs.ok("temperature", ret) {
			s.TemperatureC, s.HasTemperature = t, true
		}
	}
	if mw, ret := h.GetPowerUsage(); errs.ok("power", ret) {
		s.PowerW, s.HasPower = float64(mw)/1000, true
	}
	if u, ret := h.GetUtilizationRates(); errs.ok("utilization", ret) {
		s.GPUUtil, s.MemoryUtil, s.HasUtilization = float64(u.Gpu)/100, float64(u.Memory)/100, true
	}
	if m, ret := h.GetMemoryInfo(); errs.ok("memory", ret) {
		s.MemoryUsed, s.MemoryTotal, s.HasMemory = m.Used, m.Total, true
	}
	// Both ECC counts or neither: a half-known ECC state would read as "no uncorrected errors".
	corr, ret1 := h.GetTotalEccErrors(nvml.MEMORY_ERROR_TYPE_CORRECTED, nvml.VOLATILE_ECC)
	unc, ret2 := h.GetTotalEccErrors(nvml.MEMORY_ERROR_TYPE_UNCORRECTED, nvml.VOLATILE_ECC)
	if errs.ok("corrected ECC errors", ret1) && errs.ok("uncorrected ECC errors", ret2) {
		s.ECCCorrected, s.ECCUncorrected, s.ECCSupported = corr, unc, true
	}
	// The event-reasons call replaced the throttle-reasons one (same bits) in driver 535;
	// NVML 13 deprecates the old one. Use whichever the driver exports, the new one first.
	var reasons uint64
	ret := nvml.ERROR_NOT_SUPPORTED
	switch {
	case n.hasEventReasons:
		reasons, ret = h.GetCurrentClocksEventReasons()
	case n.hasThrottleReasons:
		reasons, ret = h.GetCurrentClocksThrottleReasons()
	}
	if errs.ok("clock event reasons", ret) {
		s.ThrottleReasons, s.HasThrottleReasons = reasons, true
	}
}

// pollLocked drains the XID events pending for every GPU, without waiting (timeout 0), and
// attributes each to its device by UUID, as NVIDIA's device plugin does. n.mu is held.
func (n *NVML) pollLocked() {
	if n.events == nil {
		return
	}
	for range maxEventsPerPoll {
		ev, ret := n.events.Wait(0)
		if ret == nvml.ERROR_TIMEOUT {
			return // nothing pending
		}
		if ret != nvml.SUCCESS {
			// Events may have been lost, XIDs among them: no watched card can be vouched
			// for any more.
			for _, d := range n.devs {
				if d.xidWatched && d.eventsLost == "" {
					d.eventsLost = fmt.Sprintf("XID events lost: %v", ret)
				}
			}
			return
		}
		if ev.EventType&nvml.EventTypeXidCriticalError == 0 {
			continue
		}
		var uuid string
		ret = nvml.ERROR_UNKNOWN
		if ev.Device != nil {
			uuid, ret = ev.Device.GetUUID()
		}
		for _, d := range n.devs {
			// An XID that cannot be attributed is charged to every card: the alternative is
			// to ignore a possibly fatal error.
			if ret != nvml.SUCCESS || (d.uuid != "" && d.uuid == uuid) {
				d.record(ev.EventData)
			}
		}
	}
}

// record counts one XID.
func (d *device) record(xid uint64) {
	d.xids++
	d.lastXID = xid
	if !applicationXIDs[xid] {
		d.critical, d.criticalID = true, xid
	}
}
