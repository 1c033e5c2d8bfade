"""The packs' `secretariat_origins` (format.py, app/bundles/team_origins.py): read and kept by this
release, written only into a pack that names `requires` (a colleague's follow-up carrying an "omit"),
since every Rundabord before it refuses a pack carrying it (the newest one released before it is run
here through `git archive`)."""

from __future__ import annotations

import json
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from app import conferences, notes
from app.bundles import export_pack, import_files, team_origins
from app.bundles import trust as trust_list
from app.bundles.format import KIND_TABLE, MANIFEST, RECORDS, BundleError
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.reader import read_bundle
from app.bundles.trust import CHAIR, SECRETARIAT, Grant, TrustStatus
from app.bundles.writer import assemble
from app.demo import demo_description
from app.privacy import review
from app.proposals import exchange
from app.workspace import Workspace
from tests.app.bundles.old_rundabord import OldRundabord

# The newest Rundabord released before this one reads the field (5 December, afternoon)
BEFORE_TEAM_ORIGINS = "7372594"
OTHER = "0123456789abcdef"  # a workspace origin the pack names beside the signing store's own


@pytest.fixture
def kansli(tmp_path: Path):
    with closing(Workspace.create(tmp_path / "kansli", "secretariat")) as workspace:
        create_identity(workspace, "Kansliet")
        conferences.create_conference(workspace.store, demo_description())
        yield workspace


def _conference(workspace: Workspace) -> str:
    [conference] = conferences.conferences(workspace.store)
    return conference.id


def _members(path: Path) -> tuple[dict, bytes]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(MANIFEST)), z.read(RECORDS)


def _signed(workspace: Workspace, manifest: dict, data: bytes) -> bytes:
    return assemble(load_signing_key(workspace), manifest, data)[0]


def test_no_pack_names_them_yet(kansli: Workspace, tmp_path: Path) -> None:
    manifest, _ = _members(export_pack(kansli, _conference(kansli), tmp_path / "paket.rbz").path)
    assert "secretariat_origins" not in manifest
    assert team_origins.named(kansli.store, _conference(kansli)) == [kansli.store.origin]


def test_a_pack_naming_them_is_read_here_and_refused_by_the_last_release_before(
    kansli: Workspace, tmp_path: Path, tmp_path_factory, monkeypatch
) -> None:
    monkeypatch.setattr(team_origins, "WRITES", True)
    path = export_pack(kansli, _conference(kansli), tmp_path / "paket.rbz").path
    monkeypatch.setattr(team_origins, "WRITES", False)
    assert read_bundle(path.read_bytes()).secretariat_origins == (kansli.store.origin,)
    plain = export_pack(kansli, _conference(kansli), tmp_path / "vanligt.rbz").path
    old = OldRundabord.at(BEFORE_TEAM_ORIGINS, tmp_path_factory)
    refused, read = old.reads(path, plain)
    assert refused.startswith("refused: manifest") and "secretariat_origins" in refused
    assert read == "read"


@pytest.mark.parametrize(
    "value",
    [[], ["0123456789ABCDEF"], ["fedcba9876543210", "0123456789abcdef"], ["0123456789abcdef"] * 2, "x"],
    ids=["empty", "capitals", "unsorted", "twice", "text"],
)
def test_a_malformed_list_is_refused(kansli: Workspace, tmp_path: Path, value) -> None:
    manifest, data = _members(export_pack(kansli, _conference(kansli), tmp_path / "paket.rbz").path)
    manifest["secretariat_origins"] = value
    with pytest.raises(BundleError) as refused:
        read_bundle(_signed(kansli, manifest, data))
    assert refused.value.check == "manifest" and "secretariat_origins" in str(refused.value)


def test_only_a_pack_may_carry_them(kansli: Workspace, tmp_path: Path) -> None:
    manifest, data = _members(export_pack(kansli, _conference(kansli), tmp_path / "paket.rbz").path)
    manifest["secretariat_origins"] = [OTHER]
    read_bundle(_signed(kansli, manifest, data))  # a pack: read
    manifest["kind"] = KIND_TABLE
    with pytest.raises(BundleError) as refused:
        read_bundle(_signed(kansli, manifest, data))
    assert refused.value.check == "manifest" and "secretariat_origins" in str(refused.value)


def test_only_a_secretariat_of_the_conference_is_believed(kansli: Workspace, tmp_path: Path) -> None:
    conference_id = _conference(kansli)
    manifest, data = _members(export_pack(kansli, conference_id, tmp_path / "paket.rbz").path)
    manifest["secretariat_origins"] = [OTHER]
    bundle = read_bundle(_signed(kansli, manifest, data))
    with closing(Workspace.create(tmp_path / "tredje", "secretariat")) as third:
        store = third.store
        with store.transaction():
            team_origins.learn(store, bundle, TrustStatus((Grant(CHAIR, conference_id, 1),)))
            team_origins.learn(store, bundle, TrustStatus((Grant(SECRETARIAT, "another", None),)))
        assert team_origins.among(store, conference_id, [OTHER]) == []
        with store.transaction():
            team_origins.learn(store, bundle, TrustStatus((Grant(SECRETARIAT, conference_id, None),)))
        assert team_origins.among(store, conference_id, [OTHER]) == [OTHER]
        assert team_origins.among(store, "another", [OTHER]) == []
        assert OTHER in team_origins.named(store, conference_id)  # passed on in its own packs


PRIVATE = "Lena Wikström sa privat att hon tänker sluta som ordförande, ta inte med det"


def test_a_colleagues_follow_up_that_requires_omit_names_them(kansli: Workspace, tmp_path: Path) -> None:
    """The one bundle that carries them now: a colleague secretariat's follow-up naming `requires`, which
    a Rundabord before `requires` refuses anyway. It names the colleague's own origin and the
    secretariat's, bound at the colleague by the secretariat's own pack; the store it goes to keeps
    them. Without an "omit" it names `requires` all the same ("secretariat-only")."""
    conference_id = _conference(kansli)
    kansli_key = load_signing_key(kansli).public_key().public_bytes_raw()
    with (
        closing(Workspace.create(tmp_path / "kollega", "secretariat")) as colleague,
        closing(Workspace.create(tmp_path / "tredje", "secretariat")) as third,
    ):
        colleague_key = create_identity(colleague, "Kollegan")
        trust_list.add(colleague.store, kansli_key, "Kansliet", "secretariat", None, None)
        [took] = import_files(colleague, [export_pack(kansli, conference_id, tmp_path / "paket.rbz").path])
        assert took.status == "imported", took.reason
        plain = exchange.export_followup(
            colleague, conference_id, tmp_path / "utan.rbz", recipient=exchange.SECRETARIAT
        ).path
        # Every colleague's follow-up is "secretariat-only" (a chair's laptop refuses it), so names both.
        assert (
            _members(plain)[0]["requires"] == ["secretariat-only"]
            and "secretariat_origins" in _members(plain)[0]
        )
        note = notes.add_note(colleague.store, conference_id, 2, 1, PRIVATE)
        for hit in review.review(colleague.store, conference_id):
            if hit.source.source_id == note:
                review.decide(colleague.store, conference_id, hit, review.OMIT)
        path = exchange.export_followup(
            colleague, conference_id, tmp_path / "med.rbz", recipient=exchange.SECRETARIAT
        ).path
        manifest, _ = _members(path)
        assert manifest["requires"] == ["omit", "secretariat-only"]
        assert manifest["secretariat_origins"] == sorted([kansli.store.origin, colleague.store.origin])
        trust_list.add(third.store, colleague_key.public_key, "Kollegan", "secretariat", None, None)
        [receipt] = import_files(third, [path])
        assert receipt.status == "imported", receipt.reason
        assert team_origins.learnt(third.store, conference_id) == manifest["secretariat_origins"]
