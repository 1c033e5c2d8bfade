"""Collect in Swedish: two unknown keys asking for one table flag each other before either is trusted,
so the secretary does not trust the impostor first and find the real chair flagged afterwards."""

from __future__ import annotations

from .conftest import open_in_swedish
from .test_impostor_flags import _cell, _laptop_bundle


def test_two_unknown_keys_for_one_table_are_flagged_in_the_list(
    qtbot, qapp, secretariat, afternoon, sync_ops, tmp_path
):
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1366, 768))
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    first = _laptop_bundle(afternoon, tmp_path, "greta", "Greta Lind", 40)
    second = _laptop_bundle(afternoon, tmp_path, "greta2", "Greta Lindh", 40)
    other = _laptop_bundle(afternoon, tmp_path, "olle", "Olle Ström", 39)
    collect.add_paths([first, second, other])
    keys = {e.name: e.key_id for e in collect.inbox.entries}

    def is_(name):
        return lambda e: e.name == f"{name}.rbz"

    said = _cell(collect, is_("greta"), 6)
    assert said.startswith(
        f"⚠ Varning: en annan okänd nyckel ({keys['greta2.rbz']}, Greta Lindh) ber också om bord 40."
        " Jämför fingeravtrycken med ordföranden innan du litar på någon av dem."
    )
    assert f"({keys['greta.rbz']}, Greta Lind) ber också om bord 40" in _cell(collect, is_("greta2"), 6)
    assert "okänd nyckel" not in _cell(collect, is_("olle"), 6)
