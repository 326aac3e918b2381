//go:build !unix

package batch

// processAlive says whether process pid runs; without a cheap way to
// ask, every process is taken to run, and no temporary is removed.
func processAlive(pid int) bool { return true }
