# HR Desk — make run (demo profile in the window), make test (ruff + pytest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYSIDE_LRELEASE := $(BIN)/pyside6-lrelease
PYSIDE_LUPDATE := $(BIN)/pyside6-lupdate
TS := src/hrdesk/resources/translations/hrdesk_vi.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint format bench dist translations check-system clean

run: $(VENV)/.run-installed
	@tools/check-system window
	$(BIN)/hrdesk demo

test: $(VENV)/.test-installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(VENV)/.test-installed
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

check-system:
	@PYTHON=$(PYTHON) tools/check-system core

$(VENV)/bin/python:
	@PYTHON=$(PYTHON) tools/check-system core
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.run-installed

# Vietnamese is the default language; .qm files are committed so an install needs no Qt tools.
translations: $(VENV)/.run-installed
	$(PYSIDE_LUPDATE) -no-obsolete -extensions py src/hrdesk/ui -ts $(TS)
	for ts in $(TS); do $(PYSIDE_LRELEASE) $$ts -qm $${ts%.ts}.qm; done

bench: $(VENV)/.test-installed
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info
