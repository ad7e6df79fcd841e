# sayso: `make demo` and `make test` are the quick start (README); `.ci/run` calls `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sayso.db
PORT ?= 8000
SAMPLES := sayso/samples

.PHONY: install demo test bench model clean

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
	$(BIN)/sayso quotes --speaker Karaduman --db $(DB) --limit 6
	@echo
	$(BIN)/sayso entities --db $(DB) --kind PERSON --limit 8
	@echo
	$(BIN)/sayso entity Volkonsky --why --db $(DB)
	@echo
	$(BIN)/sayso serve --db $(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/api.py
	$(BIN)/python benchmarks/cleaning.py
	$(BIN)/python benchmarks/entities.py
	$(BIN)/python benchmarks/entity_speed.py
	$(BIN)/python benchmarks/nlp.py sayso/models/en_sayso_news

# Rebuild the bundled spaCy pipeline from ../shared/data (about 1.5 h on 2 cores; see training/README.md).
model: install
	$(BIN)/python -m pip install --quiet 'spacy-lookups-data>=1.0.5,<2' 'floret>=0.10,<1'
	$(MAKE) -C training model PY=$(abspath $(BIN)/python)
	$(BIN)/python training/bundle.py training/output/en_sayso_news

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
