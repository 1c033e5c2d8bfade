"""The sync tests' fixtures (`tests/sync_fixtures.py`): a keyring in memory, a loopback WebDAV server;
and a real conference pack for the tests on the WebDAV server of tests/app/sync/hostile_dav.py."""

import json
import zipfile

import pytest

from app.workspace import Workspace
from tests.sync_fixtures import (  # noqa: F401  (fixtures are found by name)
    _dav_server,
    chair,
    dav,
    dav_configured,
    loopback_module,
    memory_keyring,
    plain_bundle,
    remote_files,
    share,
)


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> tuple[str, str, bytes]:
    """(conference id, bundle id, bytes) of a real conference pack a secretariat signed."""
    from app.bundles.export import export_pack
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo

    folder = tmp_path_factory.mktemp("office")
    office = Workspace.create(folder / "office", "secretariat")
    create_identity(office, "Sekretariatet")
    conference = ensure_demo(office.store)
    path = export_pack(office, conference, folder / "pack.rbz").path
    office.close()
    bundle_id = json.loads(zipfile.ZipFile(path).read("manifest.json"))["bundle_id"]
    return conference, bundle_id, path.read_bytes()
