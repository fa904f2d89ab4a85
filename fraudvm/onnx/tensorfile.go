package onnx

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrBadNpy is wrapped by every error ReadNpy returns for a file that is not a .npy file it
// can read.
var ErrBadNpy = errors.New("onnx: bad .npy file")

// The .npy format (numpy.lib.format): the magic "\x93NUMPY", a major and a minor version byte,
// the header's length (uint16 little-endian in version 1.0, uint32 in 2.0 and 3.0), the header
// (a Python dict literal with the keys 'descr', 'fortran_order' and 'shape', padded with spaces
// and ended by '\n'; latin-1 in 1.0 and 2.0, UTF-8 in 3.0), then the array's bytes.
const (
	npyMagic = "\x93NUMPY"
	// npyMaxHeader bounds the header we read. NumPy itself refuses headers above 10000 bytes
	// unless told otherwise; a valid header for any array we accept is far shorter.
	npyMaxHeader = 1 << 20
	// npyAlign is the alignment NumPy pads the magic, length and header to.
	npyAlign = 64
	// npyGrowthDigits is NumPy's GROWTH_AXIS_MAX_DIGITS: the header is padded with room for
	// the first dimension to grow to this many digits, so that the file can be appended to.
	npyGrowthDigits = 21
)

// npyType maps a descr to a data type and element size. ok is false for a descr we do not read;
// bigEndian is true for a big-endian one, which we could read but refuse, as ONNX tensors are
// little-endian and a silent byte swap hides a mistake.
func npyType(descr string) (dt DataType, size int, bigEndian, ok bool) {
	switch descr {
	case "|i1", "i1":
		return Int8, 1, false, true
	case "|u1", "u1":
		return Uint8, 1, false, true
	case "|b1", "b1":
		return Bool, 1, false, true
	case "<i4":
		return Int32, 4, false, true
	case "<i8":
		return Int64, 8, false, true
	case "<f4":
		return Float, 4, false, true
	case ">i4", ">i8", ">f4":
		return Undefined, 0, true, false
	}
	return Undefined, 0, false, false
}

// npyDescr is the descr NumPy writes for dt, and its element size.
func npyDescr(dt DataType) (string, int, bool) {
	switch dt {
	case Int8:
		return "|i1", 1, true
	case Uint8:
		return "|u1", 1, true
	case Bool:
		return "|b1", 1, true
	case Int32:
		return "<i4", 4, true
	case Int64:
		return "<i8", 8, true
	case Float:
		return "<f4", 4, true
	}
	return "", 0, false
}

// npySupported lists the dtypes ReadNpy and WriteNpy handle, for errors.
const npySupported = "int8 (|i1), uint8 (|u1), bool (|b1), int32 (<i4), int64 (<i8), float32 (<f4)"

// ReadNpy reads a NumPy .npy file (format version 1.0, 2.0 or 3.0) holding a C-order array of
// int8, uint8, bool, little-endian int32, int64 or float32, and returns it as a tensor with
// RawData. The header must be exactly what np.save writes (its three keys, in any order), and
// the data exactly as long as the shape says: a short or a longer file is an error, as is a
// Fortran-order or big-endian array.
func ReadNpy(r io.Reader) (*Tensor, error) {
	var pre [len(npyMagic) + 2]byte
	if _, err := io.ReadFull(r, pre[:]); err != nil {
		return nil, fmt.Errorf("%w: reading the magic: %w", ErrBadNpy, err)
	}
	if string(pre[:len(npyMagic)]) != npyMagic {
		return nil, fmt.Errorf("%w: no \\x93NUMPY magic (not a .npy file)", ErrBadNpy)
	}
	major, minor := pre[len(npyMagic)], pre[len(npyMagic)+1]
	var hlen uint32
	switch {
	case major == 1 && minor == 0:
		var l [2]byte
		if _, err := io.ReadFull(r, l[:]); err != nil {
			return nil, fmt.Errorf("%w: reading the header length: %w", ErrBadNpy, err)
		}
		hlen = uint32(binary.LittleEndian.Uint16(l[:]))
	case (major == 2 || major == 3) && minor == 0:
		var l [4]byte
		if _, err := io.ReadFull(r, l[:]); err != nil {
			return nil, fmt.Errorf("%w: reading the header length: %w", ErrBadNpy, err)
		}
		hlen = binary.LittleEndian.Uint32(l[:])
	default:
		return nil, fmt.Errorf("%w: format version %d.%d (want 1.0, 2.0 or 3.0)", ErrBadNpy, major, minor)
	}
	if hlen > npyMaxHeader {
		return nil, fmt.Errorf("%w: header of %d bytes (at most %d)", ErrBadNpy, hlen, npyMaxHeader)
	}
	header := make([]byte, hlen)
	if _, err := io.ReadFull(r, header); err != nil {
		return nil, fmt.Errorf("%w: reading the %d-byte header: %w", ErrBadNpy, hlen, err)
	}
	descr, fortran, shape, err := npyParseHeader(header)
	if err != nil {
		return nil, fmt.Errorf("%w: header %q: %w", ErrBadNpy, npyShort(header), err)
	}
	if fortran {
		return nil, fmt.Errorf("%w: the array is in Fortran order: save a C-order array "+
			"(np.save(f, np.ascontiguousarray(a)))", ErrBadNpy)
	}
	dt, size, bigEndian, ok := npyType(descr)
	if bigEndian {
		return nil, fmt.Errorf("%w: dtype %q is big-endian: save it little-endian "+
			"(a.astype(a.dtype.newbyteorder('<')))", ErrBadNpy, descr)
	}
	if !ok {
		return nil, fmt.Errorf("%w: dtype %q is not supported (supported: %s)", ErrBadNpy, descr, npySupported)
	}
	t := &Tensor{DataType: dt}
	if len(shape) > 0 {
		t.Dims = shape
	}
	n, err := t.NumElems()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadNpy, err)
	}
	want := n * size
	// Read through a limit one past the size, so that a claimed shape allocates no more than
	// the file holds, and a longer file shows as one byte too many.
	data, err := io.ReadAll(io.LimitReader(r, int64(want)+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading the data: %w", ErrBadNpy, err)
	}
	switch {
	case len(data) < want:
		return nil, fmt.Errorf("%w: %d bytes of data, want %d (shape %v, %d-byte elements)",
			ErrBadNpy, len(data), want, shape, size)
	case len(data) > want:
		return nil, fmt.Errorf("%w: data goes on past the %d bytes shape %v of %d-byte elements needs",
			ErrBadNpy, want, shape, size)
	}
	if want > 0 {
		t.RawData = data
	}
	return t, nil
}

// npyShort is the start of a header, for errors.
func npyShort(h []byte) []byte {
	if len(h) > 200 {
		return h[:200]
	}
	return h
}

// npyParseHeader parses the header dict: exactly the keys 'descr' (a string), 'fortran_order'
// (True or False) and 'shape' (a tuple of non-negative ints), each once, in any order, with
// Python's optional whitespace and trailing comma, and nothing after it but whitespace.
func npyParseHeader(h []byte) (descr string, fortran bool, shape []int64, err error) {
	p := npyParser{s: h}
	p.space()
	if !p.take('{') {
		return "", false, nil, errors.New("does not start with {")
	}
	seen := map[string]bool{}
	for {
		p.space()
		if p.take('}') {
			break
		}
		key, err := p.str()
		if err != nil {
			return "", false, nil, fmt.Errorf("key: %w", err)
		}
		if seen[key] {
			return "", false, nil, fmt.Errorf("key %q twice", key)
		}
		seen[key] = true
		p.space()
		if !p.take(':') {
			return "", false, nil, fmt.Errorf("no ':' after key %q", key)
		}
		p.space()
		switch key {
		case "descr":
			descr, err = p.str()
		case "fortran_order":
			fortran, err = p.boolean()
		case "shape":
			shape, err = p.tuple()
		default:
			return "", false, nil, fmt.Errorf("unexpected key %q", key)
		}
		if err != nil {
			return "", false, nil, fmt.Errorf("%s: %w", key, err)
		}
		p.space()
		if p.take('}') {
			break
		}
		if !p.take(',') {
			return "", false, nil, fmt.Errorf("no ',' or '}' after %s", key)
		}
	}
	p.space()
	if len(p.s) > 0 {
		return "", false, nil, errors.New("text after the closing }")
	}
	for _, k := range []string{"descr", "fortran_order", "shape"} {
		if !seen[k] {
			return "", false, nil, fmt.Errorf("no %q key", k)
		}
	}
	return descr, fortran, shape, nil
}

// npyParser consumes a header's bytes from the front.
type npyParser struct{ s []byte }

// space skips the whitespace Python allows between tokens (the header's padding included).
func (p *npyParser) space() {
	p.s = bytes.TrimLeft(p.s, " \t\r\n")
}

// take consumes c if it comes next.
func (p *npyParser) take(c byte) bool {
	if len(p.s) > 0 && p.s[0] == c {
		p.s = p.s[1:]
		return true
	}
	return false
}

// str consumes a quoted string without escapes (no descr or key has one).
func (p *npyParser) str() (string, error) {
	if len(p.s) == 0 || (p.s[0] != '\'' && p.s[0] != '"') {
		return "", errors.New("want a quoted string")
	}
	q := p.s[0]
	end := bytes.IndexByte(p.s[1:], q)
	if end < 0 {
		return "", errors.New("unterminated string")
	}
	s := p.s[1 : 1+end]
	if bytes.IndexByte(s, '\\') >= 0 {
		return "", errors.New("string with an escape")
	}
	p.s = p.s[2+end:]
	return string(s), nil
}

// boolean consumes True or False.
func (p *npyParser) boolean() (bool, error) {
	switch {
	case bytes.HasPrefix(p.s, []byte("True")):
		p.s = p.s[4:]
		return true, nil
	case bytes.HasPrefix(p.s, []byte("False")):
		p.s = p.s[5:]
		return false, nil
	}
	return false, errors.New("want True or False")
}

// tuple consumes a tuple of non-negative ints: (), (n,), (n, m), … A single element needs its
// comma, as in Python, where (n) is an int.
func (p *npyParser) tuple() ([]int64, error) {
	if !p.take('(') {
		return nil, errors.New("want a tuple")
	}
	var dims []int64
	for {
		p.space()
		if p.take(')') { // only () gets here: after a comma, the ) is taken below
			return dims, nil
		}
		d, err := p.int()
		if err != nil {
			return nil, err
		}
		dims = append(dims, d)
		p.space()
		if p.take(')') {
			if len(dims) == 1 {
				return nil, errors.New("(n) is not a tuple")
			}
			return dims, nil
		}
		if !p.take(',') {
			return nil, errors.New("want ',' or ')' in the tuple")
		}
		p.space()
		if p.take(')') {
			return dims, nil
		}
	}
}

// int consumes a non-negative decimal int, with the L suffix Python 2's NumPy wrote. Values
// above 2^28 are refused here (NumElems would refuse them anyway), so no int overflows.
func (p *npyParser) int() (int64, error) {
	i := 0
	for i < len(p.s) && p.s[i] >= '0' && p.s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, errors.New("want a non-negative int")
	}
	if i > 1 && p.s[0] == '0' {
		return 0, fmt.Errorf("int %q with a leading zero", p.s[:i])
	}
	v, err := strconv.ParseInt(string(p.s[:i]), 10, 64)
	if err != nil || v > valuesMaxElems {
		return 0, fmt.Errorf("dimension %s is too large", p.s[:i])
	}
	p.s = p.s[i:]
	p.take('L')
	return v, nil
}

// WriteNpy writes t as a NumPy .npy file, format version 1.0, byte for byte as np.save writes
// the same array (2.0 when the header does not fit 1.0's 64 KiB, as np.save does). t must be an
// Int8, Uint8, Bool, Int32, Int64 or Float tensor whose values the accessors accept (RawData or
// the typed field).
func WriteNpy(w io.Writer, t *Tensor) error {
	if t == nil {
		return t.valuesErr("nil")
	}
	descr, size, ok := npyDescr(t.DataType)
	if !ok {
		return fmt.Errorf("%w: data type %s has no .npy dtype here (supported: %s)",
			ErrBadTensor, valuesTypeName(t.DataType), npySupported)
	}
	var data []byte
	if t.DataType == Float {
		vs, err := t.Float32s()
		if err != nil {
			return err
		}
		data = make([]byte, 0, 4*len(vs))
		for _, v := range vs {
			data = binary.LittleEndian.AppendUint32(data, math.Float32bits(v))
		}
	} else {
		vs, err := t.Int64s()
		if err != nil {
			return err
		}
		data = make([]byte, 0, size*len(vs))
		for _, v := range vs {
			switch size {
			case 1:
				data = append(data, byte(v))
			case 4:
				data = binary.LittleEndian.AppendUint32(data, uint32(v))
			default:
				data = binary.LittleEndian.AppendUint64(data, uint64(v))
			}
		}
	}
	if _, err := w.Write(npyHeader(descr, t.Dims)); err != nil {
		return err
	}
	_, err := w.Write(data)
	return err
}

// npyHeader is the magic, version, length and header np.save writes for a C-order array of
// descr and shape dims (numpy.lib.format's _write_array_header and _wrap_header).
func npyHeader(descr string, dims []int64) []byte {
	var shape string
	switch len(dims) {
	case 0:
		shape = "()"
	case 1:
		shape = fmt.Sprintf("(%d,)", dims[0])
	default:
		parts := make([]string, len(dims))
		for i, d := range dims {
			parts[i] = strconv.FormatInt(d, 10)
		}
		shape = "(" + strings.Join(parts, ", ") + ")"
	}
	dict := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape)
	if len(dims) > 0 {
		dict += strings.Repeat(" ", max(0, npyGrowthDigits-len(strconv.FormatInt(dims[0], 10))))
	}
	// NumPy pads to the next multiple of npyAlign strictly after the header and its '\n' (an
	// already aligned header still gets npyAlign spaces), and falls back to version 2.0 when
	// the padded header's length does not fit 1.0's uint16.
	version, lenSize := byte(1), 2
	pad := func() int { return npyAlign - (len(npyMagic)+2+lenSize+len(dict)+1)%npyAlign }
	if len(dict)+pad()+1 > math.MaxUint16 {
		version, lenSize = 2, 4
	}
	prefix := len(npyMagic) + 2 + lenSize
	hlen := len(dict) + pad() + 1
	b := make([]byte, 0, prefix+hlen)
	b = append(b, npyMagic...)
	b = append(b, version, 0)
	if lenSize == 2 {
		b = binary.LittleEndian.AppendUint16(b, uint16(hlen))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(hlen))
	}
	b = append(b, dict...)
	b = append(b, bytes.Repeat([]byte{' '}, hlen-len(dict)-1)...)
	return append(b, '\n')
}

// ReadTensorFile reads a tensor from a file, by its extension: .npy (ReadNpy) or .pb (a
// serialized TensorProto, DecodeTensor). Raw bytes with a shape given elsewhere are the
// caller's to read.
func ReadTensorFile(path string) (*Tensor, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".npy":
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		t, err := ReadNpy(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return t, nil
	case ".pb":
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		t, err := DecodeTensor(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return t, nil
	default:
		return nil, fmt.Errorf("%s: unsupported tensor file extension %q (supported: .npy, .pb)", path, ext)
	}
}
