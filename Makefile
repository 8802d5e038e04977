# MatrixDesk — `make run` starts the app, `make test` runs every test.
# Both set up .venv from the pinned lock file first (Python 3.11+ is all they need).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/matrixdesk_zh_CN.ts
QM := $(TS:.ts=.qm)

.PHONY: run test reliability lint format translations lupdate installer benchmark lock clean

$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Long reliability runs (pytest marker `heavy`): the crash test with many kills, big hostile files.
reliability: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m heavy $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check core ui tests main.py
	$(BIN)/ruff format --check core ui tests main.py
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format core ui tests main.py
	$(BIN)/ruff check --fix core ui tests main.py

# Collect new strings from the code into the .ts source (then translate them in it).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'ui/*.py' 'core/*.py') -ts $(TS) -no-obsolete

benchmark: $(STAMP)
	$(BIN)/python -m pytest benchmarks -q

installer: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm installer/matrixdesk.spec

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev \
		-o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist $(QM)
