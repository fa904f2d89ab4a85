// Package gpu owns the NVML inventory, health and telemetry of the executor's NVIDIA GPUs,
// exported to operators as Prometheus metrics, and the matching of NVML devices to the
// OpenCL devices that run jobs, so that a metric names the same card as a job backend does.
package gpu
