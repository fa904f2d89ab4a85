package bulk

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/crollup/crollup/fraudvm/isa"
)

// TestAccelTiles checks that a small limit really splits MATMUL into several device calls
// (several A blocks and B groups), each within the limit, with the reference's result.
func TestAccelTiles(t *testing.T) {
	r := rand.New(rand.NewPCG(30, 1))
	c := matmulCase(t, r, 40, 50, 300, true, true)
	want := c.memory()
	if err := refExec(want, &c.in, &c.decl); err != nil {
		t.Fatal(err)
	}
	dev := &specDevice{limit: 8192}
	got := c.memory()
	if err := newAccel(dev, 2, dev.limit).exec(context.Background(), got, &c.in, &c.decl); err != nil {
		t.Fatal(err)
	}
	if diff := c.diff(got, want); diff != "" {
		t.Fatal(diff)
	}
	mb, nb := matmulTile(dev.limit, 40, 50, 300)
	wantCalls := ((40 + mb - 1) / mb) * ((50 + nb - 1) / nb)
	if dev.calls != wantCalls || dev.calls < 4 {
		t.Fatalf("%d device calls (tiles of %d×%d), want %d and several", dev.calls, mb, nb, wantCalls)
	}
}

// TestAccelDeviceError checks that a device failure comes back as a DeviceError naming the
// device, that a context error does not, and that rejected operands never reach the device.
func TestAccelDeviceError(t *testing.T) {
	r := rand.New(rand.NewPCG(30, 2))
	c := matmulCase(t, r, 8, 8, 64, false, false)
	dev := &specDevice{limit: minDeviceLimit, failAt: 1}
	a := NewAccel(dev, 1)
	err := a.exec(context.Background(), c.memory(), &c.in, &c.decl)
	var de *DeviceError
	if !errors.As(err, &de) || !errors.Is(err, errInjected) || de.Device != dev.Name() || !IsDeviceError(err) {
		t.Fatalf("err = %v, want a DeviceError wrapping the injected failure", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.exec(ctx, c.memory(), &c.in, &c.decl); IsDeviceError(err) || !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err = %v, want context.Canceled and no device error", err)
	}
	bad := c.decl
	bad[isa.SlotB].Cols++ // K mismatch
	calls := dev.calls
	if err := a.exec(context.Background(), c.memory(), &c.in, &bad); err == nil || IsDeviceError(err) {
		t.Fatalf("mismatched shapes: err = %v, want a rejection", err)
	}
	if dev.calls != calls {
		t.Fatal("rejected operands reached the device")
	}
}
