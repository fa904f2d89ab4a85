package onnx

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// numpyArange6 is the file NumPy writes for np.save(f, np.arange(6, dtype=np.int8).reshape(2, 3)),
// written out by hand (NumPy is not installed here) from numpy/lib/format.py:
// _write_array_header builds "{'descr': '|i1', 'fortran_order': False, 'shape': (2, 3), }"
// (59 bytes: the keys sorted, each "'key': repr(value), ") and appends 21-len("2") = 20 spaces
// of room for the first dimension to grow; _wrap_header then adds spaces and a '\n' so that the
// magic (6), version (2), length (2) and header end on a 64-byte boundary: 79+1 = 80 bytes,
// 10+80 = 90, padded by 38 to 128. The header length is so 118 = 0x76 (NumPy versions that do
// not add the 20 spaces pad by 58 instead and write the same bytes). The data is 0…5.
var numpyArange6 = []byte("\x93NUMPY\x01\x00\x76\x00" +
	"{'descr': '|i1', 'fortran_order': False, 'shape': (2, 3), }" +
	strings.Repeat(" ", 58) + "\n" +
	"\x00\x01\x02\x03\x04\x05")

func TestNpyNumPyFile(t *testing.T) {
	if len(numpyArange6) != 128+6 {
		t.Fatalf("the fixture is %d bytes, want 134", len(numpyArange6))
	}
	got, err := ReadNpy(bytes.NewReader(numpyArange6))
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "tensor", got, &Tensor{DataType: Int8, Dims: []int64{2, 3}, RawData: []byte{0, 1, 2, 3, 4, 5}})
	vs, err := got.Int64s()
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "values", vs, []int64{0, 1, 2, 3, 4, 5})

	var out bytes.Buffer
	if err := WriteNpy(&out, Int8Tensor("a", []int64{2, 3}, []int8{0, 1, 2, 3, 4, 5})); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), numpyArange6) {
		t.Fatalf("WriteNpy wrote\n%q\nNumPy writes\n%q", out.Bytes(), numpyArange6)
	}
}

func TestNpyRoundTrip(t *testing.T) {
	// The header dict of an int8 array of 36 ones is 181 bytes with NumPy's 20 spaces of room
	// to grow (161 + 20): 10 + 181 + 1 is 192, already aligned, and NumPy still pads, by 64.
	ones36 := slices.Repeat([]int64{1}, 36)
	var b bytes.Buffer
	if err := WriteNpy(&b, Int8Tensor("", ones36, []int8{7})); err != nil {
		t.Fatal(err)
	}
	if got := binary.LittleEndian.Uint16(b.Bytes()[8:]); got != 181+64+1 || b.Len() != 256+1 {
		t.Fatalf("36 ones: header length %d, file %d bytes; want 246 and 257", got, b.Len())
	}

	for _, tc := range []*Tensor{
		Int8Tensor("", []int64{2, 2}, []int8{-128, 127, 0, -1}),
		Uint8Tensor("", []int64{3}, []uint8{0, 128, 255}),
		NewTensor("", Bool, []int64{1, 3}, []byte{1, 0, 1}),
		Int32Tensor("", []int64{2}, []int32{-1 << 31, 1<<31 - 1}),
		Int64Tensor("", []int64{1, 1, 2}, []int64{-1 << 63, 1<<63 - 1}),
		Float32Tensor("", []int64{2}, []float32{1.5, -0.0078125}),
		Float32Tensor("", nil, []float32{3}),                           // a scalar: shape ()
		Int8Tensor("", []int64{0, 3}, nil),                             // empty
		Int8Tensor("", []int64{123456789, 0}, nil),                     // a long first dimension
		Int8Tensor("", make([]int64, 30000), nil),                      // 30000 zero dims: the header needs version 2.0
		{DataType: Int32, Dims: []int64{2}, Int32Data: []int32{-5, 6}}, // typed data is written raw
		Int8Tensor("", ones36, []int8{7}),
	} {
		var b bytes.Buffer
		if err := WriteNpy(&b, tc); err != nil {
			t.Fatalf("%v %v: %v", tc.DataType, len(tc.Dims), err)
		}
		file := b.Bytes()
		headerLen := 10 + int(binary.LittleEndian.Uint16(file[8:]))
		if file[6] == 2 {
			headerLen = 12 + int(binary.LittleEndian.Uint32(file[8:]))
		}
		if headerLen%64 != 0 || file[headerLen-1] != '\n' {
			t.Fatalf("%v %v: header of %d bytes not 64-aligned or not ended by a newline", tc.DataType, len(tc.Dims), headerLen)
		}
		if (len(tc.Dims) > 1000) != (file[6] == 2) {
			t.Fatalf("%v dims written in version %d.0", len(tc.Dims), file[6])
		}
		got, err := ReadNpy(&b)
		if err != nil {
			t.Fatalf("%v %v: %v", tc.DataType, len(tc.Dims), err)
		}
		want, err := tc.Int64s()
		if tc.DataType == Float {
			requireSame(t, "tensor", got, tc)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		vs, err := got.Int64s()
		if err != nil {
			t.Fatal(err)
		}
		requireSame(t, "values", vs, want)
		requireSame(t, "dims", got.Dims, tc.Dims)
		if got.DataType != tc.DataType {
			t.Fatalf("data type %v, want %v", got.DataType, tc.DataType)
		}
	}
}

// npyFile assembles a .npy file of the given version from a header dict and data, padding as
// NumPy does.
func npyFile(major byte, dict string, data []byte) []byte {
	lenSize := 2
	if major > 1 {
		lenSize = 4
	}
	pad := 64 - (8+lenSize+len(dict)+1)%64
	header := dict + strings.Repeat(" ", pad) + "\n"
	b := append([]byte("\x93NUMPY"), major, 0)
	if lenSize == 2 {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(header)))
	}
	b = append(b, header...)
	return append(b, data...)
}

func TestNpyHeaders(t *testing.T) {
	f32 := binary.LittleEndian.AppendUint32(nil, 0x3fc00000) // 1.5
	for _, tc := range []struct {
		name string
		file []byte
		want *Tensor
	}{
		{"version 2.0", npyFile(2, "{'descr': '<i4', 'fortran_order': False, 'shape': (1,), }", []byte{7, 0, 0, 0}),
			&Tensor{DataType: Int32, Dims: []int64{1}, RawData: []byte{7, 0, 0, 0}}},
		{"version 3.0", npyFile(3, "{'descr': '<f4', 'fortran_order': False, 'shape': (), }", f32),
			&Tensor{DataType: Float, RawData: f32}},
		{"keys in another order, double quotes, no trailing comma",
			npyFile(1, `{"shape":(2,1),"descr":"u1","fortran_order":False}`, []byte{1, 2}),
			&Tensor{DataType: Uint8, Dims: []int64{2, 1}, RawData: []byte{1, 2}}},
		{"Python 2 long ints", npyFile(1, "{'descr': 'i1', 'fortran_order': False, 'shape': (2L, 1L), }", []byte{1, 2}),
			&Tensor{DataType: Int8, Dims: []int64{2, 1}, RawData: []byte{1, 2}}},
		{"bool", npyFile(1, "{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }", []byte{1, 0}),
			&Tensor{DataType: Bool, Dims: []int64{2}, RawData: []byte{1, 0}}},
		{"int64", npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8)),
			&Tensor{DataType: Int64, Dims: []int64{1}, RawData: make([]byte, 8)}},
		{"empty", npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (3, 0), }", nil),
			&Tensor{DataType: Int64, Dims: []int64{3, 0}}},
	} {
		got, err := ReadNpy(bytes.NewReader(tc.file))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		requireSame(t, tc.name, got, tc.want)
	}
}

func TestNpyErrors(t *testing.T) {
	good := "{'descr': '|i1', 'fortran_order': False, 'shape': (2,), }"
	hugeHeader := append([]byte("\x93NUMPY\x02\x00"), binary.LittleEndian.AppendUint32(nil, 1<<20+1)...)
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"empty file", nil, "reading the magic: EOF"},
		{"bad magic", []byte("\x93NUMPZ\x01\x00\x00\x00"), "no \\x93NUMPY magic"},
		{"truncated magic", []byte("\x93NUMPY"), "reading the magic: unexpected EOF"},
		{"unknown version", append([]byte("\x93NUMPY\x04\x00"), npyFile(1, good, nil)[8:]...), "format version 4.0"},
		{"minor version", append([]byte("\x93NUMPY\x01\x01"), npyFile(1, good, nil)[8:]...), "format version 1.1"},
		{"header longer than 1 MiB", hugeHeader, "header of 1048577 bytes"},
		{"truncated header", npyFile(1, good, nil)[:40], "reading the 118-byte header: unexpected EOF"},
		{"truncated data", npyFile(1, good, []byte{1}), "1 bytes of data, want 2"},
		{"trailing data", npyFile(1, good, []byte{1, 2, 3}), "data goes on past the 2 bytes"},
		{"fortran order", npyFile(1, "{'descr': '|i1', 'fortran_order': True, 'shape': (2,), }", []byte{1, 2}), "save a C-order array"},
		{"big-endian", npyFile(1, "{'descr': '>i4', 'fortran_order': False, 'shape': (1,), }", make([]byte, 4)), "is big-endian"},
		{"unsupported dtype", npyFile(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8)), `dtype "<f8" is not supported (supported: int8`},
		{"structured dtype", npyFile(1, "{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (1,), }", nil), "descr: want a quoted string"},
		{"missing key", npyFile(1, "{'descr': '|i1', 'shape': (2,), }", nil), `no "fortran_order" key`},
		{"unknown key", npyFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (2,), 'x': 1}", nil), `unexpected key "x"`},
		{"key twice", npyFile(1, "{'descr': '|i1', 'descr': '|i1', 'fortran_order': False, 'shape': (2,)}", nil), `key "descr" twice`},
		{"int is not a tuple", npyFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (2), }", nil), "(n) is not a tuple"},
		{"list shape", npyFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': [2], }", nil), "shape: want a tuple"},
		{"negative dimension", npyFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (-2,), }", nil), "want a non-negative int"},
		{"leading zero", npyFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (02,), }", nil), "leading zero"},
		{"huge dimension", npyFile(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (99999999999999999999999,), }", nil), "too large"},
		{"too many elements", npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (65536, 65536), }", nil), "more than 268435456 elements"},
		{"fortran_order not a bool", npyFile(1, "{'descr': '|i1', 'fortran_order': 0, 'shape': (2,), }", nil), "want True or False"},
		{"text after the dict", npyFile(1, good+"x", []byte{1, 2}), "text after the closing }"},
		{"no dict", npyFile(1, "'descr'", nil), "does not start with {"},
		{"unterminated string", npyFile(1, "{'descr: 1}", nil), "unterminated string"},
	} {
		_, err := ReadNpy(bytes.NewReader(tc.file))
		switch {
		case err == nil:
			t.Errorf("%s: no error", tc.name)
		case !errors.Is(err, ErrBadNpy):
			t.Errorf("%s: %v does not wrap ErrBadNpy", tc.name, err)
		case !strings.Contains(err.Error(), tc.want):
			t.Errorf("%s: %v, want it to say %q", tc.name, err, tc.want)
		}
	}
}

func TestWriteNpyErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    *Tensor
		want string
	}{
		{"no npy dtype", &Tensor{DataType: Int16, Dims: []int64{1}, Int32Data: []int32{1}}, "INT16 has no .npy dtype"},
		{"count mismatch", Int8Tensor("w", []int64{3}, []int8{1}), "raw_data has 1 bytes, want 3"},
		{"external", &Tensor{Name: "w", DataType: Float, External: true}, "external"},
	} {
		var b bytes.Buffer
		err := WriteNpy(&b, tc.t)
		if !errors.Is(err, ErrBadTensor) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an ErrBadTensor saying %q", tc.name, err, tc.want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: wrote %d bytes before failing", tc.name, b.Len())
		}
	}
}

func TestReadTensorFile(t *testing.T) {
	dir := t.TempDir()
	want := Int8Tensor("", []int64{2, 3}, []int8{0, 1, 2, 3, 4, 5})
	pb := Int32Tensor("input_0", []int64{2}, []int32{7, -7})
	files := map[string][]byte{
		"a.npy":   numpyArange6,
		"b.NPY":   numpyArange6,
		"c.pb":    EncodeTensor(pb),
		"d.bin":   {1},
		"bad.npy": []byte("\x93NUMPY"),
		"bad.pb":  {0x08},
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"a.npy", "b.NPY"} {
		got, err := ReadTensorFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		requireSame(t, name, got, want)
	}
	got, err := ReadTensorFile(filepath.Join(dir, "c.pb"))
	if err != nil {
		t.Fatal(err)
	}
	requireSame(t, "c.pb", got, pb)

	for _, tc := range []struct {
		name string
		is   error
		want string
	}{
		{"d.bin", nil, `unsupported tensor file extension ".bin" (supported: .npy, .pb)`},
		{"bad.npy", ErrBadNpy, "bad.npy: onnx: bad .npy file"},
		{"bad.pb", ErrMalformed, "bad.pb: onnx: malformed protobuf: TensorProto.dims: truncated varint"},
		{"missing.npy", os.ErrNotExist, "missing.npy"},
	} {
		_, err := ReadTensorFile(filepath.Join(dir, tc.name))
		if err == nil || !strings.Contains(err.Error(), tc.want) || (tc.is != nil && !errors.Is(err, tc.is)) {
			t.Errorf("%s: %v, want an error saying %q", tc.name, err, tc.want)
		}
	}
}

// FuzzReadNpy: ReadNpy never panics, and what it reads and WriteNpy accepts reads back the same.
func FuzzReadNpy(f *testing.F) {
	f.Add(numpyArange6)
	for _, tc := range []*Tensor{
		Float32Tensor("", []int64{2}, []float32{1, 2}),
		Int64Tensor("", nil, []int64{-1}),
		NewTensor("", Bool, []int64{2}, []byte{0, 1}),
		Uint8Tensor("", []int64{1, 0}, nil),
	} {
		var b bytes.Buffer
		if err := WriteNpy(&b, tc); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Add(npyFile(3, `{"shape":(2L,1),"descr":"u1","fortran_order":False}`, []byte{1, 2}))
	f.Fuzz(func(t *testing.T, b []byte) {
		tensor, err := ReadNpy(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrBadNpy) {
				t.Fatalf("%v does not wrap ErrBadNpy", err)
			}
			return
		}
		var out bytes.Buffer
		if err := WriteNpy(&out, tensor); err != nil {
			if !errors.Is(err, ErrBadTensor) || tensor.DataType != Bool {
				t.Fatalf("WriteNpy refused what ReadNpy read: %v", err) // only a bool byte > 1 may be refused
			}
			return
		}
		again, err := ReadNpy(&out)
		if err != nil {
			t.Fatalf("WriteNpy's output does not read back: %v", err)
		}
		requireSame(t, "tensor", again, tensor)
	})
}
