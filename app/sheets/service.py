"""The paper-table services both faces call: check a file for this workspace, then import it."""

from __future__ import annotations

from pathlib import Path

from app.bundles.identity import find_identity
from app.errors import UserError
from app.proposals.lifecycle import default_decider
from app.sheets.importing import SheetImport, import_sheet
from app.sheets.reading import read_sheet_file
from app.sheets.review import SheetReview, review_sheet
from app.workspace import Workspace


def check_file(
    workspace: Workspace, path: Path | str, *, conference_id: str | None = None, table: int | None = None
) -> SheetReview:
    """Read and check a sheet for this workspace. A chair's workspace writes one table only (`table`,
    the one the chair captures); the secretariat writes every table of the conference."""
    if workspace.role == "chair" and table is None:
        raise UserError("a chair's workspace imports notes for its own table only; name the table")
    allowed = {table} if table is not None else None
    return review_sheet(
        workspace.store, read_sheet_file(path), conference_id=conference_id, allowed_tables=allowed
    )


def typist(workspace: Workspace, by: str | None = None) -> str:
    """Who typed the sheet in: as given, else the name this workspace signs with, else the login."""
    if by and by.strip():
        return by.strip()
    identity = find_identity(workspace)
    return identity.name if identity else default_decider()


def import_reviewed(
    workspace: Workspace, review: SheetReview, *, valid_only: bool = False, by: str | None = None
) -> SheetImport:
    return import_sheet(
        workspace.store,
        review,
        typed_by=typist(workspace, by),
        typed_by_role=workspace.role,
        valid_only=valid_only,
    )
