"""Preparing a conference from the shell, the twins of the secretariat's Prepare forms:
`process create|edit|list`, `conference new|edit|save`, `question add|edit|move|delete|list`,
`table add|edit|delete|list`, `theme add|rename|list`.

Each listing prints every record's rev, and each edit of a record takes it back as `--expect-rev`
(required on a shared PostgreSQL store): app/cli/expect.py.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Callable
from pathlib import Path

from app import conferences, prepare
from app.cli.common import open_workspace, print_json_line
from app.cli.expect import add_expect_rev, rev_of, write_expecting
from app.errors import NotFound, UserError
from app.model import Process
from app.store import Store


def _conference_actions(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The ACTION subparsers of `conference` (registered by conference_cmds), created if missing."""
    parser = subparsers.choices.get("conference")
    if parser is None:
        parser = subparsers.add_parser("conference", help="create, edit and list conferences")
        return parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the conference command has no actions")  # a programming error, not a user's


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_process(subparsers)
    _register_conference(_conference_actions(subparsers))
    _register_question(subparsers)
    _register_table(subparsers)
    _register_theme(subparsers)


def _register_process(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("process", help="create, rename and list processes")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a process; prints its id")
    create.add_argument("name")
    create.add_argument("--organisation", default="")
    create.set_defaults(handler=_process_create)
    edit = actions.add_parser("edit", help="rename a process or change its organisation")
    edit.add_argument("process", metavar="ID|NAME")
    edit.add_argument("--name")
    edit.add_argument("--organisation")
    add_expect_rev(edit, "process list")
    edit.set_defaults(handler=_process_edit)
    listing = actions.add_parser("list", help="list the workspace's processes")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=_process_list)


def _register_conference(actions: argparse._SubParsersAction) -> None:
    new = actions.add_parser("new", help="create an empty conference in a process; prints its id")
    new.add_argument("--process", required=True, metavar="ID|NAME")
    new.add_argument("--title", required=True)
    new.add_argument("--date", default="", metavar="YYYY-MM-DD")
    new.add_argument("--venue", default="")
    new.add_argument("--round-minutes", type=int, default=conferences.DEFAULT_ROUND_MINUTES, metavar="N")
    new.set_defaults(handler=_conference_new)
    edit = actions.add_parser("edit", help="change a conference's title, date, venue or round length")
    edit.add_argument("conference", metavar="ID")
    edit.add_argument("--title")
    edit.add_argument("--date", metavar="YYYY-MM-DD")
    edit.add_argument("--venue")
    edit.add_argument("--round-minutes", type=int, metavar="N")
    add_expect_rev(edit, "conference list")
    edit.set_defaults(handler=_conference_edit)
    save = actions.add_parser(
        "save",
        help="write a conference back as a TOML description: its plan, not the counts tables reported",
    )
    save.add_argument("conference", metavar="ID")
    save.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.toml")
    save.set_defaults(handler=_conference_save)


def _register_question(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("question", help="add, edit, reorder and delete a conference's questions")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a question; prints its id")
    add.add_argument("--conference", required=True, metavar="ID")
    add.add_argument("--minutes", type=int, metavar="N", help="round length (default: the conference's)")
    add.add_argument("--position", type=int, metavar="N", help="1-based place (default: last)")
    add.add_argument("text")
    add.set_defaults(handler=_question_add)
    edit = actions.add_parser("edit", help="change a question's text or round length")
    edit.add_argument("--conference", required=True, metavar="ID")
    edit.add_argument("number", type=int, metavar="N", help="1-based question number")
    edit.add_argument("--text")
    edit.add_argument("--minutes", type=int, metavar="N")
    add_expect_rev(edit, "question list")
    edit.set_defaults(handler=_question_edit)
    move = actions.add_parser("move", help="move a question to another place")
    move.add_argument("--conference", required=True, metavar="ID")
    move.add_argument("number", type=int, metavar="N")
    move.add_argument("to", type=int, metavar="TO")
    add_expect_rev(move, "question list")
    move.set_defaults(handler=_question_move)
    delete = actions.add_parser("delete", help="delete a question that has no notes")
    delete.add_argument("--conference", required=True, metavar="ID")
    delete.add_argument("number", type=int, metavar="N")
    add_expect_rev(delete, "question list")
    delete.set_defaults(handler=_question_delete)
    listing = actions.add_parser("list", help="list a conference's questions")
    listing.add_argument("--conference", required=True, metavar="ID")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=_question_list)


def _register_table(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("table", help="add, edit and delete a conference's tables")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a table; prints its number")
    add.add_argument("--conference", required=True, metavar="ID")
    add.add_argument("--number", type=int, metavar="N", help="default: one more than the highest")
    add.add_argument("--name", default="")
    add.add_argument("--chair", default="", metavar="NAME")
    add.set_defaults(handler=_table_add)
    edit = actions.add_parser("edit", help="change a table's number, name or chair")
    edit.add_argument("--conference", required=True, metavar="ID")
    edit.add_argument("number", type=int, metavar="N")
    edit.add_argument("--number", dest="new_number", type=int, metavar="M")
    edit.add_argument("--name")
    edit.add_argument("--chair", metavar="NAME")
    add_expect_rev(edit, "table list")
    edit.set_defaults(handler=_table_edit)
    delete = actions.add_parser("delete", help="delete a table that has no notes")
    delete.add_argument("--conference", required=True, metavar="ID")
    delete.add_argument("number", type=int, metavar="N")
    add_expect_rev(delete, "table list")
    delete.set_defaults(handler=_table_delete)
    listing = actions.add_parser("list", help="list a conference's tables and chairs")
    listing.add_argument("--conference", required=True, metavar="ID")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=_table_list)


def _register_theme(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("theme", help="add, rename and list a process's themes")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text, handler in (
        ("add", "add a theme to a process; prints its id", _theme_add),
        ("rename", "rename a theme", _theme_rename),
        ("list", "list a process's themes", _theme_list),
    ):
        action = actions.add_parser(name, help=help_text)
        where = action.add_mutually_exclusive_group(required=True)
        where.add_argument("--process", metavar="ID|NAME")
        where.add_argument("--conference", metavar="ID", help="the process of this conference")
        if name == "add":
            action.add_argument("name")
        elif name == "rename":
            action.add_argument("old", metavar="OLD")
            action.add_argument("new", metavar="NEW")
            add_expect_rev(action, "theme list")
        else:
            action.add_argument("--json", action="store_true", help="one JSON object a line")
        action.set_defaults(handler=handler)


# -- lookups -----------------------------------------------------------------------------------------


def _process(store: Store, key: str) -> Process:
    """A process by id, by the first characters of its id, or by its exact name."""
    by_name = conferences.find_process(store, key)
    if by_name is not None:
        return by_name
    matches = [
        p for p in conferences.processes(store) if p.id == key or (len(key) >= 4 and p.id.startswith(key))
    ]
    if len(matches) != 1:
        make = f"rundabord process create {shlex.quote(key) if key.strip() else 'NAME'}"
        raise NotFound(f"no process {key!r}; `rundabord process list` shows them, `{make}` makes it")
    return matches[0]


def _theme_process(store: Store, args: argparse.Namespace) -> Process:
    if args.process is not None:  # (an empty name is a name no process has, not "no --process")
        return _process(store, args.process)
    return prepare.process(store, conferences.conference(store, args.conference).process_id)


def _nothing_to_change(args: argparse.Namespace, *names: str) -> None:
    if all(getattr(args, name) is None for name in names):
        options = ", ".join("--" + name.replace("_", "-") for name in names)
        raise UserError(f"nothing to change; give at least one of {options}")


# -- handlers ----------------------------------------------------------------------------------------


def _process_create(args: argparse.Namespace) -> int:
    print(prepare.create_process(open_workspace(args).store, args.name, args.organisation))
    return 0


def _process_edit(args: argparse.Namespace) -> int:
    _nothing_to_change(args, "name", "organisation")
    store = open_workspace(args).store
    process = _process(store, args.process)
    write_expecting(
        store,
        args.expect_rev,
        "process",
        process.id,
        f"process {process.name!r}",
        "process list",
        lambda: prepare.edit_process(store, process.id, name=args.name, organisation=args.organisation),
    )
    return 0


def _process_list(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    for p in conferences.processes(store):
        if args.json:
            shown = {"id": p.id, "name": p.name, "organisation": p.organisation}
            print_json_line({**shown, "rev": rev_of(store, "process", p.id)})
        else:
            organisation = f"  ({p.organisation})" if p.organisation else ""
            print(f"{p.id}  {p.name}{organisation}  (rev {rev_of(store, 'process', p.id)})")
    return 0


def _conference_new(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference_id = prepare.create_conference(
        store,
        _process(store, args.process).id,
        args.title,
        date=args.date,
        venue=args.venue,
        round_minutes=args.round_minutes,
    )
    print(conference_id)
    return 0


def _conference_edit(args: argparse.Namespace) -> int:
    _nothing_to_change(args, "title", "date", "venue", "round_minutes")
    store = open_workspace(args).store
    conference_id = conferences.conference(store, args.conference).id
    write_expecting(
        store,
        args.expect_rev,
        "conference",
        conference_id,
        f"conference {conference_id[:8]}",
        "conference list",
        lambda: prepare.edit_conference(
            store,
            conference_id,
            title=args.title,
            date=args.date,
            venue=args.venue,
            round_minutes=args.round_minutes,
        ),
    )
    return 0


def _conference_save(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    prepare.save_conference_toml(store, conferences.conference(store, args.conference).id, args.output)
    return 0


def _question_add(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    question_id = prepare.add_question(
        store, args.conference, args.text, round_minutes=args.minutes, position=args.position
    )
    print(question_id)
    return 0


def _question_edit(args: argparse.Namespace) -> int:
    _nothing_to_change(args, "text", "minutes")
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    q = conferences.question(store, conference.id, args.number)
    _question_expecting(
        store,
        args,
        q.id,
        lambda: prepare.edit_question(store, q.id, text=args.text, round_minutes=args.minutes),
    )
    return 0


def _question_expecting(
    store: Store, args: argparse.Namespace, question_id: str, work: Callable[[], None]
) -> None:
    """A question edit checked against the question's rev as `question list` printed it. A move or a
    delete renumbers the others too, so the conference is locked: two reorderings wait for each other."""
    write_expecting(
        store,
        args.expect_rev,
        "question",
        question_id,
        f"question {args.number}",
        f"question list --conference {args.conference}",
        work,
        lock=[conferences.conference(store, args.conference).id],
    )


def _question_move(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    question_id = conferences.question(store, conference.id, args.number).id
    _question_expecting(store, args, question_id, lambda: prepare.move_question(store, question_id, args.to))
    return 0


def _question_delete(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    question_id = conferences.question(store, conference.id, args.number).id
    _question_expecting(store, args, question_id, lambda: prepare.delete_question(store, question_id))
    return 0


def _question_list(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    for q in conferences.questions(store, conference.id):
        if args.json:
            shown = {"id": q.id, "number": q.position, "text": q.text, "minutes": q.round_minutes}
            print_json_line({**shown, "rev": rev_of(store, "question", q.id)})
        else:
            print(f"{q.position}. {q.text}  ({q.round_minutes} min, rev {rev_of(store, 'question', q.id)})")
    return 0


def _table_add(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    table_id = prepare.add_table(store, conference.id, args.number, name=args.name, chair_name=args.chair)
    print(prepare.table_by_id(store, table_id).number)
    return 0


def _table_edit(args: argparse.Namespace) -> int:
    _nothing_to_change(args, "new_number", "name", "chair")
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    table = conferences.table(store, conference.id, args.number)
    _table_expecting(
        store,
        args,
        table.id,
        lambda: prepare.edit_table(
            store, table.id, number=args.new_number, name=args.name, chair_name=args.chair
        ),
    )
    return 0


def _table_expecting(store: Store, args: argparse.Namespace, table_id: str, work: Callable[[], None]) -> None:
    write_expecting(
        store,
        args.expect_rev,
        "table",
        table_id,
        f"table {args.number}",
        f"table list --conference {args.conference}",
        work,
    )


def _table_delete(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    table_id = conferences.table(store, conference.id, args.number).id
    _table_expecting(store, args, table_id, lambda: prepare.delete_table(store, table_id))
    return 0


def _table_list(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    for t in conferences.tables(store, conference.id):
        if args.json:
            shown = {"number": t.number, "name": t.name, "chair": t.chair_name, "id": t.id}
            print_json_line({**shown, "rev": rev_of(store, "table", t.id)})
        else:
            chair = t.chair_name or "(no chair)"
            print(f"{t.number:3}  {t.name or '-'}  {chair}  (rev {rev_of(store, 'table', t.id)})")
    return 0


def _theme_add(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    print(prepare.add_theme(store, _theme_process(store, args).id, args.name))
    return 0


def _theme_rename(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    process = _theme_process(store, args)
    theme_id = prepare.find_theme(store, process.id, args.old).id
    where = f"--process {args.process}" if args.process else f"--conference {args.conference}"
    write_expecting(
        store,
        args.expect_rev,
        "theme",
        theme_id,
        f"theme {args.old!r}",
        f"theme list {where}",
        lambda: prepare.rename_theme(store, theme_id, args.new),
    )
    return 0


def _theme_list(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    for t in conferences.themes(store, _theme_process(store, args).id):
        if args.json:
            print_json_line(
                {"id": t.id, "name": t.name, "position": t.position, "rev": rev_of(store, "theme", t.id)}
            )
        else:
            print(f"{t.name}  (rev {rev_of(store, 'theme', t.id)})")
    return 0
