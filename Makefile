# Two commands for users: `make run` and `make test`. Each builds .venv from pyproject.toml first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The generator's post hooks call `ruff` by name: the pinned one in .venv must come first.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: run test generate check-generated lint typecheck pytest venv lock clean

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

## run: the main job, a conformance run of openapi.yaml against the embedded mock
run: venv
	$(BIN)/iotconnect conformance --report reports/conformance.xml

## test: every gate CI runs
test: check-generated lint typecheck pytest

## generate: rewrite generated/iotconnect_client from openapi.yaml
generate: venv
	$(BIN)/python scripts/generate.py write

## check-generated: fail with a diff when generated/ is not what openapi.yaml produces
check-generated: venv
	$(BIN)/python scripts/generate.py check

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

pytest: venv
	$(BIN)/pytest

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
	rm -rf $(VENV) reports .pytest_cache .mypy_cache .ruff_cache
