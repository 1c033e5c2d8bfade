"""Signed bundles: the exchange unit between chairs' laptops and the secretariat (issue 3).

The services the faces and the other parts call (their signatures are agreed; keep them):
  signoff(store, conference_id, table_number) -> Signoff | None
      who signed a table's results, for the minutes' "justering" line
  export_table(workspace, conference_id, table_number, out_path=None, *, passphrase=None) -> ExportResult
      sign one table's records; without out_path into workspace.outbox_dir / f"{bundle_id}.rbz"
  export_pack(workspace, conference_id, out_path, *, passphrase=None) -> ExportResult
      sign a conference pack (conference, process, themes, questions, tables)
  verify_file(path, store) -> Verdict
      is the file whole and signed, by whom, trusted as what; never raises for a bad bundle
  import_files(workspace, paths, progress=None, cancel=None) -> list[Receipt]
      verify each bundle whole, then merge it in one transaction (or quarantine or refuse it)

A bundle that fails a check raises (internally) or reports (in a Verdict/Receipt) a `BundleError` with
the failed check's name; `incomplete` marks a truncated copy.
"""

from __future__ import annotations

from app.bundles.format import BundleError
from app.bundles.ledger import Signoff, signoff

__all__ = ["BundleError", "Signoff", "signoff"]
