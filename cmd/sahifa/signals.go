package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// signalContext returns a context cancelled on SIGINT, SIGTERM or SIGHUP,
// and a function giving the exit status the signal calls for, as a shell
// reports a process it killed: 128 + the signal's number (130, 143, 129),
// or 0 when none came. stop releases the signals.
func signalContext(parent context.Context) (ctx context.Context, status func() int, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	got := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			code := 130
			if n, ok := s.(syscall.Signal); ok {
				code = 128 + int(n)
			}
			got <- code
			cancel()
		case <-done:
		}
	}()
	status = func() int {
		select {
		case c := <-got:
			got <- c
			return c
		default:
			return 0
		}
	}
	stop = func() {
		signal.Stop(ch)
		close(done)
		cancel()
	}
	return ctx, status, stop
}
