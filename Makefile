# Two commands for users: `make run` and `make test`. Each builds .venv from pyproject.toml first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The generator's post hooks call `ruff` by name: the pinned one in .venv must come first.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: run test test-fast generate check-generated check-vendor lint typecheck pytest venv lock clean \
	node lint-spec docs screenshot check-breaking typecheck-ts ts-build bench

# Node tools (package.json + package-lock.json, `npm ci`): no usage reports, no update checks.
NPM_BIN    := node_modules/.bin
NODE_STAMP := node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
TS         := clients/typescript
TS_TYPES   := $(TS)/src/openapi.ts
TS_SITE    := $(TS)/build
DOCS       := build/docs/index.html
BASE       ?= HEAD

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

$(NODE_STAMP): package.json package-lock.json $(TS)/package.json .npmrc
	npm ci
	touch $@

node: $(NODE_STAMP)

## run: the main job, a conformance run of openapi.yaml against the embedded mock
run: venv
	$(BIN)/iotconnect conformance --report reports/conformance.xml

## test: every gate CI runs
test: check-generated check-vendor lint typecheck lint-spec typecheck-ts pytest

## test-fast: the edit loop: lint, types and the tests not marked slow (no servers or processes)
test-fast: lint typecheck
	$(BIN)/pytest -m "not slow"

## generate: rewrite generated/iotconnect_client from openapi.yaml
generate: venv
	$(BIN)/python scripts/generate.py write

## check-generated: fail with a diff when generated/ is not what openapi.yaml produces
check-generated: venv
	$(BIN)/python scripts/generate.py check

## check-vendor: fail when openapi.yaml differs from the vendor's Swagger (spec/iotconnect_spec/vendor/)
## in a way vendor/allowed.toml does not explain, or when an allowed difference no longer exists
check-vendor: venv
	@mkdir -p reports
	@$(BIN)/iotconnect spec vendor-diff --spec openapi.yaml --strict > reports/vendor-diff.txt; \
		status=$$?; grep -v '^allowed' reports/vendor-diff.txt; exit $$status

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

# The workflow tests run the built docs, the compiled TypeScript and the Node tools.
pytest: venv node docs ts-build
	$(BIN)/pytest

## lint-spec: openapi-spec-validator, Redocly (redocly.yaml) and Spectral (.spectral.yaml); fails on an error
lint-spec: venv node
	$(BIN)/openapi-spec-validator openapi.yaml
	$(NPM_BIN)/redocly lint openapi.yaml
	$(NPM_BIN)/spectral lint --fail-severity=error openapi.yaml

## docs: the API reference as one self-contained HTML page, build/docs/index.html
docs: $(DOCS)

$(DOCS): openapi.yaml redocly.yaml scripts/inline_redoc.py $(NODE_STAMP) $(VENV)/.installed
	$(NPM_BIN)/redocly build-docs openapi.yaml --disableGoogleFont --output $@
	$(BIN)/python scripts/inline_redoc.py $@

## screenshot: docs/reference.png, the picture of the reference page in the README
screenshot: docs node
	node tools/browser.mjs docs $(DOCS) --screenshot docs/reference.png --at tag/device/operation/createDevice

## check-breaking: fail when openapi.yaml breaks clients of its version at BASE (a git ref, default HEAD)
check-breaking: venv node
	$(BIN)/python scripts/check_breaking.py --base $(BASE)

$(TS_TYPES): openapi.yaml $(NODE_STAMP)
	$(NPM_BIN)/openapi-typescript openapi.yaml --output $@

## typecheck-ts: tsc on the TypeScript client, typed from openapi.yaml by openapi-typescript; the
## build is the check (noEmitOnError: a type error fails it and writes nothing), so tsc runs once
typecheck-ts: ts-build

## ts-build: the TypeScript client and its page compiled into clients/typescript/build (a static site)
ts-build: $(TS_SITE)/.built

$(TS_SITE)/.built: $(TS_TYPES) $(wildcard $(TS)/src/*.ts) $(TS)/tsconfig.json $(TS)/web/index.html
	$(NPM_BIN)/tsc -p $(TS)
	mkdir -p $(TS_SITE)/vendor
	cp $(TS)/web/index.html $(TS_SITE)/
	cp node_modules/openapi-fetch/dist/index.mjs $(TS_SITE)/vendor/openapi-fetch.mjs
	touch $@

# Prism, for the mock's comparison, is a Node tool of the benchmarks only (benchmarks/package.json
# and its lockfile), so `make test` and CI never install it.
BENCH_NODE := benchmarks/node_modules/.installed

$(BENCH_NODE): benchmarks/package.json benchmarks/package-lock.json
	npm ci --prefix benchmarks --ignore-scripts --no-audit --no-fund
	touch $@

## bench: every benchmark, one table and benchmarks/results.json (ratios to baselines of the same
## run, never pass/fail). wrk comes from apt-get where it can be installed; else an httpx loop.
## BENCH_ARGS=--quick: fewer and shorter rounds.
bench: venv $(BENCH_NODE)
	@command -v wrk >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] \
		|| (apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)) \
		|| echo "bench: no wrk; mock_throughput falls back to its httpx loop"
	$(BIN)/python benchmarks/bench.py --prism-dir benchmarks $(BENCH_ARGS)

## lock: re-resolve pyproject.toml's dependencies in a scratch venv and rewrite constraints.txt
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	{ head -n 2 constraints.txt; .lock-venv/bin/python -m pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) reports .pytest_cache .mypy_cache .ruff_cache node_modules benchmarks/node_modules build $(TS_SITE) $(TS_TYPES)
