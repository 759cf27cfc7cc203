# HR Desk — make run (demo profile in the window), make test (ruff + pytest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYSIDE_LRELEASE := $(BIN)/pyside6-lrelease
PYSIDE_LUPDATE := $(BIN)/pyside6-lupdate
TS := resources/translations/hrdesk_vi.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint format bench dist translations check-system clean screenshots

run: $(VENV)/.run-installed
	@tools/check-system window
	$(BIN)/hrdesk demo

test: $(VENV)/.test-installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
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
	$(BIN)/pip install --quiet -e '.[test,central]'
	@touch $@ $(VENV)/.run-installed

# Vietnamese is the default language; .qm files are committed so an install needs no Qt tools.
translations: $(VENV)/.run-installed
	$(PYSIDE_LUPDATE) -no-obsolete -extensions py src/hrdesk/ui -ts $(TS)
	for ts in $(TS); do $(PYSIDE_LRELEASE) $$ts -qm $${ts%.ts}.qm; done

# The one-folder bundle (PyInstaller, installer/hrdesk.spec) and a .tar.gz of it, checked by
# running the frozen program (installer/check-bundle.sh). Windows: .github/workflows/build.yml.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/hrdesk/__init__.py)
DIST_TAR = dist/hrdesk-$(VERSION)-linux-$(shell uname -m).tar.gz

$(VENV)/.build-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[build]'
	@touch $@ $(VENV)/.run-installed

dist: $(VENV)/.build-installed
	rm -rf dist/hrdesk $(DIST_TAR)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/hrdesk.spec
	installer/check-bundle.sh dist/hrdesk
	tar -C dist -czf $(DIST_TAR) hrdesk
	@echo "bundle: $$(du -sh dist/hrdesk | cut -f1) in dist/hrdesk; archive: $$(du -h $(DIST_TAR) | cut -f1) $(DIST_TAR)"

# Every workspace and dialog on a 1024×600 screen and on 1366×768 at 125 %, under Xvfb,
# as PNG files to look at; sizes.txt in each folder names any window larger than its screen.
SHOTS ?= screenshots
screenshots: $(VENV)/.run-installed
	@command -v xvfb-run >/dev/null && command -v xauth >/dev/null || \
		{ echo "make screenshots needs: sudo apt-get install xvfb xauth" >&2; exit 1; }
	@DISPLAY=xvfb tools/check-system window
	xvfb-run -a -s "-screen 0 1024x600x24" $(BIN)/python tools/screenshots.py --out $(SHOTS)/1024x600
	QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" \
		$(BIN)/python tools/screenshots.py --out $(SHOTS)/1366x768-125

bench: $(VENV)/.test-installed
	$(BIN)/python bench/run.py

# The reliability harness (issue 18): writes bench/results/reliability.md. RUNS=200 by default.
# Then the fuzzing of every hostile input, FUZZ_RUNS per target (its own section of the file).
.PHONY: torture
torture: $(VENV)/.test-installed
	$(BIN)/python -m bench.torture --runs $(or $(RUNS),200)
	$(BIN)/python -m bench.fuzz --runs $(or $(FUZZ_RUNS),2000)

clean:
	rm -rf $(VENV) build dist *.egg-info
