# sayso: `make demo` and `make test` are the quick start (README); `.ci/run` calls `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sayso.db
PORT ?= 8000
SAMPLES := sayso/samples

.PHONY: install demo test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/sayso ingest $(SAMPLES)/articles --outlets $(SAMPLES)/outlets.csv --db $(DB)
	@echo
	$(BIN)/sayso stats --db $(DB)
	@echo
	$(BIN)/sayso articles --db $(DB) --limit 8
	@echo
	$(BIN)/sayso search "ceasefire monitoring" --db $(DB) --limit 3
	@echo
	$(BIN)/sayso search "al-Haddad OR el-Hadad OR al-Hadad" --db $(DB) --limit 3
	@echo
	$(BIN)/sayso serve --db $(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/api.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
