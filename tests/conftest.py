"""Shared fixtures. Qt runs offscreen; no test touches real settings or user folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _temporary_folders_in_ram() -> None:
    """pytest's temporary folders in RAM (/dev/shm) where it has room. Workspaces are SQLite files with
    synchronous=FULL and keys, settings and bundles are written whole and synced: a test makes about 80
    syncs, each waiting for the disk (1-6 ms on a virtual disk, none on a tmpfs); over the suite that
    waiting was a minute or more of the wall time. What is tested does not change: the crash tests kill
    processes, whose written pages survive them either way. The caller's own choice wins."""
    if "PYTEST_DEBUG_TEMPROOT" in os.environ or not os.path.isdir("/dev/shm"):
        return
    try:
        room = shutil.disk_usage("/dev/shm").free
    except OSError:
        return
    if room >= 6 * 2**30 and os.access("/dev/shm", os.W_OK):  # a run's folders peak at about 2 GB
        os.environ["PYTEST_DEBUG_TEMPROOT"] = "/dev/shm"


_temporary_folders_in_ram()


def _hypothesis_without_timing() -> None:
    """Property tests judge what the code does, never how fast: Hypothesis's 200 ms deadline per example
    and its too-slow health check fail a correct test when the CI machine (two workers, a load of 20)
    stalls one example. A test's own @settings inherits this; one that lists health checks to suppress
    names too_slow itself."""
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:
        return
    settings.register_profile("rundabord", deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("rundabord")


_hypothesis_without_timing()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME, XDG folders and the default workspace into tmp, so nothing real is touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("RUNDABORD_WORKSPACE", str(home / "workspace"))


@pytest.fixture
def store(tmp_path: Path):
    from app.store import Store

    s = Store(tmp_path / "workspace.sqlite3")
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    """A store holding the demo conference; yields (store, conference_id)."""
    from app.demo import ensure_demo

    return store, ensure_demo(store)


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own pytest_configure reads the option
def pytest_configure(config: pytest.Config) -> None:
    """A crashed xdist worker ends the run, with the test it was running failed, unless the caller asks
    for restarts (--max-worker-restart). pytest-xdist 3.8 replaces a crashed worker by default, and under
    `--dist loadgroup` the replacement can wait for work the scheduler never sends (it hands it the rest
    of the crashed module without the finished tests, or one test where the worker waits for two): a run
    sat at 97 % until CI's limit. A replaced worker would also run the crashing test again."""
    if getattr(config.option, "maxworkerrestart", "") is None:
        config.option.maxworkerrestart = "0"


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own, which answers first otherwise
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """Under `--dist loadgroup`, a test that crashed its worker is not run again on the other one."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from tests.crashed_once import CrashedTestRunsOnce

    return CrashedTestRunsOnce(config, log)


@pytest.hookimpl(trylast=True)  # after pytest-xdist's own renaming, which it checks for
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
    if getattr(config.option, "loadgroup", False):  # an xdist worker under --dist loadgroup
        _keep_groups_together(items)


def _keep_groups_together(items: list[pytest.Item]) -> None:
    """What `--dist loadgroup` relies on: a test marked `xdist_group(name)` gets "@name" after its id, and
    the scheduler sends every test with one suffix to one worker. pytest-xdist 3.8 writes the suffix to
    `item._nodeid`, which pytest 9.2 no longer reads (ids are `item._id`), so the marks were ignored and
    the frozen application's tests ran on both workers, one waiting for the other's build.

    A module whose tests share a module-scoped fixture (a set of PDFs, a day of bundles) is one group too:
    the scheduler hands out ungrouped tests one at a time, alternating between workers, and each worker
    that runs one of its tests would build that fixture again. Groups go out first, largest first."""
    for item in items:
        marks = item.iter_markers("xdist_group")
        groups = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in marks})
        if not groups and _shares_a_module_fixture(item):
            groups = [item.nodeid.split("::")[0]]
        if not groups or "@" in item.nodeid:  # pytest before 9.2 has xdist's suffix for marks already
            continue
        grouped = f"{item.nodeid}@{'_'.join(groups)}"
        if hasattr(item, "_id"):
            from _pytest.nodeid import NodeId

            item._id = NodeId.parse(grouped)
        else:
            item._nodeid = grouped


def _shares_a_module_fixture(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.values() if info is not None else ()
    return any(d.scope in ("module", "class", "package") for defs in definitions for d in defs)


# -- PostgreSQL: one throwaway cluster per test process (xdist worker), a database as new per test -------


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server on 127.0.0.1 for this test process, started on first use (`make test`
    installs Debian's postgresql when missing), stopped and removed at the end of the session. Its files
    live with the tests' temporary folders, in RAM where there is room: every TRUNCATE, CREATE and DROP
    of a database makes and removes files, and on the virtual disk's ext4 the kernel's search for a free
    inode cost more server CPU than the statements (a TRUNCATE of eight small tables: 34 ms, 4 ms in RAM)."""
    from bench import pg_throwaway as throwaway

    if throwaway.bin_dir() is None:
        pytest.fail("PostgreSQL is not installed: run `make test` (it installs Debian's postgresql)")
    with throwaway.Cluster(parent=os.environ.get("PYTEST_DEBUG_TEMPROOT")) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """A database with every migration applied, copied for each test (CREATE DATABASE ... TEMPLATE)."""
    import psycopg

    from app.pg.store import PgStore

    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE rundabord_template")
    PgStore(pg_cluster.dsn("rundabord_template"), origin="0" * 16).close()
    return "rundabord_template"


@pytest.fixture(scope="session")
def pg_pool(pg_cluster, pg_template):
    """Copies of the template handed out to tests and taken back emptied (tests/pg_pool.py)."""
    from tests.pg_pool import PgPool

    pool = PgPool(pg_cluster, pg_template)
    yield pool
    pool.close()


@pytest.fixture
def pg_dsn(pg_pool) -> str:
    """A migrated database of its own for this test, as new as a fresh copy of the template: emptied
    after it for the next test, or dropped if it changed beyond its rows (tests/pg_pool.py)."""
    dsn = pg_pool.take()
    yield dsn
    pg_pool.put_back(dsn)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Each contract test runs once on each store backend."""
    return request.param


@pytest.fixture
def backend_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    """A bare store on the backend under test (a SQLite file, or a fresh PostgreSQL database)."""
    from app.store import Store

    if backend == "sqlite":
        s = Store(tmp_path / "workspace.sqlite3")
    else:
        from app.pg.store import PgStore

        s = PgStore(request.getfixturevalue("pg_dsn"), origin="a1b2c3d4e5f60718")
    yield s
    s.close()


@pytest.fixture
def make_secretariat(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    """make_secretariat(name): a secretariat workspace on the backend under test. On PostgreSQL every
    one made in a test shares that test's database: several secretaries, one store."""
    from app.workspace import Workspace

    made: list[Workspace] = []

    def make(name: str = "secretariat") -> Workspace:
        database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
        if backend == "sqlite" and made:
            raise AssertionError("SQLite workspaces cannot share a store")
        workspace = Workspace.create(tmp_path / name, "secretariat", database=database)
        made.append(workspace)
        return workspace

    yield make
    for workspace in made:
        workspace.close()
