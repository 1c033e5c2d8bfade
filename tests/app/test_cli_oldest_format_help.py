"""`rundabord export --help` says which secretariats read `--oldest-format` in words a chair knows (what
the secretariat's Rundabord can do), not by the days Rundabord changed: "one from before paper sheets and
photos (3 December, afternoon)" asked a chair to know when her secretariat last updated."""

from __future__ import annotations

import re

import pytest

from app.cli import main

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _oldest_format_help(capsys) -> str:
    with pytest.raises(SystemExit) as ended:
        main(["export", "--help"])
    assert ended.value.code == 0
    text = " ".join(capsys.readouterr().out.split())  # as one line: argparse wraps it
    start = text.rindex("--oldest-format")  # its help, after the usage line
    return text[start : text.index("--passphrase-file", start)]


def test_the_oldest_format_help_names_what_the_secretariat_can_do_not_dates(capsys) -> None:
    said = _oldest_format_help(capsys)
    assert not re.search(rf"\b({MONTHS})\b|afternoon|evening|\b\d{{1,2}} (of )?\w+ber\b", said), said
    assert "every secretariat's Rundabord reads" in said
    # The two exceptions, each by what the secretariat's Rundabord cannot do yet, and the warning
    assert "cannot take paper sheets and photos yet" in said
    assert "`rundabord identity renew`" in said and "cannot renew keys yet" in said
    assert "the export warns" in said
