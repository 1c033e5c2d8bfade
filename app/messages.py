"""Messages as data: what the core has to say about a bundle, as a code and its parameters.

The importer's remarks on a bundle it took, the roles a key is trusted for and the reasons a bundle was
refused are `Message`s. They are stored as JSON (`as_json`), the CLI prints `english()`, and the windows
say them in the user's language from the same code and parameters (ui/messages.py), so no one ever
parses a sentence back into its parts.

Adding a message: register its English here with `_english("code", lambda p: ...)`, create it with
`message("code", name=value, ...)`, and give it a translation in ui/bundle_messages.py.
tests/ui/test_bundle_messages.py fails while any registered code lacks a translation.

A refused bundle has two codes: its `BundleError.check` (the kind of trouble, which the windows explain
with what to do) and its `why`, one of the messages below (exactly what was wrong, with its parameters):
`raise refused("hash", "member-altered", member=name)`. A check raised with a plain sentence
(`BundleError("zip", "...")`) keeps it as a "text" message, shown in English as the technical detail
until someone gives it a code here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Params = Mapping[str, Any]

_ENGLISH: dict[str, Callable[[Params], str]] = {}


def _english(code: str, render: Callable[[Params], str]) -> None:
    _ENGLISH[code] = render


@dataclass(frozen=True)
class Message:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # parameters are plain JSON values: hash them as their canonical text
        return hash((self.code, json.dumps(self.params, sort_keys=True, default=str)))

    def english(self) -> str:
        render = _ENGLISH.get(self.code)
        return render(self.params) if render else str(self.params.get("text", self.code))

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_json(cls, value: Any) -> Message:
        """A stored message; a plain string (a ledger row from before messages were data) is kept as text."""
        if isinstance(value, Mapping) and isinstance(value.get("code"), str):
            return cls(value["code"], dict(value.get("params") or {}))
        return cls(TEXT, {"text": str(value)})


def message(code: str, **params: Any) -> Message:
    if code not in _ENGLISH:
        raise ValueError(f"unregistered message code {code!r}: add it to app/messages.py")
    return Message(code, params)


def english(messages: Iterable[Message], separator: str = "; ") -> str:
    return separator.join(m.english() for m in messages)


def codes() -> list[str]:
    """Every registered code (for the test that each has a translation)."""
    return sorted(_ENGLISH)


def _bundles(first: int, last: int) -> str:
    return (
        f"bundle {first} from this signer has"
        if first == last
        else f"bundles {first}-{last} from this signer have"
    )


TEXT = "text"  # a sentence stored before messages were data, shown as it is
_english(TEXT, lambda p: str(p["text"]))

# -- the importer's remarks on a bundle it took ------------------------------------------------------
_english(
    "sequence-repeated",
    lambda p: f"another bundle with sequence number {p['number']} from this signer was imported before",
)
_english(
    "sequence-superseded",
    lambda p: (
        f"superseded: bundle {p['newer']} from this signer was imported before this older one"
        f" ({p['number']}); nothing newer was rolled back"
    ),
)
_english("sequence-gap", lambda p: f"gap: {_bundles(p['first'], p['last'])} not arrived")
_english(
    "sequence-fork",
    lambda p: f"its link to the signer's previous bundle ({p['previous']}) does not match the one imported",
)
_english("clock-ahead", lambda p: "stamp more than a day in the future: the signer's clock may be wrong")
_english(
    "key-pinned",
    lambda p: (
        f"pinned {p['signer']}'s key as this conference's secretariat; compare its fingerprint with"
        f" the secretariat's: {p['fingerprint']}"
    ),
)

# -- what a key is trusted for -----------------------------------------------------------------------
_english("grant-chair", lambda p: f"chair of table {p['table']} (conference {str(p['conference'])[:8]})")
_english(
    "grant-secretariat-pinned",
    lambda p: f"secretariat of conference {str(p['conference'])[:8]} (pinned from its pack)",
)
_english("grant-secretariat", lambda p: "secretariat")
_english("key-revoked", lambda p: "revoked key")
_english("key-unknown", lambda p: "unknown key")

# -- why a bundle was not taken ----------------------------------------------------------------------
_english("refused", lambda p: str(p.get("detail") or "refused"))
_english(
    "quarantined",
    lambda p: (
        f"signed by an unknown key; held in quarantine until someone trusts or rejects key {p['key']}"
        + (" (already held)" if p.get("already_held") else "")
    ),
)
_english("already-imported", lambda p: f"already imported on {p['when']}")

# -- exactly why (BundleError.why: the reason beside the check's code) ------------------------------
_english("unexpected", lambda p: f"could not be checked ({p['error']}); the fault is in the log")
_english(
    "clock-future",
    lambda p: (
        f"its clock stamps lie {p['days']} days in the future (more than {p['tolerance']} are not taken):"
        " the signer's computer clock is wrong, or the bundle is forged; set the date right there and"
        " export again"
    ),
)
_english(
    "sequence-rollback",
    lambda p: (
        f"its sequence number {p['number']} is below bundle {p['newer']} from the same signer, imported"
        " before and made earlier: a rollback of the signer's sequence"
    ),
)
_english("file-missing", lambda p: f"{p['path']}: no such file")
_english("file-is-folder", lambda p: f"{p['path']}: is a folder, not a bundle")
_english("file-unreadable", lambda p: f"{p['path']}: cannot read: {p['error']}")
_english("file-too-large", lambda p: f"larger than {p['mib']} MiB: not a bundle Rundabord reads")
_english("file-cut-short", lambda p: "the file is empty or cut short: an incomplete copy; fetch it again")
_english(
    "zip-directory-missing",
    lambda p: "the file ends early (its zip directory is missing): an incomplete copy; fetch it again",
)
_english(
    "zip-directory-cut",
    lambda p: "the file ends early (its zip directory is cut short): an incomplete copy; fetch it again",
)
_english("not-a-zip", lambda p: "not a Rundabord bundle (not a zip file)")
_english(
    "format-newer",
    lambda p: f"made by a newer Rundabord (bundle format {p['version']}); update Rundabord to read it",
)
_english(
    "signature-mismatch",
    lambda p: "the signature does not match the manifest (altered, or signed by another key)",
)
_english("weak-key", lambda p: f"the bundle is signed with {p['weak']}")
_english(
    "member-altered",
    lambda p: f"{p['member']} does not match the hash in the signed manifest (altered or swapped)",
)
_english(
    "quarantine-key-full",
    lambda p: (
        f"{p['count']} bundles from the unknown key {p['key']} already wait in quarantine; trust or reject"
        " the key first"
    ),
)
_english(
    "quarantine-full",
    lambda p: f"the quarantine is full ({p['mib']} MiB held); trust or reject the waiting keys first",
)
_english("signed-by-revoked", lambda p: f"signed by the key {p['key']}, which was revoked or rejected here")
_english(
    "pack-other-key",
    lambda p: (
        f"this conference was opened from a pack signed by {p['signer']} (key {p['pinned']});"
        f" this pack is signed by another key ({p['key']})"
    ),
)
