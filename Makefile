# Two commands a newcomer needs: `make run` and `make test`. Both set everything up first.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
WORKSPACE ?= .workspace/demo
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# Debian packages the tests use: qpdf checks PDFs, poppler-utils renders them.
DEB_TOOLS := qpdf:qpdf pdftoppm:poppler-utils
# PyInstaller on Linux writes the executable with binutils' objcopy; the packaging tests register the .rbz
# MIME type with shared-mime-info and check the menu entry with desktop-file-utils.
DEB_TOOLS += objcopy:binutils update-mime-database:shared-mime-info desktop-file-validate:desktop-file-utils

.PHONY: run test bench lint package translations ts system-deps clean

$(STAMP): pyproject.toml
	@python3 -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "installing Debian package: python3-venv"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null; }
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# Written aside, then renamed over the old file: Qt maps a loaded .qm into memory, and a test run still
# reading the old one (while a merge of main rebuilt them) died of SIGBUS when it was rewritten in place.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.new
	mv -f $@.new $@

translations: $(QM_FILES)

# `make ts` refreshes each UI area's .ts from the sources after strings were added or changed; new strings come
# in marked unfinished for a translator. No line numbers are stored, so parallel work on one area merges cleanly.
LUPDATE := $(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete -target-language sv_SE
TS_COMMON := $(filter-out ui/sync_% ui/minutes_% ui/bundle_opener.py,$(wildcard ui/*.py))
ts: $(STAMP)
	$(LUPDATE) $(wildcard ui/chair/*.py) -ts resources/translations/chair_sv.ts
	$(LUPDATE) $(wildcard ui/secretariat/*.py) -ts resources/translations/secretariat_sv.ts
	$(LUPDATE) $(wildcard ui/proposals/*.py) -ts resources/translations/proposals_sv.ts
	$(LUPDATE) $(wildcard ui/sync_*.py) -ts resources/translations/sync_sv.ts
	$(LUPDATE) $(wildcard ui/minutes_*.py) -ts resources/translations/minutes_sv.ts
	$(LUPDATE) ui/bundle_opener.py -ts resources/translations/packaging_sv.ts
	$(LUPDATE) $(TS_COMMON) -ts resources/translations/common_sv.ts

# The PostgreSQL tests start a throwaway server from Debian's postgresql (its programs are not on PATH).
system-deps:
	@missing=""; for pair in $(DEB_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null || missing="$$missing $${pair##*:}"; done; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

run: $(STAMP) translations
	$(VENV)/bin/rundabord --workspace $(WORKSPACE) demo > /dev/null
	$(VENV)/bin/rundabord --workspace $(WORKSPACE)

# loadgroup: the tests of the frozen application (xdist_group "frozen") run on one worker, so while it builds
# the application the other workers go on with the rest instead of waiting for the build.
# Bytecode is kept even where the caller's environment sets PYTHONDONTWRITEBYTECODE: without it each worker
# and every Python subprocess a test starts compiles app/ and ui/ again, and pytest rewrites every test
# module's asserts again on each run (a worker's collection: about 20 s of CPU uncached, 14 s with app/ and
# ui/ compiled first, 6 s on a later run). __pycache__/ is ignored by git.
# Test modules and conftest.py files are loaded only as pytest rewrote them, never from compileall's files:
# tests/rewrite_ahead.py writes pytest's own cache of them once, over the cores, where each worker of a fresh
# clone rewrote every one of them (4.7 s of CPU per worker before its first test; 4.0 s once here).
test: $(STAMP) translations system-deps
	$(PY) -m compileall -q -j 2 -x '/(test_[^/]*|conftest)\.py$$' app ui bench tests
	PYTHONDONTWRITEBYTECODE= $(PY) tests/rewrite_ahead.py
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(VENV)/bin/pytest -q -n auto --dist loadgroup

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# The one-folder application in dist/rundabord (rebuilt only when sources or packages changed).
package: $(STAMP) translations system-deps
	packaging/build.sh

# ruff (style and errors), then the import contracts of pyproject.toml (the core never imports Qt or the
# face; the face never touches the store, its records, its clock or sqlite3 directly).
lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests bench packaging setup.py
	$(VENV)/bin/ruff format --check app ui tests bench packaging setup.py
	$(VENV)/bin/lint-imports --no-cache  # grimp's cache can serve a graph of other settings (1.7 s without it)

clean:
	rm -rf $(VENV) .workspace build dist resources/translations/*.qm
