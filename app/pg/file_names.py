"""The names of a workspace's PostgreSQL files, apart from the modules that read them: the workspace
looks for them on every start, and a chair's start should not load those modules for two names."""

from __future__ import annotations

CONFIG_NAME = "postgresql.json"  # where the shared store is (app/pg/settings.py)
PERSONAL_FILE = "personal.json"  # one secretary's own settings beside it (app/pg/personal.py)
