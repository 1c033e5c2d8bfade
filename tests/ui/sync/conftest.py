"""The sync GUI tests share the core sync fixtures: the test keyring and the loopback WebDAV server."""

from tests.sync_fixtures import (  # noqa: F401  (fixtures are found by name)
    _dav_server,
    dav,
    loopback_module,
    memory_keyring,
    plain_bundle,
    share,
)
