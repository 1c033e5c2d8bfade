"""The demo conference shipped in resources/demo, for `make run` and for tests."""

from __future__ import annotations

from importlib import resources

from app import conferences
from app.conferences import ConferenceFile, parse_conference
from app.store import Store

DEMO_FILE = "konferens.toml"


def _demo_text() -> str:
    return resources.files("resources.demo").joinpath(DEMO_FILE).read_text(encoding="utf-8")


def example_text() -> str:
    """The demo description as a secretary's starting point (`rundabord conference example`): its
    opening comment, which speaks of the repository's copy, becomes one about editing this file."""
    body = _demo_text().split("\n\n", 1)[1]
    # The demo is a conference already held; a new one starts with no reported participant counts
    return _EXAMPLE_HEAD + "".join(
        line for line in body.splitlines(keepends=True) if not line.startswith("participants =")
    )


_EXAMPLE_HEAD = """\
# An example conference: change the process, the conference, its questions and tables to your own,
# then load it with `rundabord conference create FILE.toml`. Dates are YYYY-MM-DD; round_minutes is the
# round timer of a question; a table's chair is optional. Each table's participants are counted by its
# chair on the day (the table facts), not written here.

"""


def demo_description() -> ConferenceFile:
    import tomllib

    text = _demo_text()
    return parse_conference(tomllib.loads(text), source=f"resources/demo/{DEMO_FILE}")


def ensure_demo(store: Store) -> str:
    """The demo conference's id, loading it first if this workspace does not hold it yet."""
    description = demo_description()
    with store.transaction():  # one write lock for look and load: two processes starting make one
        for c in conferences.conferences(store):
            if c.title == description.conference["title"]:
                return c.id
        return conferences.create_conference(store, description)
