# Two commands do all the set-up:  `make run` (the app)  and  `make test` (the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint build self-test bench clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "journal_app needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/journal-app

lint: $(STAMP)
	$(BIN)/ruff check journal_app tests bench packaging
	$(BIN)/ruff format --check journal_app tests bench packaging
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The standalone one-folder app in dist/notebook/ (see build.spec for Windows and macOS).
build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

# Runs the built executable's end-to-end self-test (no display needed).
# On macOS the app is dist/Notebook.app; its executable is inside the bundle.
APP_EXE := $(if $(filter Darwin,$(shell uname -s)),dist/Notebook.app/Contents/MacOS/notebook,dist/notebook/notebook)
self-test: build
	QT_QPA_PLATFORM=offscreen $(APP_EXE) --self-test

# Benchmarks (not tests; they assert nothing). Options: make bench BENCH_ARGS='--size large --out docs/benchmarks.md'
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# Collects the GUI's texts into resources/translations/*.ts (keeping every translation made)
# and compiles them to the .qm files the app loads. Translate the .ts files with Qt Linguist.
TS := resources/translations/journal_es.ts resources/translations/journal_pt_BR.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none journal_app/ui/*.py -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
