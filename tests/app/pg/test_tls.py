"""TLS to the shared store is libpq's own: `sslmode` and the certificate settings in the address, or
`PGSSLMODE` and the other PG* variables, reach the server as written. A server with TLS is connected
over TLS and its certificate checked; one without it, when TLS is required, is a one-line refusal.

The server with TLS is the test process's own, with TLS turned on for the test and off after it (the
server reads its TLS settings again on a reload): starting a second server cost seconds."""

from __future__ import annotations

import datetime
import ipaddress
import os
import pwd
import time
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.cli import main
from app.workspace import Workspace

LOOPBACK = ipaddress.ip_address("127.0.0.1")


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its own root) and its key, readable by the server."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@pytest.fixture(scope="module")
def server_certificate(pg_cluster):
    """The test process's server's certificate for 127.0.0.1 and its key (readable by the server), and
    a database to reach over TLS."""
    folder = pg_cluster.root / "tls"
    folder.mkdir(exist_ok=True)
    cert, key = _certificate(folder, "region-db")
    if pg_cluster.user:  # the server runs as another user when the tests run as root: its key is its own
        entry = pwd.getpwnam(pg_cluster.user)
        for path in (folder, cert, key):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE rundabord_region")
        yield cert, key
        conn.execute("DROP DATABASE rundabord_region WITH (FORCE)")


def _speaks_tls(cluster) -> bool:
    try:
        psycopg.connect(cluster.dsn() + "?sslmode=require&connect_timeout=5").close()
    except psycopg.OperationalError as exc:
        assert "server does not support SSL" in str(exc)
        return False
    return True


def _reload(cluster, statements: list[str], tls: bool) -> None:
    """Change the server's TLS settings and have it read them again (no restart: TLS is reloadable),
    then wait until new connections see the change."""
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.execute("SELECT pg_reload_conf()")
    give_up = time.monotonic() + 60
    while _speaks_tls(cluster) != tls:
        assert time.monotonic() < give_up, "the server did not take its TLS settings"
        time.sleep(0.02)


@pytest.fixture
def tls_server(pg_cluster, server_certificate):
    """The test process's server, speaking TLS for this test only, with the certificate a client must
    trust to verify it."""
    cert, key = server_certificate
    settings = [f"ssl_cert_file = '{cert}'", f"ssl_key_file = '{key}'", "ssl = on"]
    _reload(pg_cluster, [f"ALTER SYSTEM SET {setting}" for setting in settings], tls=True)
    yield pg_cluster, cert
    _reload(
        pg_cluster, [f"ALTER SYSTEM RESET {name}" for name in ("ssl", "ssl_cert_file", "ssl_key_file")], False
    )


def _init(folder: Path, address: str) -> int:
    return main(["--workspace", str(folder), "init", "--role", "secretariat", "--database", address])


def test_a_verified_tls_connection_is_made_and_kept_for_every_start(tls_server, tmp_path, capsys) -> None:
    cluster, cert = tls_server
    address = (
        f"postgresql://postgres@127.0.0.1:{cluster.port}/rundabord_region"
        f"?sslmode=verify-full&sslrootcert={cert}&connect_timeout=5"
    )
    assert _init(tmp_path / "anna", address) == 0, capsys.readouterr().err
    workspace = Workspace(tmp_path / "anna")  # the next start: the settings came from postgresql.json
    try:
        row = workspace.store.conn.execute(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert row[0] is True and row[1].startswith("TLS")
    finally:
        workspace.close()


def test_a_server_certificate_not_signed_by_the_root_given_is_refused(tls_server, tmp_path, capsys) -> None:
    cluster, _ = tls_server
    other, _ = _certificate(tmp_path, "someone-else")
    address = (
        f"postgresql://postgres@127.0.0.1:{cluster.port}/rundabord_region"
        f"?sslmode=verify-full&sslrootcert={other}&connect_timeout=5"
    )
    assert _init(tmp_path / "britt", address) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "cannot connect" in err and "certificate verify failed" in err
    assert not (tmp_path / "britt" / "postgresql.json").exists()


@pytest.mark.parametrize("how", ["address", "PGSSLMODE"])
def test_tls_required_of_a_server_without_it_is_a_one_line_refusal(
    pg_cluster, tmp_path, capsys, monkeypatch, how
) -> None:
    address = pg_cluster.dsn() + "?connect_timeout=5"  # refused before any database is looked at
    if how == "address":
        address += "&sslmode=require"
    else:
        monkeypatch.setenv("PGSSLMODE", "require")
    assert _init(tmp_path / "carin", address) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("rundabord: error: cannot connect to the secretariat's database")
    assert "server does not support SSL, but SSL was required" in err
    assert not (tmp_path / "carin" / "postgresql.json").exists()
