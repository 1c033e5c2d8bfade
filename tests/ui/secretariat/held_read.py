"""A colleague's save that Review hears while its read of the rows is held at a gate: what the Review
tests need to make a click or a keystroke fall while that read runs, on real worker threads."""

from __future__ import annotations

import threading

from app import notes, review


def saved_with_the_read_held(qtbot, monkeypatch, window, note_id: str, text: str) -> threading.Event:
    """The note is saved with `text` elsewhere and `window` hears of it: Review reads its rows again, and
    that read waits until the returned gate is set (a minute at most)."""
    gate, asked = threading.Event(), threading.Event()
    real = review.matching_rowids

    def held_at_the_gate(*args, **kwargs):
        asked.set()
        gate.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(review, "matching_rowids", held_at_the_gate)
    notes.edit_note(window.context.store, note_id, text=text)  # a colleague's save...
    window.context.changed()  # ...heard: Review reads its rows again
    qtbot.waitUntil(asked.is_set)
    assert window.review_view.model.loading
    return gate
