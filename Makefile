# accord: make demo (set up + run the main job on the bundled sample), make test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: setup
	$(BIN)/python -m accord.demo

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/run.py

eval: setup
	$(BIN)/accord eval --json-out eval-results.json

clean:
	rm -rf $(VENV) accord.duckdb demo-out
