# The two commands of the README:
#   make run   - set up (virtual environment, install) and start the app on the demo store
#   make test  - set up, then the whole suite: pytest (GUI tests offscreen), ruff, mypy
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := demo/hrdoc-demo.db
# The demo store's passphrase (also in the README). Real stores get a passphrase of their own.
DEMO_PASSPHRASE := annefif-demo

.PHONY: run test install lint typecheck pytest demo clean translations qm dist dist-check

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "hrdoc needs Python 3.11 or newer; set PYTHON=python3.11 (or newer) and try again")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# The interface's translations: compiled from their sources (resources/translations/*.ts) into the package, where
# the app and the tests find them; a wheel's build compiles them the same way (setup.py). Build outputs, not in git.
TS := $(wildcard resources/translations/hrdoc_*.ts)
QM := $(patsubst resources/translations/%.ts,hrdoc/resources/translations/%.qm,$(TS))

hrdoc/resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# After changing a text of the interface: bring the .ts sources up to date with the code (PySide6's lupdate; see
# tools/translations.py), then translate what is new in each language and commit the .ts files.
translations: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/translations.py

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	HRDOC_PASSPHRASE=$(DEMO_PASSPHRASE) $(BIN)/hrdoc demo --db $(DEMO_DB)

demo: $(DEMO_DB)

# hrdoc's status 9 means it could not open a window and has said why (no display, missing X libraries): that
# explanation is where `make run` ends, without make's "Error" line after it.
run: $(STAMP) $(QM) $(DEMO_DB)
	@echo "Opening the demo store $(DEMO_DB); its passphrase is: $(DEMO_PASSPHRASE)"
	@$(BIN)/hrdoc --db $(DEMO_DB) || [ $$? -eq 9 ]

# The storage and service tests also run against a throwaway PostgreSQL server (Debian's `postgresql` package,
# started on 127.0.0.1 in a temporary folder); without its binaries the run stops and says how to install
# them. `make test HRDOC_TEST_POSTGRES=0` skips the PostgreSQL tests instead.
HRDOC_TEST_POSTGRES ?= 1
# The suite runs in parallel, one worker per core (pytest-xdist); each worker starts its own PostgreSQL server
# and keeps its Qt settings and stores in its own temporary folders. `make test PYTEST_WORKERS=0` runs it in one
# process.
PYTEST_WORKERS ?= auto

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen HRDOC_TEST_POSTGRES=$(HRDOC_TEST_POSTGRES) $(BIN)/python -m pytest -n $(PYTEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check hrdoc tests benchmarks tools
	$(BIN)/ruff format --check hrdoc tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

test: pytest lint typecheck

# The self-contained application (docs/packaging.md): PyInstaller, from a build environment of its own
# (.venv-dist) that takes hrdoc's dependencies from .venv (a path file, so nothing is downloaded twice), builds
# dist/hrdoc/ from packaging/hrdoc.spec and packs it as dist/hrdoc-VERSION-linux-x86_64.tar.gz. Not part of
# `make test`: `make dist-check` runs the built application as a person would (packaging/check_dist.py).
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' hrdoc/__init__.py)
DIST_VENV := .venv-dist
DIST_STAMP := $(DIST_VENV)/.installed-stamp
DIST_ARCHIVE := dist/hrdoc-$(VERSION)-linux-x86_64.tar.gz
PURELIB := import sysconfig; print(sysconfig.get_paths()["purelib"])

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/python -c '$(PURELIB)' > "$$($(DIST_VENV)/bin/python -c '$(PURELIB)')/hrdoc-deps.pth"
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) $(QM)
	rm -rf dist/hrdoc $(DIST_ARCHIVE)
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/hrdoc.spec
	tar -C dist --transform='flags=r;s|^hrdoc|hrdoc-$(VERSION)|' -czf $(DIST_ARCHIVE) hrdoc
	@echo "built $(DIST_ARCHIVE)"

dist-check: $(STAMP)
	$(BIN)/python packaging/check_dist.py $(DIST_ARCHIVE)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info $(QM)
