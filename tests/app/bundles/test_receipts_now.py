"""A report's held bundle, read later: merged once its key is trusted, deleted once it is rejected."""

from __future__ import annotations

from app.bundles import admission, import_files, quarantine
from app.bundles.importer import IMPORTED, QUARANTINED
from app.bundles.receipts_now import DROPPED, as_now

from .test_trust_clashes import laptop


def test_a_held_receipt_reads_as_merged_after_trust_and_others_stay_as_they_were(
    world, secretariat, tmp_path
):
    paths = [laptop(world, tmp_path, f"bord{n}", name, n) for n, name in ((4, "Bo Ek"), (5, "Cecilia Ås"))]
    receipts = import_files(secretariat, paths)
    assert [r.status for r in receipts] == [QUARANTINED] * 2
    assert as_now(secretariat.store, receipts) == receipts  # nothing decided yet
    bo = next(h for h in quarantine.held(secretariat.store) if h.signer_name == "Bo Ek")
    admission.accept(secretariat, bo.key_id, name="Bo Ek, Ånge")

    merged, held = as_now(secretariat.store, receipts)
    assert merged.status == IMPORTED and merged.counts["new"] >= 1 and merged.signer_name == "Bo Ek, Ånge"
    assert merged.flags[0].code == "merged-after-hold"
    assert held == receipts[1]

    quarantine.reject(secretariat, receipts[1].key_id)
    _merged, dropped = as_now(secretariat.store, receipts)
    assert dropped.status == DROPPED and dropped.why.code == "dropped-after-hold"
    assert dropped.why.english() == "held in quarantine, then deleted: the key was rejected"
