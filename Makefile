# Every target sets up what it needs: `make demo` or `make test` work alone on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SPEC   ?= openapi.yaml
OUT    ?= generated
STAMP  := $(VENV)/.installed

.PHONY: setup gen check-gen lint test demo clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

gen: setup
	$(BIN)/python scripts/gen.py --spec $(SPEC) --out $(OUT)

check-gen: setup
	$(BIN)/python scripts/gen.py --spec $(SPEC) --out $(OUT) --check

lint: setup
	$(BIN)/ruff check wrapper tests scripts examples
	$(BIN)/ruff format --check wrapper tests scripts examples
	$(BIN)/mypy wrapper/oai

test: setup
	$(BIN)/python -m pytest

demo: setup
	$(BIN)/python examples/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
