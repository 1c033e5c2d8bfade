"""`rundabord note add|edit|show|delete|restore|list` and `rundabord search`.

`note edit` is checked against the note as the user last saw it: `note show` and `note list --json`
print each note's rev, `--expect-rev` gives it back, and the edit is refused (nothing written) when the
note has been changed since. On a store others share (PostgreSQL) the rev is required, as a silent
overwrite of a colleague's correction is what it prevents; `--expect-rev any` writes over whatever is
there. A one-person SQLite store checks only when asked. The edit prints the rev it left. `note delete`
takes the rev the same way: a colleague's correction is not put out of sight unseen. It prints the rev it
left, which `note restore --expect-rev` takes: a note restored, corrected or deleted again since is not
restored over unseen. A note is named by its whole id, its first characters, or the short form other
commands print (`conflict list`, `proposal list`: `notes.typed_note_id`).
"""

from __future__ import annotations

import argparse

from app import conferences, edits, notes, search
from app.cli.common import open_workspace, plural, print_json_line
from app.cli.expect import who_changed
from app.errors import UserError
from app.records import NOTE_KINDS


def register(subparsers: argparse._SubParsersAction) -> None:
    note = subparsers.add_parser("note", help="add, edit, delete and list notes")
    actions = note.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a note to a table's question; prints its id")
    add.add_argument("--conference", required=True, metavar="ID")
    add.add_argument("--table", required=True, type=int, metavar="N")
    add.add_argument("--question", required=True, type=int, metavar="N", help="1-based question number")
    add.add_argument("--kind", default="note", choices=NOTE_KINDS)
    add.add_argument("--theme", action="append", default=[], metavar="NAME", help="may be repeated")
    add.add_argument("--votes", type=int, default=0)
    add.add_argument("text")
    add.set_defaults(handler=_add)

    edit = actions.add_parser("edit", help="replace a note's text; prints the note's new rev")
    edit.add_argument("id")
    edit.add_argument("text")
    edit.add_argument(
        "--expect-rev",
        metavar="REV",
        help="the rev `note show` or `note list --json` printed: refused if the note changed since;"
        " 'any' writes over whatever is there (default: required on a shared PostgreSQL store, else any)",
    )
    edit.set_defaults(handler=_edit)

    show = actions.add_parser("show", help="show one note with its rev (what `note edit --expect-rev` takes)")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.set_defaults(handler=_show)

    delete = actions.add_parser(
        "delete", help="delete a note (it can be restored); prints the rev `note restore --expect-rev` takes"
    )
    delete.add_argument("id")
    delete.add_argument(
        "--expect-rev",
        metavar="REV",
        help="the rev `note show` or `note list --json` printed: refused if the note changed since (a"
        " colleague's correction is not put out of sight unseen); 'any' deletes whatever is there"
        " (default: required on a shared PostgreSQL store, else any)",
    )
    delete.set_defaults(handler=_delete)

    restore = actions.add_parser("restore", help="bring a deleted note back")
    restore.add_argument("id")
    restore.add_argument(
        "--expect-rev",
        metavar="REV",
        help="the rev `note delete` printed: refused if the note was restored, changed or deleted again"
        " since; 'any' restores whatever is there (default: required on a shared PostgreSQL store, else any)",
    )
    restore.set_defaults(handler=_restore)

    listing = actions.add_parser("list", help="list a conference's notes")
    listing.add_argument("--conference", required=True, metavar="ID")
    listing.add_argument("--table", type=int, metavar="N")
    listing.add_argument("--json", action="store_true", help="one JSON object a line, sorted by id")
    listing.set_defaults(handler=_list)

    find = subparsers.add_parser("search", help="full-text search over all notes")
    find.add_argument("query")
    find.add_argument("--conference", metavar="ID")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true", help="one JSON object a line")
    find.set_defaults(handler=_search)


def _add(args: argparse.Namespace) -> int:
    if args.votes < 0:  # the core counts none for a negative number; said, not silently made 0
        raise UserError(f"--votes {args.votes}: a count of dots cannot be negative")
    store = open_workspace(args).store
    note_id = notes.add_note(
        store,
        args.conference,
        args.table,
        args.question,
        args.text,
        kind=args.kind,
        themes=args.theme,
        votes=args.votes,
    )
    print(note_id)
    return 0


def _edit(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        return _edit_in(workspace.store, args)
    finally:
        workspace.close()  # a shared store's connection too, at once


def _edit_in(store, args: argparse.Namespace) -> int:
    args.id = notes.typed_note_id(store, args.id)
    rev = _expecting(
        store,
        args,
        "edited from",
        lambda expected: edits.edit_note_expecting(store, args.id, expected, text=args.text),
    )
    print(rev)
    return 0


def _show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        return _show_in(workspace.store, args)
    finally:
        workspace.close()


def _show_in(store, args: argparse.Namespace) -> int:
    note = notes.note(store, notes.typed_note_id(store, args.id))
    conference = conferences.conference(store, note.conference_id)
    numbers = {q.id: q.position for q in conferences.questions(store, conference.id)}
    names = {t.id: t.name for t in conferences.themes(store, conference.process_id)}
    shown = _as_json(store, note, numbers, names)
    if args.json:
        print_json_line(shown)
        return 0
    print(f"id:       {note.id}")
    print(f"rev:      {note.rev}")
    print(f"where:    table {note.table_number} q{shown['question']}, {conference.title}")
    print(f"kind:     {note.kind}" + (f", {plural(note.votes, 'vote')}" if note.votes else ""))
    if shown["themes"]:
        print(f"themes:   {', '.join(shown['themes'])}")
    print("text:     " + "\n          ".join(note.text.splitlines()))
    return 0


def _expecting(store, args: argparse.Namespace, verb: str, work):
    """`work(rev)` with the rev the command was given ("" checks nothing): required on a store others
    share; a note changed since is refused in one line, nothing written."""
    expected = args.expect_rev
    if expected is None and store.dialect != "sqlite":
        raise UserError(
            f"others share this store: give the rev you {verb}, --expect-rev REV (see `rundabord note"
            f" show {args.id}`), or --expect-rev any to write over whatever is there now"
        )
    try:
        return work("" if expected in (None, "any") else expected.strip())
    except edits.ChangedMeanwhile as exc:
        [change] = exc.changes
        raise UserError(
            f"note {args.id} was changed by {who_changed(change)} after rev {expected} (it is at rev"
            f" {change.now} now); nothing was written: see it with `rundabord note show {args.id}` and"
            f" {args.action} again with --expect-rev {change.now}"
        ) from None


def _delete(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    args.id = notes.typed_note_id(store, args.id)

    def delete(expected: str) -> None:
        notes.note(store, args.id)  # an unknown id is "no note", not a change
        seen = [edits.Seen(args.id, "rev", expected)] if expected else []
        edits.save_as_seen(store, seen, lambda: notes.delete_note(store, args.id), lock=[args.id])

    _expecting(store, args, "read", delete)
    print(edits.read(store, args.id, "rev"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    args.id = notes.typed_note_id(store, args.id, include_deleted=True)

    def restore(expected: str) -> None:
        notes.note(store, args.id, include_deleted=True)  # an unknown id is "no note", not a change
        seen = [edits.Seen(args.id, "rev", expected)] if expected else []
        edits.save_as_seen(store, seen, lambda: notes.restore_note(store, args.id), lock=[args.id])

    _expecting(store, args, "deleted", restore)
    return 0


def _as_json(store, note, question_numbers: dict[str, int], theme_names: dict[str, str]) -> dict:
    return {
        "id": note.id,
        "rev": note.rev,
        "table": note.table_number,
        "question": question_numbers.get(note.question_id),
        "kind": note.kind,
        "themes": [theme_names.get(t, t) for t in note.themes],
        "votes": note.votes,
        "text": note.text,
    }


def _list(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        return _list_in(workspace.store, args)
    finally:
        workspace.close()


def _list_in(store, args: argparse.Namespace) -> int:
    conference = conferences.conference(store, args.conference)
    if args.table is not None:
        conferences.table(store, conference.id, args.table)  # an unknown table is an error, not silence
    numbers = {q.id: q.position for q in conferences.questions(store, conference.id)}
    names = {t.id: t.name for t in conferences.themes(store, conference.process_id)}
    listed = notes.list_notes(store, conference.id, table_number=args.table)
    if args.json:
        for note in sorted(listed, key=lambda n: n.id):
            print_json_line(_as_json(store, note, numbers, names))
        return 0
    for note in listed:
        themes = f" [{', '.join(names.get(t, t) for t in note.themes)}]" if note.themes else ""
        votes = f" ({plural(note.votes, 'vote')})" if note.votes else ""
        where = f"table {note.table_number} q{numbers.get(note.question_id)}"
        text = "\n    ".join(note.text.splitlines())  # a note's later lines under it, never as a note
        print(f"{where} {note.kind}: {text}{themes}{votes}")
    return 0


def _search(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference_id = conferences.conference(store, args.conference).id if args.conference else None
    for hit in search.search(store, args.query, conference_id=conference_id, limit=args.limit):
        if args.json:
            print_json_line(
                {
                    "id": hit.note.id,
                    "conference": hit.note.conference_id,
                    "table": hit.note.table_number,
                    "text": hit.note.text,
                    "snippet": hit.snippet,
                }
            )
        else:
            print(f"{hit.note.id}  table {hit.note.table_number}: {hit.snippet}")
    return 0
