"""A chair's laptop takes what every secretary of the team signs, not only the one whose pack it opened.

Anna and Britt share one PostgreSQL store, each with her own key, each trusting the other's as the
secretariat. The chair opened Anna's pack; Britt records a decision and sends the follow-up: the chair's
laptop takes it, because Anna's pack named Britt. A stranger's pack for the conference is still refused,
and a secretary the team no longer trusts is refused once the next pack says so.
"""

from __future__ import annotations

from app import demo, notes
from app.bundles import export_pack, export_table, import_files
from app.bundles import trust as trust_list
from app.bundles.identity import create_identity
from app.proposals.catalogue import list_proposals, set_status
from app.proposals.exchange import export_followup
from app.workspace import Workspace


def _statuses(receipts) -> list[str]:
    return [r.status for r in receipts]


def test_the_chair_takes_britts_follow_up_after_opening_annas_pack(pg_dsn, tmp_path) -> None:
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    anna_key = create_identity(anna, "Anna Lind")
    britt_key = create_identity(britt, "Britt Ek")
    trust_list.add(anna.store, britt_key.public_key, "Britt Ek", "secretariat")  # as the README says
    trust_list.add(britt.store, anna_key.public_key, "Anna Lind", "secretariat")
    conference = demo.ensure_demo(anna.store)
    export_pack(anna, conference, tmp_path / "pack.rbz")

    chair = Workspace.create(tmp_path / "chair")
    [opened] = import_files(chair, [tmp_path / "pack.rbz"])
    assert opened.status == "imported"
    assert any(f.code == "secretariat-team-named" and "Britt Ek" in f.english() for f in opened.flags)
    chair_key = create_identity(chair, "Cecilia Ordf")
    proposal = notes.add_note(chair.store, conference, 1, 1, "Fler bussturer på kvällarna", kind="proposal")
    export_table(chair, conference, 1, tmp_path / "t1.rbz")
    trust_list.add(britt.store, chair_key.public_key, "Cecilia Ordf", "chair", conference, 1)
    assert _statuses(import_files(britt, [tmp_path / "t1.rbz"])) == ["imported"]

    # (decided_by left empty: one defaulting to the computer's login stays at the secretariat,
    # app/proposals/to_chairs.py)
    set_status(britt.store, proposal, "selected", decided_by="")
    export_followup(britt, conference, tmp_path / "britts-follow-up.rbz", table=1)
    [followed] = import_files(chair, [tmp_path / "britts-follow-up.rbz"])
    assert followed.status == "imported", followed.reason
    assert [p.status for p in list_proposals(chair.store, conference)] == ["selected"]

    # A key the team does not trust gets nowhere with a pack for the conference.
    stranger = Workspace.create(tmp_path / "stranger", "secretariat")
    create_identity(stranger, "Okänd Person")
    trust_list.add(stranger.store, anna_key.public_key, "Anna Lind", "secretariat")  # she got Anna's pack
    assert _statuses(import_files(stranger, [tmp_path / "pack.rbz"])) == ["imported"]
    export_pack(stranger, conference, tmp_path / "strangers.rbz")
    [strangers] = import_files(chair, [tmp_path / "strangers.rbz"])
    assert strangers.status == "refused" and "opened from a pack signed by Anna Lind" in strangers.reason

    # Britt leaves the team: Anna's next pack no longer names her, and her follow-ups are refused.
    trust_list.remove(anna.store, britt_key.key_id)
    export_pack(anna, conference, tmp_path / "pack2.rbz")
    assert _statuses(import_files(chair, [tmp_path / "pack2.rbz"])) == ["imported"]
    set_status(britt.store, proposal, "in-progress", decided_by="")
    export_followup(britt, conference, tmp_path / "britts-late.rbz", table=1)
    [late] = import_files(chair, [tmp_path / "britts-late.rbz"])
    assert late.status == "refused"
    assert [p.status for p in list_proposals(chair.store, conference)] == ["selected"]
    for workspace in (anna, britt, chair, stranger):
        workspace.close()


def test_a_returning_chair_syncs_next_conferences_pack_that_britt_signed(pg_dsn, tmp_path) -> None:
    from app.bundles.trust import pin_for
    from app.sync import settings as sync_settings
    from tests.sync_fixtures import sync_once
    from tests.two_secretaries import autumn_conference

    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    create_identity(anna, "Anna Lind")
    britt_key = create_identity(britt, "Britt Ek")
    trust_list.add(anna.store, britt_key.public_key, "Britt Ek", "secretariat")
    spring = demo.ensure_demo(anna.store)
    export_pack(anna, spring, tmp_path / "spring.rbz")
    chair = Workspace.create(tmp_path / "chair")
    assert _statuses(import_files(chair, [tmp_path / "spring.rbz"])) == ["imported"]

    # Britt prepares the autumn conference and sends its pack by sync; the chair syncs.
    (tmp_path / "share").mkdir()
    for workspace in (britt, chair):
        sync_settings.configure(workspace.store, str(tmp_path / "share"))
    autumn = autumn_conference(britt.store)
    export_pack(britt, autumn, None)
    assert sync_once(britt).pushed
    report = sync_once(chair)
    assert [(p.conference_id, p.outcome) for p in report.pulled if p.conference_id == autumn] == [
        (autumn, "imported")
    ]
    assert pin_for(chair.store, autumn).key_id == britt_key.key_id
    for workspace in (anna, britt, chair):
        workspace.close()
