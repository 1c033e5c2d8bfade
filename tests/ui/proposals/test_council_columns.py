"""The council's table at 150 % on a 1366×768 laptop (911×512) with a region's real names: its columns
were fitted to their contents and the proposal column took what was left, so a process's long theme
names and conference titles took two thirds of the width and each proposal wrapped two words a line;
a long compound in one proposal pushed the table sideways. The proposal, which the council reads, now
takes the width the others leave; they wrap. Swedish."""

from __future__ import annotations

from app import conferences, notes, prepare
from app.demo import ensure_demo
from ui import i18n
from ui.proposals import CouncilView

THEME = "Kompetensförsörjning & livslångt lärande i hela länet"
TITLE = "Rundabordssamtal om framtidens välfärdsförsörjning i glesbygdskommunerna – våren 2026"


def test_the_proposal_column_keeps_the_width_and_nothing_scrolls_sideways(qtbot, qapp, demo_workspace):
    i18n.install("sv", qapp)
    store = demo_workspace.store
    conference_id = ensure_demo(store)
    prepare.edit_conference(store, conference_id, title=TITLE)
    process_id = conferences.conference(store, conference_id).process_id
    prepare.add_theme(store, process_id, THEME)
    for table, text in (
        (1, "Läxhjälp på biblioteket för alla elever i årskurs sju till nio, även på loven"),
        (2, "Landsbygdsutvecklingsprogramsansvarigeskommunalrådsersättaren borde delta i rådet"),
        (3, "Fler mötesplatser för unga i centrum och i byarna"),
    ):
        notes.add_note(store, conference_id, table, 1, text, kind="proposal", themes=[THEME, "Unga"])
    view = CouncilView(demo_workspace)
    qtbot.addWidget(view)
    view.resize(911, 512)
    view.show()
    qtbot.waitExposed(view)
    view.status_combo.setCurrentIndex(view.status_combo.findText("Alla statusar"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    qtbot.wait(100)  # the columns are fitted on the event loop's next turns, as the rows are laid out
    header = view.table.horizontalHeader()
    sections = [header.sectionSize(c) for c in range(header.count())]
    room = view.table.viewport().width()
    assert sum(sections) <= room, (sections, room)  # no sideways scrolling
    assert not view.table.horizontalScrollBar().isVisible()
    assert sections[0] >= 0.35 * room, (sections, room)  # the proposals are what the council reads
    assert sections[0] == max(sections)
