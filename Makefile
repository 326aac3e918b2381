# Targets wrap plain go commands. `make test` is what CI runs.
GO        ?= go
BIN       ?= bin/sahifa
FUZZTIME  ?= 60s
STATICCHECK_VERSION ?= v0.8.2

.PHONY: build test lint test-beam lint-beam man fuzz bench bench-normalize bench-archive golden screenshots clean

build:
	$(GO) build -o $(BIN) ./cmd/sahifa

# -race needs cgo and a C compiler; without them the tests run without it,
# and the target says so.
test:
	$(GO) vet ./...
	@if [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v "$$($(GO) env CC)" >/dev/null 2>&1; then \
	  echo "$(GO) test -race ./..."; $(GO) test -race ./...; \
	else \
	  echo "make test: no cgo or no C compiler ($$($(GO) env CC)): running the tests without -race"; \
	  $(GO) test ./...; \
	fi

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

# The Beam pipeline is a nested module (cmd/sahifa-beam) with its own
# go.mod, so that the CLI does not carry Beam; its tests run on Prism.
test-beam:
	cd cmd/sahifa-beam && $(GO) vet ./... && $(GO) test ./...

lint-beam:
	@out=$$(gofmt -l cmd/sahifa-beam); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	cd cmd/sahifa-beam && $(GO) vet ./... && $(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

# Runs every fuzz target for FUZZTIME each (make fuzz FUZZTIME=60s); new
# inputs are minimized for at most 5s so that the time goes to fuzzing.
# A package that does not compile fails the target.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  targets=$$($(GO) test -list '^Fuzz' $$pkg) || { echo "$$targets"; exit 1; }; \
	  for t in $$(echo "$$targets" | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s $$pkg; \
	  done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Side by side with ICU's uconv on a 50 MB file (needs uconv: icu-devtools).
bench-normalize: build
	./scripts/bench-normalize.sh

# Both bench archives against tar -xzOf (skipped without ../shared/bench).
bench-archive: build
	./scripts/bench-archive.sh

# Screenshots of the seed's article page and review page (and of the
# pages of INPUTS="a.txt b.trec") in SCREENSHOTS, taken by the headless
# browser of the page tests.
SCREENSHOTS ?= screenshots
screenshots:
	SAHIFA_SCREENSHOTS=$(abspath $(SCREENSHOTS)) SAHIFA_SCREENSHOT_INPUTS="$(abspath $(INPUTS))" \
	  $(GO) test -count=1 -run '^TestBrowser' -v ./extract/internal/pagecheck | grep -E 'screenshot:|SKIP|FAIL|^ok'

# The manual pages, generated from the commands, in MANDIR.
MANDIR ?= bin/man
man:
	$(GO) run ./cmd/sahifa man $(MANDIR)

golden:
	$(GO) test ./extract/encode ./cmd/sahifa -update

clean:
	rm -rf bin
