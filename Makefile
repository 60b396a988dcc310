# Two entry points: `make brief` and `make test`. Both create .venv and install first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLES := samples

.PHONY: install brief test lint format train clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

brief: install
	$(BIN)/briefing build $(SAMPLES) --title "Sample briefing" --date 2026-03-03 --format md,html,json --out out --name sample

# The email check (caniemail data) needs Node; without Node its test skips, except in CI.
EMAIL_LINT := tests/email_lint

test: lint
	if command -v npm >/dev/null; then npm ci --prefix $(EMAIL_LINT) --no-audit --no-fund --silent; fi
	$(BIN)/python -m pytest

# ruff, and the layers contract in pyproject.toml ([tool.importlinter]).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Retrain the default ranker on the shared dev files into out/ (the shipped weights are
# briefing/summary/ranker_weights.json; `briefing train --replace-shipped` replaces them).
EVAL := ../shared/eval
train: install
	$(BIN)/briefing train --data $(EVAL)/cnndm_test.dev.jsonl $(EVAL)/bbc_news_summary.dev.jsonl \
		--out out/ranker_weights.json --folds 4

clean:
	rm -rf $(VENV) out dist build
