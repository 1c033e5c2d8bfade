"""The target and account: parsed, remembered per workspace, the password in the keyring and nowhere else."""

from __future__ import annotations

import pytest

from app.cli import main as cli_main
from app.errors import UserError
from app.sync import engine, errors, settings
from app.sync.errors import SyncError
from app.sync.folder import FolderTarget
from app.sync.webdav import WebDavTarget


@pytest.mark.parametrize(
    ("text", "kind", "location", "user"),
    [
        ("https://moln.example.se/remote.php/dav/files/kansli/rundabord", "webdav",
         "https://moln.example.se/remote.php/dav/files/kansli/rundabord/", None),
        ("davs://anna@moln.example.se/dav/", "webdav", "https://moln.example.se/dav/", "anna"),
        ("http://127.0.0.1:8080/dav", "webdav", "http://127.0.0.1:8080/dav/", None),
        ("https://[::1]:8080/dav", "webdav", "https://[::1]:8080/dav/", None),  # was https://::1:8080/dav/
    ],
)  # fmt: skip
def test_parse_webdav_targets(text, kind, location, user):
    spec = settings.parse_target(text)
    assert (spec.kind, spec.location, spec.user) == (kind, location, user)


def test_parse_folder_targets(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert settings.parse_target("sticks/usb") == settings.TargetSpec("folder", str(tmp_path / "sticks/usb"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("https://anna:secret@host/dav", "password in the URL"),
        ("ftp://host/share", "unknown kind of target"),
        ("https:///nohost", "server name"),
        ("http://[::1", "not a valid web address"),  # these three were Python's ValueError, or taken
        ("https://moln.example.se:99999/dav", "not a valid web address"),
        ("https://moln.exa mple.se/dav", "not a valid web address"),
    ],
)
def test_bad_targets_are_refused_clearly(text, words):
    with pytest.raises(UserError, match=words):
        settings.parse_target(text)


def test_configure_webdav_keeps_the_password_in_the_keyring_only(chair, memory_keyring):
    secret = "Ålandsö-2026!"
    settings.configure(chair.store, "https://moln.example.se/dav", user="anna", password=secret)
    assert settings.configured_target(chair.store) == "https://moln.example.se/dav/"
    assert settings.configured_user(chair.store) == "anna"
    key = (settings.KEYRING_SERVICE, "anna @ https://moln.example.se/dav/")
    assert memory_keyring.passwords == {key: secret}
    chair.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in chair.dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    target = settings.open_target(chair.store)
    assert isinstance(target, WebDavTarget) and target.session.auth == (b"anna", secret.encode())
    target.close()
    assert settings.forget_password(chair.store) and memory_keyring.passwords == {}
    assert not settings.forget_password(chair.store)


def test_configure_refuses_what_cannot_work(chair, tmp_path):
    with pytest.raises(UserError, match="no such folder"):
        settings.configure(chair.store, str(tmp_path / "not-mounted"))
    with pytest.raises(UserError, match="takes no user"):
        settings.configure(chair.store, str(tmp_path), user="anna")
    with pytest.raises(UserError, match="needs a user name"):
        settings.configure(chair.store, "https://host/dav", password="x")
    assert settings.configured_target(chair.store) is None  # nothing half-configured


def test_a_keyring_that_fails_changes_nothing(chair, monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    with pytest.raises(UserError, match="no usable keyring"):
        settings.configure(chair.store, "https://host/dav", user="anna", password="x")
    assert settings.configured_target(chair.store) is None


def test_no_target_configured(chair):
    with pytest.raises(UserError, match="sync configure"):
        settings.open_target(chair.store)


def test_override_target_is_used_without_changing_the_configuration(chair, share, tmp_path):
    settings.configure(chair.store, str(share))
    other = tmp_path / "stick"
    target = settings.open_target(chair.store, str(other))
    assert isinstance(target, FolderTarget) and target.root == other
    assert settings.configured_target(chair.store) == str(share)


def test_non_ascii_password_reaches_the_server_as_utf8(chair, dav, plain_bundle):
    assert not dav.password.isascii()
    settings.configure(chair.store, dav.url, user=dav.user, password=dav.password)
    plain_bundle(chair.outbox_dir)
    report = engine.run_sync(chair, settings.open_target(chair.store))
    assert len(report.pushed) == 1


def test_wrong_password_is_an_auth_error(chair, dav, plain_bundle):
    settings.configure(chair.store, dav.url, user=dav.user, password="fel")
    plain_bundle(chair.outbox_dir)
    with pytest.raises(SyncError) as caught:
        engine.run_sync(chair, settings.open_target(chair.store))
    assert caught.value.kind == errors.AUTH


def test_cli_configure_reads_the_password_file(chair, dav, tmp_path, memory_keyring, capsys, monkeypatch):
    secret_file = tmp_path / "lösen.txt"
    secret_file.write_text(dav.password + "\n", encoding="utf-8")
    argv = ["--workspace", str(chair.dir), "sync", "configure", "--target", dav.url, "--user", dav.user]
    assert cli_main([*argv, "--password-file", str(secret_file)]) == 0
    assert f"sync target: {dav.url}" in capsys.readouterr().out
    assert list(memory_keyring.passwords.values()) == [dav.password]
    assert cli_main([*argv, "--password-file", str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err.strip() == f"rundabord: error: {tmp_path / 'missing'}: no such file"
    (tmp_path / "empty").write_text("")
    assert cli_main([*argv, "--password-file", str(tmp_path / "empty")]) == 2
    assert "empty" in capsys.readouterr().err
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("från-stdin\n"))
    assert cli_main([*argv, "--password-file", "-"]) == 0
    assert list(memory_keyring.passwords.values()) == ["från-stdin"]
    assert cli_main(["--workspace", str(chair.dir), "sync", "forget-password"]) == 0
    assert memory_keyring.passwords == {}


def test_cli_warns_about_plain_http_to_another_host(chair, capsys):
    code = cli_main(
        [
            "--workspace",
            str(chair.dir),
            "sync",
            "configure",
            "--target",
            "http://moln.example.se/dav",
            "--user",
            "a",
        ]
    )
    assert code == 0 and "unencrypted" in capsys.readouterr().err


def test_a_keyring_that_forgets_is_found_out(chair):
    import keyring
    from keyring.backends.null import Keyring as Forgetful

    keyring.set_keyring(Forgetful())
    with pytest.raises(UserError, match="did not keep the password"):
        settings.configure(chair.store, "https://host/dav", user="anna", password="x")
    assert settings.configured_target(chair.store) is None


@pytest.mark.parametrize("seconds", [0.5, 60, 300, settings.LONGEST_TIMEOUT])
def test_the_users_patience_is_never_cut_short_by_a_request_deadline(chair, seconds):
    """'Vänta på servern' 300 s: the wait for one answer may last that long, not a built-in 120 s."""
    settings.configure(chair.store, "https://moln.example/dav/", user="anna", password="x")
    settings.set_timeout(chair.store, seconds)
    target = settings.open_target(chair.store)
    assert target.timeout[1] == seconds and target.timeout[0] <= seconds
    assert target.deadline >= sum(target.timeout)
