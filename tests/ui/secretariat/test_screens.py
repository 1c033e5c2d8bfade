"""Every view after a real merge, in Swedish and English: the translation is loaded and used on real
widgets, and each view is grabbed to a PNG (kept under $RUNDABORD_SCREENS when set, to look at)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui import i18n
from ui.secretariat.window import SecretariatWindow


def _not_blank(path: Path) -> bool:
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
    return image.width() > 600 and len(colours) > 8


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_view_in_both_languages(qtbot, qapp, secretariat, afternoon, sync_ops, tmp_path, language):
    loaded = i18n.install(language, qapp)
    if language == "sv":
        assert any(name.endswith("secretariat_sv.qm") for name in loaded), "run `make translations` first"
    window = SecretariatWindow(secretariat)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.choose_conference(afternoon.conference_id)
    window.collect_view.add_paths([str(afternoon.stick), str(afternoon.second_folder)])
    operation = window.merge_view.merge()
    qtbot.waitUntil(lambda: not operation.is_running)
    window.prepare_view.key_panel.refresh()

    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    if language == "sv":
        assert titles[:5] == ["Förbered", "Samla in", "Slå samman", "Vilka har rapporterat", "Granska"]
        assert window.overview_view.reported_count() == (39, 40)
        assert window.overview_view.summary.text().startswith("39 av 40 bord har rapporterat")
        assert window.collect_view.trust_button.text() == "Lita på som &ordförande…"
        assert window.review_view.kind_combo.itemText(2) == "Förslag"
    else:
        assert titles[:5] == ["Prepare", "Collect", "Merge", "Who has reported", "Review"]

    out = Path(os.environ.get("RUNDABORD_SCREENS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    review = window.review_view
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is window.collect_view:
            window.collect_view.select_entry(lambda e: e.state == "unknown-key")
        qapp.processEvents()
        path = out / f"secretariat-{index}-{language}.png"
        assert window.grab().save(str(path))
        assert _not_blank(path), path
    window.tabs.setCurrentWidget(review)
    review.inner_tabs.setCurrentWidget(review.conflicts_panel)
    qapp.processEvents()
    path = out / f"secretariat-conflicts-{language}.png"
    window.grab().save(str(path))
    assert _not_blank(path)
    review.inner_tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.collect_view)
    window.collect_view.trust_button.click()
    from ui.secretariat.trust_dialog import TrustKeyDialog

    dialog = window.collect_view.findChild(TrustKeyDialog)
    qapp.processEvents()
    dialog.grab().save(str(out / f"secretariat-trust-{language}.png"))
    dialog.reject()
    if out != tmp_path:
        shutil.rmtree(tmp_path, ignore_errors=True)
