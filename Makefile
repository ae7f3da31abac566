# Every target sets up what it needs: `make demo` or `make test` work alone on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SPEC   ?= openapi.yaml
OUT    ?= generated
STAMP  := $(VENV)/.installed

.PHONY: setup gen unasync check-gen sync-spec check-spec lint test demo clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

gen: setup
	$(BIN)/python scripts/gen.py --spec $(SPEC) --out $(OUT)

unasync: setup             ## write the wrapper's sync modules from their asyncio sources
	$(BIN)/python scripts/unasync.py

UPSTREAM ?= ../shared/openai-openapi/openapi.yaml

sync-spec: setup           ## rebuild openapi.yaml from an upstream spec, keeping our descriptions
	$(BIN)/python scripts/sync_spec.py --upstream $(UPSTREAM)

check-spec: setup          ## fail if openapi.yaml is not what sync-spec makes, or copies upstream prose
	$(BIN)/python scripts/sync_spec.py --upstream $(UPSTREAM) --check

check-gen: setup           ## fail if generated/ or a sync twin in wrapper/ is out of date
	$(BIN)/python scripts/gen.py --spec $(SPEC) --out $(OUT) --check
	$(BIN)/python scripts/unasync.py --check

lint: setup
	$(BIN)/ruff check wrapper tests scripts examples bench
	$(BIN)/ruff format --check wrapper tests scripts examples bench
	$(BIN)/mypy wrapper/oai

test: setup
	$(BIN)/python -m pytest

demo: setup
	$(BIN)/python examples/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Beyond `make test`: each target sets up what it needs and skips with a message where it cannot run.
.PHONY: test-upstream test-conformance soak bench bench-instructions bench-map

test-upstream: setup       ## the wrapper suite against a client generated from ../shared's public spec
	$(BIN)/python scripts/test_upstream.py

test-conformance: setup    ## the wrapper's requests validated by Prism serving the public spec
	$(BIN)/python scripts/conformance.py

soak: setup                ## 20,000 sync + 20,000 async requests with injected faults
	$(BIN)/python tests/soak/run_soak.py

bench: setup               ## oai vs raw httpx (vs openai when installed); QUICK=1 for a smoke run
	$(BIN)/python -m bench $(if $(QUICK),--quick,)
	$(BIN)/python -m bench --map $(if $(QUICK),--quick,)

bench-map: setup           ## client.map against FakeOpenAI(rate_limit=N) for N = 50 and 500
	$(BIN)/python -m bench --map $(if $(QUICK),--quick,)

bench-instructions: setup  ## the bench rows as instruction counts under callgrind: repeatable ratios
	$(BIN)/python -m bench --instructions
