"""TLS to the shared store is libpq's own: `sslmode` and the certificate settings in the address, or
`PGSSLMODE` and the other PG* variables, reach the server as written. A server with TLS is connected
over TLS and its certificate checked; one without it, when TLS is required, is a one-line refusal."""

from __future__ import annotations

import datetime
import ipaddress
import os
import pwd
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.cli import main
from app.workspace import Workspace
from bench import pg_throwaway

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
def tls_server(tmp_path_factory):
    """A throwaway server that speaks TLS, with the certificate a client must trust to verify it."""
    cluster = pg_throwaway.Cluster()
    folder = cluster.root / "tls"
    folder.mkdir()
    cert, key = _certificate(folder, "region-db")
    if cluster.user:  # the server runs as another user when the tests run as root: its key is its own
        entry = pwd.getpwnam(cluster.user)
        for path in (folder, cert, key):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster.settings += ["ssl=on", f"ssl_cert_file={cert}", f"ssl_key_file={key}"]
    with cluster:
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE rundabord_region")
        yield cluster, cert


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
