"""The workspace schema's later migrations (m240 on): the merge's bookkeeping and what came after.

`app/schema.py` adds `LATER_STEPS` to its own and runs them all in the order of their names; this module
only keeps that one readable. Name a new migration after the last one in either module and decorate it
with `@migration`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

LATER_STEPS: list[Callable[[sqlite_utils.Database], None]] = []


def migration(step: Callable[[sqlite_utils.Database], None]) -> Callable[[sqlite_utils.Database], None]:
    LATER_STEPS.append(step)
    return step


@migration
def m240_origin_signers(db: sqlite_utils.Database) -> None:
    """Which key's table exports brought the notes each workspace (origin) wrote: the table minutes'
    justering names every signer who contributed, and a note corrected elsewhere is marked so."""
    db["origin_signers"].create(
        {"origin": str, "key_id": str, "signer_name": str, "bundle_id": str, "seen_at": str},
        pk=("origin", "key_id"),
        not_null={"origin", "key_id", "signer_name", "seen_at"},
    )


@migration
def m250_merge_carriers(db: sqlite_utils.Database) -> None:
    """Each imported table export's place in its signer's chain, with its records (zlib, base64): a
    laptop profile copied to a second laptop signs one sequence number twice, and its two histories
    under one origin are told apart by the exports that carried each edit (app/merge/forks.py)."""
    db["merge_carriers"].create(
        {
            "manifest_sha256": str,
            "key_id": str,
            "sequence": int,
            "previous": str,
            "created_hlc": str,
            "created_utc": str,
            "bundle_id": str,
            "signer_name": str,
            "origin": str,  # the workspace the export names as made in (absent in older bundles)
            "conference_id": str,
            "tables": str,  # JSON list of table numbers
            "records": str,  # base64 of zlib of the records, one canonical JSON a line
        },
        pk="manifest_sha256",
        not_null={"key_id", "sequence", "created_hlc", "records"},
    )
    db["merge_carriers"].create_index(["key_id", "sequence"])


@migration
def m251_origin_keys(db: sqlite_utils.Database) -> None:
    """Which key each workspace's origin belongs to: the key that signed a bundle naming it as the
    workspace it was made in (app/bundles/origins.py). One key an origin; the first binding stays."""
    db["origin_keys"].create(
        {"origin": str, "key_id": str, "public_key": str, "bundle_id": str, "bound_at": str},
        pk="origin",
        not_null={"origin", "key_id", "public_key", "bundle_id", "bound_at"},
    )


@migration
def m252_record_digests(db: sqlite_utils.Database) -> None:
    """The digest of every bundle line this store has merged (app/bundles/digests.py): an import skips
    a line it has merged before without parsing it again. Plain SQL, portable to another database."""
    db.execute(
        "CREATE TABLE record_digests (digest TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
        " type TEXT NOT NULL, table_number INTEGER NOT NULL)"
    )


@migration
def m270_sync_seen_messages(db: sqlite_utils.Database) -> None:
    """`sync_seen.detail` holds what was said about a fetched bundle as messages (a JSON list of code and
    parameters, app/messages.py) instead of English. A row written before keeps its sentence as one
    "text" message, shown as it is."""
    db.execute(
        "UPDATE sync_seen SET detail = json_array(json_object('code', 'text', 'params',"
        " json_object('text', detail))) WHERE detail IS NOT NULL AND detail != '' AND json_valid(detail) = 0"
    )
    db.execute("UPDATE sync_seen SET detail = '[]' WHERE detail IS NULL OR detail = ''")


@migration
def m290_fork_evidence_by_line(db: sqlite_utils.Database) -> None:
    """Fork evidence kept once per record line (app/merge/forks.py): an export's row lists its lines'
    digests and each line's record is kept once, however many exports carried it; `forked` says whether
    the export's arrival showed its key's chain split (NULL: kept before, not looked at yet), so an
    import reads nothing more of the evidence while no chain has split."""
    db.execute("ALTER TABLE merge_carriers ADD COLUMN lines TEXT")
    db.execute("ALTER TABLE merge_carriers ADD COLUMN forked INTEGER")
    db["merge_carriers"].create_index(["forked"])
    db.execute("CREATE TABLE merge_lines (digest TEXT PRIMARY KEY, record TEXT NOT NULL)")


@migration
def m320_origin_successors(db: sqlite_utils.Database) -> None:
    """Which key took a workspace's origin over as its own former self: a laptop that renewed or
    re-created its identity brings the edits it made under the old one (app/bundles/succession.py).
    One key an origin; the first stays."""
    db["origin_successors"].create(
        {"origin": str, "key_id": str, "public_key": str, "bundle_id": str, "bound_at": str},
        pk="origin",
        not_null={"origin", "key_id", "public_key", "bundle_id", "bound_at"},
    )


@migration
def m360_line_digests_with_their_lines(db: sqlite_utils.Database) -> None:
    """A merged line's digest (app/bundles/digests.py) is kept on its line's row in `merge_lines` (the
    fork evidence, app/merge/forks.py): both were keyed by the same digest, so an import wrote and
    looked up every line twice, in two indexes. `record_id`, `type` and `table_number` are NULL where
    the line may not be skipped (not a table's note or sheet, or pruned); `record` is '' for a line kept
    only by its digest (a bundle that is not a table export keeps no evidence). PostgreSQL moves its
    rows in its own SQL (app/pg/schema.py, PG_ONLY); m361 drops the old table."""
    db.execute("ALTER TABLE merge_lines ADD COLUMN record_id TEXT")
    db.execute("ALTER TABLE merge_lines ADD COLUMN type TEXT")
    db.execute("ALTER TABLE merge_lines ADD COLUMN table_number INTEGER")
    db.execute(MOVE_RECORD_DIGESTS)


# Portable SQL (SQLite's upsert after a SELECT needs its WHERE to parse).
MOVE_RECORD_DIGESTS = (
    "INSERT INTO merge_lines (digest, record, record_id, type, table_number)"
    " SELECT digest, '', record_id, type, table_number FROM record_digests WHERE TRUE"
    " ON CONFLICT (digest) DO UPDATE SET record_id = excluded.record_id, type = excluded.type,"
    " table_number = excluded.table_number"
)


@migration
def m361_record_digests_dropped(db: sqlite_utils.Database) -> None:
    """The digests live on their lines' rows since m360."""
    db.execute("DROP TABLE record_digests")


@migration
def m370_review_index_covers_order(db: sqlite_utils.Database) -> None:
    """The Review tab's index also holds each note's place and id, so listing a conference's notes in
    their order reads this index alone, never the notes' rows: on a store of 200 conferences the rows
    of one conference are a few MB of a 1.5 GB file, the index entries a few hundred KB."""
    db.execute("DROP INDEX IF EXISTS notes_review")
    db["notes"].create_index(
        ["conference_id", "deleted", "table_number", "kind", "question_id", "position", "id"],
        index_name="notes_review",
    )


@migration
def m420_search_words_as_written(db: sqlite_utils.Database) -> None:
    """PostgreSQL only: its full-text index holds every word as written, as FTS5 does here. The
    `swedish` configuration left out its stop words, so "för" found no "förslag" and "ut" no
    "utbildning", and it stemmed what was typed, so "förs" found "före". The index is m421's (app/pg/
    schema.py, PG_ONLY): building it here too built it twice on every update from before both."""


@migration
def m410_former_origins_of_early_renewals(db: sqlite_utils.Database) -> None:
    """A laptop that renewed or re-created its identity before m320 got a new origin but did not note
    the one it wrote under before (`identity.former_origins`), so its exports cannot say that the
    changes made then are its own, and the secretariat refuses them (app/bundles/succession.py).
    Noted now: the origins of its table records' edits that no imported bundle brought (each imported
    bundle binds the origin it was made in: origin_keys), other than its own now. Only a laptop that
    signed table exports with another key than its own now, and noted nothing yet."""
    import base64
    import json

    from app.bundles.format import key_id_for
    from app.records import RECORD_TYPES

    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("identity.former_origins") or not meta.get("bundles.identity") or not meta.get("origin"):
        return
    try:
        own_key = key_id_for(base64.b64decode(json.loads(meta["bundles.identity"])["public_key"]))
    except (ValueError, KeyError, TypeError):
        return
    renewed = db.execute(
        "SELECT 1 FROM bundle_exports WHERE kind = 'table-export' AND key_id != ? LIMIT 1", (own_key,)
    ).fetchone()
    if renewed is None:
        return
    bound = {row[0] for row in db.execute("SELECT origin FROM origin_keys")}
    seen: set[str] = set()
    for rt in RECORD_TYPES.values():
        if rt.scope != "table" and rt.name != "table":
            continue
        for origin, stamps in db.execute(f"SELECT origin, stamps FROM {rt.table}"):
            seen.add(origin)
            try:
                seen.update(pair[1] for pair in json.loads(stamps or "{}").values() if pair)
            except (ValueError, TypeError, IndexError):
                continue
    former = sorted(o for o in seen - bound - {meta["origin"]} if isinstance(o, str) and o)
    if former:
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('identity.former_origins', ?)",
            (json.dumps(former),),
        )


@migration
def m421_search_capitals_in_any_locale(db: sqlite_utils.Database) -> None:
    """PostgreSQL only (app/pg/schema.py, PG_ONLY): its full-text index lowers Å, Ä, Ö and the other
    Latin capitals itself, so that a database made with LC_CTYPE C finds "Östra" for "östra"."""


@migration
def m422_review_index_on_postgresql(db: sqlite_utils.Database) -> None:
    """PostgreSQL only (app/pg/schema.py, PG_ONLY): the Review index as m370 made it here. PostgreSQL's
    DDL was derived from what each migration changed, and an index made again under its own name was
    not seen, so shared stores kept the older index, without each note's place and id."""


@migration
def m470_line_digests_name_their_conference(db: sqlite_utils.Database) -> None:
    """A remembered line digest also names its record's conference: then an import need not read a known
    line at all (app/bundles/codec.py), its place coming whole from the row. NULL on the rows remembered
    before, whose lines are read as until now."""
    db.execute("ALTER TABLE merge_lines ADD COLUMN conference_id TEXT")


@migration
def m540_search_swedish_stems_beside_the_words(db: sqlite_utils.Database) -> None:
    """PostgreSQL only: made a second full-text index, on the `swedish` configuration's stems of the
    notes' words. m541 replaced it at once (one index holds both), so it makes nothing now."""


@migration
def m541_search_stems_in_one_index(db: sqlite_utils.Database) -> None:
    """PostgreSQL only (app/pg/schema.py, PG_ONLY): the full-text index holds each note's words as written
    and, beside them, their `swedish` stems. Search then finds what FTS5 finds here and the other forms
    of a Swedish word as well ("bilder" finds "bild"). m542 builds the index; this drops m540's."""


@migration
def m542_search_text_lowered_once(db: sqlite_utils.Database) -> None:
    """PostgreSQL only (app/pg/schema.py, PG_ONLY): the full-text index of m541, its text lowered once for
    both vectors (`rundabord_search_vector`): lowering cost four times what one vector does, so each
    note written paid for it twice."""


@migration
def m580_shared_quarantine_carries_the_bundle(db: sqlite_utils.Database) -> None:
    """A held bundle's bytes (base64), written on a shared PostgreSQL store only: its copy lies in the
    folder of the secretary who received it, and a colleague deciding about it needs one of her own
    (app/bundles/quarantine.py). NULL on SQLite and on the rows held before."""
    db.execute("ALTER TABLE bundle_quarantine ADD COLUMN data TEXT")


@migration
def m640_search_index_merged_by_its_writers(db: sqlite_utils.Database) -> None:
    """The notes' full-text index keeps the merge settings of app/search_index.py (`STEADY`) in the file:
    FTS5 merges nothing by itself as it goes, whoever writes merges in bounded steps. Until now the
    chair's WAL keeper turned FTS5's own merging off while it ran and back on when it stopped, so a
    killed window left a store whose other writers no longer merged at all. SQLite only (no FTS5 on
    PostgreSQL)."""
    from app import search_index  # a step that runs seldom: opening a store never loads it for this

    search_index.settle(db.conn)


@migration
def m790_conference_indexes(db: sqlite_utils.Database) -> None:
    """A conference's rows of the record tables that had no index by conference, and the table exports
    kept as fork evidence by the conference they came from: a conference's open conflicts
    (app/conflicts.py) and the evidence about a copied profile's tables (app/merge/forks.py) are then
    read through them, not by reading every row the store holds."""
    for table in ("proposal_links", "proposal_recurrences", "proposal_summaries", "conflict_resolutions"):
        db[table].create_index(["conference_id"])
    db["merge_carriers"].create_index(["conference_id"])


@migration
def m800_lineage_keeps_what_a_bundle_claimed(db: sqlite_utils.Database) -> None:
    """What a state's bundle said its writer had seen (`seen`, JSON [[rev, origin], ...]): kept apart
    from `knows`, since it counts only for a state this store holds (app/knowledge.py), and passed on
    when the store sends the row again. NULL for the states recorded before and those made here."""
    db.execute("ALTER TABLE merge_lineage ADD COLUMN claims TEXT")


@migration
def m791_conflicts_by_type(db: sqlite_utils.Database) -> None:
    """The conflicts by type of record: a conference's open conflicts (app/conflict_rows.py) first ask
    how many the store holds of each type, and look up a few by their records' ids, so that a store
    without conflicts reads nothing of a conference's records."""
    db["conflicts"].create_index(["record_type", "record_id"])


@migration
def m980_secretariat_origins(db: sqlite_utils.Database) -> None:
    """The origins a secretariat of a conference named in its signed pack as its team's writers
    (`secretariat_origins`, app/bundles/team_origins.py): a chair's bundle naming one as its own
    workspace, a former one, or carrying it in an export from before origins were named is refused or
    not vouched for. Kept per conference, from the first pack naming each; never read from stamps."""
    db["secretariat_origins"].create(
        {"conference_id": str, "origin": str, "key_id": str, "bundle_id": str, "learnt_at": str},
        pk=("conference_id", "origin"),
        not_null={"conference_id", "origin", "key_id", "bundle_id", "learnt_at"},
    )


@migration
def m981_origins_by_bundle(db: sqlite_utils.Database) -> None:
    """The origins a bundle bound (app/bundles/team_origins.py: a pack names those its conference's
    packs bound here) and where a secretariat's pack named an origin, for any conference (a chair's
    bundle of one conference naming a secretariat's writer of another)."""
    db["origin_keys"].create_index(["bundle_id"])
    db["secretariat_origins"].create_index(["origin"])
