"""The sync tests' fixtures (`tests/sync_fixtures.py`): a keyring in memory, a loopback WebDAV server."""

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
