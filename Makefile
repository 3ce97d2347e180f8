# Two commands for a fresh machine: `make demo` (set up, then code the bundled sample corpus into
# demo.db and show what came out) and `make test` (set up, then run the whole test suite).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test setup eval bench clean relation-model acled-model

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[api,test,pandas,scale]'
	touch $@

demo: setup
	$(BIN)/newsevents ingest samples/corpus --db demo.db
	$(BIN)/newsevents events --db demo.db --limit 25
	$(BIN)/newsevents incidents --db demo.db --min-sources 2

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/python eval/geocode.py
	$(BIN)/python eval/time.py
	$(BIN)/python eval/events.py
	$(BIN)/python eval/relations.py
	$(BIN)/python eval/incidents.py

# retrain the learned relation back-off (src/newsevents/data/relation_model/) on eval/data's tuning sets
relation-model: setup
	$(BIN)/python eval/relations_learned.py --train

# retrain the learned ACLED sub-type check (src/newsevents/data/acled_model/) on eval/data's written snippet sets
acled-model: setup
	$(BIN)/python train/train_acled_model.py

bench: setup
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
