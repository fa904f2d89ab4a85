package onnx

// Test-only exports for the external test package (models_test.go), which imports testmodels
// (itself an importer of this package).

type (
	ORTInput  = ortInput
	ORTRun    = ortRun
	ORTResult = ortResult
)

var (
	RunORT      = runORT
	RunORTLevel = runORTLevel
)
