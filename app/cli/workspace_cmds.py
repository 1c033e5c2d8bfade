"""`rundabord init` makes a workspace; `rundabord role` shows or changes the person's role in it.

Creating is explicit: every other command refuses a folder that holds no workspace, so a typo in
`--workspace` is an error, not a new empty workspace beside the real one.
"""

from __future__ import annotations

import argparse

from app import roles
from app.cli.common import open_workspace, print_json_line
from app.workspace import ROLES, Workspace, default_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init",
        help="make a new workspace (for a chair's laptop or the secretariat)",
        description="Make a new, empty workspace in --workspace (default: $RUNDABORD_WORKSPACE, else the"
        " user data folder). The role decides which window opens; whatever the role, the workspace that"
        " creates a conference is that conference's secretariat and collects its tables' exports.",
    )
    init.add_argument("--role", required=True, choices=ROLES, help="chairing a table, or the secretariat")
    init.add_argument(
        "--database",
        metavar="postgresql://...",
        help="a secretariat sharing one store on a PostgreSQL server (libpq connection string or URI; a"
        " password in it goes to the system keyring, never into a file; TLS via sslmode and PG* variables)",
    )
    init.add_argument(
        "--password-file",
        metavar="FILE",
        help="the database password, read from FILE ('-' for standard input) instead of the address; it"
        " is kept in the system keyring",
    )
    init.set_defaults(handler=_init)

    role = subparsers.add_parser("role", help="show or change this workspace's role")
    role.add_argument("role", nargs="?", choices=ROLES, help="the new role (default: show it)")
    role.add_argument("--json", action="store_true", help="the role and the conferences created here")
    role.set_defaults(handler=_role)


def _init(args: argparse.Namespace) -> int:
    folder = args.workspace or default_dir()
    database = args.database
    if database and args.password_file:
        from app.pg.settings import read_password_file, with_password

        database = with_password(database, read_password_file(args.password_file))
    workspace = Workspace.create(folder, args.role, database=database)
    where = " on the shared PostgreSQL store" if args.database else ""
    print(f"created a {args.role} workspace in {workspace.dir}{where}")
    workspace.close()
    return 0


def _role(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    if args.role:
        workspace.role = args.role
    administered = sorted(roles.administered(workspace.store))
    if args.json:
        print_json_line({"role": workspace.role, "secretariat_of": administered})
    else:
        print(workspace.role)
    return 0
