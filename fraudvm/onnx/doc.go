// Package onnx imports quantized ONNX models (QDQ or QOperator form, as ONNX Runtime's
// quantizer writes them) into fraudvm programs, and reads and writes the tensor files that feed
// them; docs/models.md is its user's guide.
//
// It decodes the subset of onnx.proto an inference graph uses (Decode; Encode writes the same
// subset back, for the test-model generator), maps every node onto the instruction set or
// refuses the model with a report naming each unsupported node, and never builds a program whose
// integer semantics differ from the model's: integer-only operators are exact, and requantization
// differs from ONNX Runtime's float rounding by at most one in the last bit.
package onnx
