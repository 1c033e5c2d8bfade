"""The secretariat's window on a store shared on PostgreSQL: another secretary's changes show within a
second, and saving a note she changed meanwhile keeps her text as a conflict (never overwritten)."""

from __future__ import annotations

import pytest

from app import conferences, conflicts, demo, notes
from app.workspace import Workspace
from ui.secretariat.notes_model import COL_TEXT
from ui.secretariat.window import SecretariatWindow


@pytest.fixture
def two_secretaries(pg_dsn, tmp_path):
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    conference_id = demo.ensure_demo(anna.store)
    notes.add_note(anna.store, conference_id, 1, 1, "Fler bussturer på landsbygden")
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    yield anna, britt, conference_id
    britt.close()
    anna.close()


@pytest.fixture
def review(qtbot, two_secretaries, sync_ops):
    anna, _britt, conference_id = two_secretaries
    window = SecretariatWindow(anna)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.choose_conference(conference_id)
    window.tabs.setCurrentWidget(window.review_view)
    yield window.review_view
    window.close()


def _texts(view) -> list[str]:
    return [view.model.note_at(r).text for r in range(view.model.rowCount())]


def test_another_secretarys_note_shows_within_a_second(qtbot, review, two_secretaries):
    _anna, britt, conference_id = two_secretaries
    qtbot.waitUntil(lambda: _texts(review) == ["Fler bussturer på landsbygden"], timeout=3000)
    notes.add_note(britt.store, conference_id, 2, 1, "Britt: en mötesplats för unga i Åsele")
    qtbot.waitUntil(lambda: "Britt: en mötesplats för unga i Åsele" in _texts(review), timeout=1000)


def test_saving_a_note_she_changed_meanwhile_keeps_hers_as_a_conflict(qtbot, review, two_secretaries, boxes):
    anna, britt, conference_id = two_secretaries
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=3000)
    shown = review.model.note_at(0)
    notes.edit_note(britt.store, shown.id, text="Britts rättelse: bussturer även helger")
    # Anna's window still shows the text as it was when she started to type.
    review.model.on_text_edited(shown, "Annas rättelse: bussturer på kvällar")
    qtbot.waitUntil(lambda: boxes.information.called, timeout=2000)
    assert notes.note(anna.store, shown.id).text == "Annas rättelse: bussturer på kvällar"
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    assert conflict.theirs == "Britts rättelse: bussturer även helger"
    index = review.model.index(0, COL_TEXT)
    assert index.isValid()
    assert conferences.conference(anna.store, conference_id).title
