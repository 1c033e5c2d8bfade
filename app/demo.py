"""The demo conference shipped in resources/demo, for `make run` and for tests."""

from __future__ import annotations

from importlib import resources

from app import conferences
from app.conferences import ConferenceFile, parse_conference
from app.store import Store

DEMO_FILE = "konferens.toml"


def demo_description() -> ConferenceFile:
    import tomllib

    text = resources.files("resources.demo").joinpath(DEMO_FILE).read_text(encoding="utf-8")
    return parse_conference(tomllib.loads(text), source=f"resources/demo/{DEMO_FILE}")


def ensure_demo(store: Store) -> str:
    """The demo conference's id, loading it first if this workspace does not hold it yet."""
    description = demo_description()
    with store.transaction():  # one write lock for look and load: two processes starting make one
        for c in conferences.conferences(store):
            if c.title == description.conference["title"]:
                return c.id
        return conferences.create_conference(store, description)
