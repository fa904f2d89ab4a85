package program

// Test-only exports for the external tests (fuzz targets that seed from package examples,
// which imports this package).
var SpecSteps = specSteps
