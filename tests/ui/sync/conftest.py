"""The sync GUI tests share the core sync fixtures: the test keyring and the loopback WebDAV server."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_NAME = "rundabord_sync_test_fixtures"
if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        _NAME, Path(__file__).resolve().parents[2] / "app" / "sync" / "conftest.py"
    )
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[_NAME] = _module
    _spec.loader.exec_module(_module)
_shared = sys.modules[_NAME]

memory_keyring = _shared.memory_keyring
loopback_module = _shared.loopback_module
_dav_server = _shared._dav_server
dav = _shared.dav
plain_bundle = _shared.plain_bundle
share = _shared.share
