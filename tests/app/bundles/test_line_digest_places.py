"""A line digest begins with its signer and conference's own characters (codec.line_digests), so one
table's lines lie side by side in `merge_lines`' digest index however many lines the store holds."""

from __future__ import annotations

import string

from app.bundles.codec import digest_context, line_digest, line_digests

_ALPHABET = set(string.ascii_letters + string.digits + "._")


def test_one_signers_lines_for_a_conference_share_their_first_characters_and_no_more():
    context = digest_context("compact", "0123456789abcdef", "conference-a")
    lines = [f'["note","id-{i}",1,"text {i}"]'.encode() for i in range(200)]
    digests = line_digests(context, lines)
    assert len({d[:4] for d in digests}) == 1
    assert len({d[4:] for d in digests}) == 200
    assert digests[7] == line_digest(context, lines[7])
    assert all(len(d) == 32 and set(d) <= _ALPHABET for d in digests)  # '+' and '-' mark list deltas


def test_another_signer_or_conference_has_other_digests_for_the_same_line():
    line = b'["note","id-1",1,"text"]'
    mine = line_digest(digest_context("compact", "0123456789abcdef", "conference-a"), line)
    for other in (
        digest_context("compact", "fedcba9876543210", "conference-a"),
        digest_context("compact", "0123456789abcdef", "conference-b"),
        digest_context("jsonl", "0123456789abcdef", "conference-a"),
    ):
        theirs = line_digest(other, line)
        assert theirs[:4] != mine[:4] and theirs[4:] != mine[4:]
