"""Helpers the command modules share: opening the workspace, printing JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.workspace import Workspace, default_dir


def open_workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(args.workspace or default_dir())


def print_json_line(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")
