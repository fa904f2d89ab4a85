// Command gen writes the importer's test models and their sample inputs:
//
//	go run ./fraudvm/onnx/testmodels/gen [-out fraudvm/onnx/testdata/models]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/crollup/crollup/fraudvm/onnx"
	"github.com/crollup/crollup/fraudvm/onnx/testmodels"
)

func main() {
	out := flag.String("out", "fraudvm/onnx/testdata/models", "directory to write the models to")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, s := range testmodels.All() {
		var in bytes.Buffer
		if err := onnx.WriteNpy(&in, s.Sample); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for name, data := range map[string][]byte{s.Name + ".onnx": onnx.Encode(s.Model), s.Name + ".input.npy": in.Bytes()} {
			if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		fmt.Printf("%-14s %s\n", s.Name, s.Doc)
	}
}
