"""Signed bundles: sign and verify time for a 10,000-note table export, and its import.

Prints: building the records, signing (the Ed25519 signature alone, and the whole export: dump,
canonical JSON, zip, write whole, read back), verifying (the signature alone, and every check of a
reader), and importing into a secretariat workspace (verify + merge in one transaction), with peak
Python memory beside each.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import conferences
from app.bundles import export_pack, export_table, import_files
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.pae import manifest_pae
from app.bundles.reader import read_bundle
from app.bundles.trust import add as trust_add
from app.demo import ensure_demo
from app.workspace import Workspace
from bench.corpus import texts
from bench.timing import median_ms

NOTES = 10_000
TABLE = 3


def _measure(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """(seconds, peak MiB of Python allocations, result): timed untraced, then run again traced,
    because tracemalloc slows allocation-heavy code several times over."""
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, result


def _median_ms(work, runs: int = 200) -> float:
    return median_ms(work, runs)


def _world(folder: Path) -> tuple[Workspace, Workspace, str]:
    """The secretariat signs the demo pack; a chair opens it and writes NOTES notes at one table."""
    secretariat = Workspace.create(folder / "secretariat", "secretariat")
    conference_id = ensure_demo(secretariat.store)
    create_identity(secretariat, "Kansliet")
    pack = export_pack(secretariat, conference_id, folder / "pack.rbz")
    chair = Workspace.create(folder / "chair")
    import_files(chair, [pack.path])
    anna = create_identity(chair, "Anna Berg")
    trust_add(secretariat.store, anna.public_key, "Anna Berg", "chair", conference_id, TABLE)
    question_ids = [q.id for q in conferences.questions(chair.store, conference_id)]
    with chair.store.transaction():
        for position, text in enumerate(texts(NOTES), 1):
            chair.store.write(
                "note",
                None,
                {
                    "conference_id": conference_id,
                    "table_number": TABLE,
                    "question_id": question_ids[position % len(question_ids)],
                    "kind": "note",
                    "text": text,
                    "themes": [],
                    "votes": position % 5,
                    "position": position,
                },
            )
    return secretariat, chair, conference_id


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-bundles-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        secretariat, chair, conference_id = _world(folder)
        print(f"setup: {NOTES:,} notes written at table {TABLE} in {time.perf_counter() - started:.1f} s")

        seconds, peak, result = _measure(lambda: export_table(chair, conference_id, TABLE, folder / "t.rbz"))
        result = export_table(chair, conference_id, TABLE, folder / "t.rbz")  # the bundle measured below
        data = result.path.read_bytes()
        print(
            f"export (dump, canonical JSON, zip, sign, write whole, read back): {seconds * 1000:.0f} ms, "
            f"peak {peak:.0f} MiB; bundle {len(data) / 2**20:.2f} MiB"
        )
        bundle = read_bundle(data)
        key = load_signing_key(chair)
        message = manifest_pae(bundle.manifest_bytes)
        print(
            f"Ed25519 signature over the manifest alone: sign {_median_ms(lambda: key.sign(message)):.3f} ms"
        )

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        public = Ed25519PublicKey.from_public_bytes(bundle.public_key)
        signature = key.sign(message)
        print(f"Ed25519 verification alone: {_median_ms(lambda: public.verify(signature, message)):.3f} ms")

        runs = [_measure(lambda: read_bundle(data)) for _ in range(5)]
        print(
            f"verify (every check: zip, caps, signature, hash, strict JSON of {NOTES:,} records): "
            f"median {statistics.median(r[0] for r in runs) * 1000:.0f} ms, "
            f"peak {max(r[1] for r in runs):.0f} MiB"
        )

        secretariat.close()  # copied below before the import, so the memory run imports into a twin
        shutil.copytree(folder / "secretariat", folder / "secretariat-2")
        secretariat = Workspace(folder / "secretariat")
        started = time.perf_counter()
        [receipt] = import_files(secretariat, [result.path])
        seconds = time.perf_counter() - started
        # The same bundle again under tracemalloc, into a fresh copy, for the memory figure.
        again = Workspace(folder / "secretariat-2")
        tracemalloc.start()
        import_files(again, [result.path])
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        again.close()
        print(
            f"import (verify + role checks + merge, one transaction): {seconds * 1000:.0f} ms, "
            f"peak {peak:.0f} MiB; {receipt.status}, {receipt.counts.get('new', 0):,} new"
        )
        chair.close()
        secretariat.close()


if __name__ == "__main__":
    main()
