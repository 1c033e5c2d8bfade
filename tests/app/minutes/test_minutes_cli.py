"""The CLI twins: `rundabord minutes ...` and `rundabord export-data ...`, as a user runs them."""

from __future__ import annotations

from pypdf import PdfReader

from app.cli import main
from app.minutes import i18n


def _run(world, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(world.workspace.dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_kind_of_document(world, tmp_path, capsys):
    cid = world.conference_id[:8]  # a prefix of the id is enough, as elsewhere
    for extra, name in (([], "all.pdf"), (["--table", "2"], "t2.pdf"), (["--theme", "Unga"], "unga.pdf")):
        code, out, err = _run(
            world, capsys, "minutes", "--conference", cid, *extra, "-o", str(tmp_path / name)
        )
        assert (code, err) == (0, ""), err
        pages = len(PdfReader(str(tmp_path / name)).pages)
        assert out.endswith(f"{tmp_path / name} ({pages} {'page' if pages == 1 else 'pages'})\n"), out
    public = ("minutes", "--conference", cid, "--public", "-o", str(tmp_path / "p.pdf"))
    code, out, err = _run(world, capsys, *public)  # the personal-data review comes first
    assert code == 2 and "UNDECIDED" in err and "not yet decided" in err.splitlines()[-1]
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "p.html").exists()
    code, out, _ = _run(world, capsys, "privacy", "decide", "--conference", cid, "--undecided", "--remove")
    assert code == 0 and "decided: remove" in out
    code, out, err = _run(world, capsys, *public)
    assert code == 0 and (tmp_path / "p.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, *_ = _run(
        world,
        capsys,
        "minutes",
        "--conference",
        cid,
        "--public",
        "-o",
        str(tmp_path / "q.pdf"),
        "--html",
        str(tmp_path / "web.html"),
    )
    assert code == 0 and (tmp_path / "web.html").exists() and not (tmp_path / "q.html").exists()
    for fmt in ("csv", "json"):
        code, out, _ = _run(
            world,
            capsys,
            "export-data",
            "--conference",
            cid,
            "--format",
            fmt,
            "-o",
            str(tmp_path / f"d.{fmt}"),
        )
        assert code == 0 and "(15 notes)" in out


def test_bad_input_is_one_line_and_exit_2(world, tmp_path, capsys):
    cases = [
        (["minutes", "--conference", "nope", "-o", str(tmp_path / "a.pdf")], "no conference with id nope"),
        (
            ["minutes", "--conference", world.conference_id, "--table", "41", "-o", str(tmp_path / "a.pdf")],
            "no table 41",
        ),
        (
            ["minutes", "--conference", world.conference_id, "--theme", "X", "-o", str(tmp_path / "a.pdf")],
            "unknown theme",
        ),
        (
            [
                "minutes",
                "--conference",
                world.conference_id,
                "--html",
                "x.html",
                "-o",
                str(tmp_path / "a.pdf"),
            ],
            "--html goes with --public",
        ),
        (
            ["minutes", "--conference", world.conference_id, "-o", str(tmp_path / "no" / "a.pdf")],
            "no such folder",
        ),
        (["minutes", "--conference", world.conference_id, "-o", str(tmp_path)], "is a folder"),
    ]
    for args, message in cases:
        code, _out, err = _run(world, capsys, *args)
        assert code == 2, args
        assert err.count("\n") == 1 and message in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_swedish_and_english_document_strings_match():
    assert set(i18n.SV) == set(i18n.EN)
    for key in i18n.SV:
        assert i18n.SV[key].count("{") == i18n.EN[key].count("{"), key
    assert i18n.Strings("sv").long_date("2026-03-12") == "12 mars 2026"
    assert i18n.Strings("en").long_date("2026-03-12") == "12 March 2026"
    assert i18n.Strings("sv").long_date("våren 2026") == "våren 2026"
