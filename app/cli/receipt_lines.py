"""How the command line says what happened to one bundle (`import`, `quarantine accept`)."""

from __future__ import annotations

from typing import Any

from app.cli.common import plural


def print_receipt(receipt: Any) -> None:
    head = f"{receipt.path}: {receipt.status}"
    if receipt.status == "imported":
        c = receipt.counts
        print(
            f"{head} ({receipt.kind} by {receipt.signer_name}, {receipt.key_id}, as {receipt.trusted_as}):"
            f" {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged,"
            f" {plural(c['conflicts'], 'conflict')},"
            f" {c['superseded']} superseded"
        )
    elif receipt.incomplete:
        print(f"{head}: incomplete: {receipt.reason}")
    else:
        print(f"{head}: {receipt.reason}")
    if receipt.status == "imported" and receipt.counts.get("conflicts"):
        opened = plural(receipt.counts["conflicts"], "conflict")
        print(f"  note: opened {opened} to review: rundabord conflict list --conference {receipt.conference}")
    for flag in receipt.flags:
        print(f"  note: {flag.english()}")
