"""Signed bundles: the exchange unit between chairs' laptops and the secretariat.

The services the faces and the other parts call (their signatures are agreed; keep them):
  signoff(store, conference_id, table_number) -> Signoff | None
      who signed a table's results, for the minutes' "justering" line
  signoffs(store, conference_id) -> dict[int, Signoff]
      the same for every signed table of a conference, in one read
  export_table(workspace, conference_id, table_number, out_path=None, *, passphrase=None) -> ExportResult
      sign one table's records; without out_path into workspace.outbox_dir / f"{bundle_id}.rbz"
  export_pack(workspace, conference_id, out_path, *, passphrase=None) -> ExportResult
      sign a conference pack (conference, process, themes, questions, tables); out_path None: outbox
  verify_file(path, store) -> Verdict
      is the file whole and signed, by whom, trusted as what; never raises for a bad bundle
  import_files(workspace, paths, progress=None, cancel=None) -> list[Receipt]
      verify each bundle whole, then merge it in one transaction, or hold it in quarantine, or refuse it

Identity (identity.py), trust list (trust.py), quarantine (quarantine.py) and admitting a quarantined
signer (admission.py: trust, then import its held bundles again) have their own modules.
Every call works on the given workspace's store in the calling thread: from a worker thread, open a
Workspace there (SQLite connections belong to the thread that made them; see ui/operations.py).
A refused bundle is described by a `BundleError` (its `check` names the failed check, `incomplete`
marks a truncated copy); the services above report it in the Verdict or Receipt instead of raising.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Each name from the module that defines it, imported when first used: a module that needs only the
# format's constants (the chair's window at start) must not load the importer, the merge and the crypto.
_HOME = {
    "BundleError": "format",
    "ExportResult": "export",
    "NoIdentity": "identity",
    "PassphraseNeeded": "identity",
    "Receipt": "importer",
    "Signoff": "ledger",
    "Verdict": "verify",
    "export_pack": "export",
    "export_table": "export",
    "import_files": "importer",
    "signoff": "ledger",
    "signoffs": "ledger",
    "verify_file": "verify",
}

if TYPE_CHECKING:
    from app.bundles.export import ExportResult, export_pack, export_table
    from app.bundles.format import BundleError
    from app.bundles.identity import NoIdentity, PassphraseNeeded
    from app.bundles.importer import Receipt, import_files
    from app.bundles.ledger import Signoff, signoff, signoffs
    from app.bundles.verify import Verdict, verify_file


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'app.bundles' has no attribute {name!r}")
    value = getattr(import_module(f"app.bundles.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BundleError",
    "ExportResult",
    "NoIdentity",
    "PassphraseNeeded",
    "Receipt",
    "Signoff",
    "Verdict",
    "export_pack",
    "export_table",
    "import_files",
    "signoff",
    "signoffs",
    "verify_file",
]
