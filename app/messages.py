"""Messages as data: what the core has to say about a bundle, as a code and its parameters.

The importer's remarks on a bundle it took, the roles a key is trusted for and the reasons a bundle was
refused are `Message`s. They are stored as JSON (`as_json`), the CLI prints `english()`, and the windows
say them in the user's language from the same code and parameters (ui/bundle_messages.py), so no one
ever parses a sentence back into its parts.

Adding a message: give its English template in `_ENGLISH` below or in app/messages_commands.py
(`"code": "... {name} ..."`, filled from the parameters by `str.format`), raise or create it with its
parameters, and give the window's template in ui/message_texts.py (then `make ts` and its Swedish). A
refusal is `raise refused("check", "code", name=value)` (app/bundles/format.py); a remark or a part of
another message is `message("code", name=value)`. tests/ui/test_message_codes.py reads every such
call from the syntax tree and fails while a code lacks either template, or a template names a parameter
its raiser does not give.

A parameter may itself hold a message (`problem=message("json-too-deep").as_json()`, or a list of
them): it is said in the same language as the message around it. That keeps "record line 5: ..." one
message whose inner reason is data too.

A refused bundle has two codes: its `BundleError.check` (the kind of trouble, which the windows explain
with what to do) and its `why`, one of the messages below (exactly what was wrong, with its parameters).
A sentence stored before messages were data is read back as the message it was when it is a known one
(app/message_legacy.py); anything else is kept as a "text" message and shown as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.message_legacy import Reader
from app.messages_commands import COMMAND_ENGLISH

Params = Mapping[str, Any]
Say = Callable[["Message"], str]


@dataclass(frozen=True)
class Message:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # parameters are plain JSON values: hash them as their canonical text
        return hash((self.code, json.dumps(self.params, sort_keys=True, default=str)))

    def english(self) -> str:
        render = _ENGLISH.get(self.code)
        if render is None:
            return str(self.params.get("text", self.code))
        try:
            return render(self.params) if callable(render) else fill(render, self.params, Message.english)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):  # a row of another shape
            return f"{self.code} {json.dumps(self.params, ensure_ascii=False, default=str)}"

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_json(cls, value: Any) -> Message:
        """A stored message. A plain string (a row from before messages were data) is read back as the
        message it was when it is one known sentence (app/message_legacy.py), else kept as text."""
        if is_message_json(value) and value["code"] != TEXT:
            return cls(value["code"], dict(value.get("params") or {}))
        text = _stored_text(value)
        said = _legacy(text)
        return said[0] if len(said) == 1 else cls(TEXT, {"text": text})


def is_message_json(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("code"), str)


class MessageError(ValueError):
    """A ValueError whose reason is a message (its str() is the English), for code that reports a
    problem to a caller who words it: a strict JSON reader, an image check."""

    def __init__(self, why: Message) -> None:
        super().__init__(why.english())
        self.why = why


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """A count with its English noun ("1 page", "3 pages", "2 proposal statuses"): singular only for 1."""
    if count == 1:
        return f"{count} {noun}"
    if plural_form is None:
        plural_form = noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")
    return f"{count} {plural_form}"


def message(code: str, **params: Any) -> Message:
    if code not in _ENGLISH:
        raise ValueError(f"unregistered message code {code!r}: add it to app/messages.py")
    return Message(code, params)


def english(messages: Iterable[Message], separator: str = "; ") -> str:
    return separator.join(m.english() for m in messages)


def codes() -> list[str]:
    """Every registered code (for the test that each has a translation)."""
    return sorted(_ENGLISH)


def template(code: str) -> str | None:
    """The English template of a code, None for the few worded by a function."""
    render = _ENGLISH.get(code)
    return render if isinstance(render, str) else None


def fill(template: str, params: Params, say: Say) -> str:
    """`template` with its {names} filled from `params`; a parameter holding a message (or a list of
    them) is said by `say`, in the language of the template around it."""
    return template.format_map({name: _shown(value, say) for name, value in params.items()})


def _shown(value: Any, say: Say) -> Any:
    if is_message_json(value):
        return say(Message.from_json(value))
    if isinstance(value, list) and value and all(is_message_json(v) for v in value):
        return "; ".join(dict.fromkeys(say(Message.from_json(v)) for v in value))
    return value


def dumps(messages: Iterable[Message]) -> str:
    """Messages as a stored column holds them: a JSON list of {code, params}."""
    return json.dumps([m.as_json() for m in messages], ensure_ascii=False, sort_keys=True)


def loads(stored: str | None) -> tuple[Message, ...]:
    """Messages as a column holds them; a row written before they were data holds English text, read
    back as the messages it said (app/message_legacy.py) or as one text message, shown as it is."""
    if not stored:
        return ()
    try:
        values = json.loads(stored)
    except ValueError:
        values = [stored]
    if not isinstance(values, list):
        values = [stored]
    return tuple(m for v in values for m in _read(v))


def _read(value: Any) -> tuple[Message, ...]:
    if is_message_json(value) and value["code"] != TEXT:
        return (Message.from_json(value),)
    return _legacy(_stored_text(value))


def _stored_text(value: Any) -> str:
    """The sentence of a plain stored string, or of a text message (m270 wrapped old rows in one)."""
    if is_message_json(value):
        return str((value.get("params") or {}).get("text", ""))
    return str(value)


_OLD_SENTENCES: list[Reader] = []  # made when the first old row is met


def _legacy(text: str) -> tuple[Message, ...]:
    """An old row's sentence as the messages it was (app/message_legacy.py), else as one text message."""
    if not text.strip():
        return ()
    if not _OLD_SENTENCES:
        _OLD_SENTENCES.append(Reader({c: t for c, t in _ENGLISH.items() if isinstance(t, str)}))
    said = _OLD_SENTENCES[0].read(text)
    if said is None:
        return (Message(TEXT, {"text": text.strip()}),)
    return tuple(Message(code, params) for code, params in said)


TEXT = "text"  # a sentence stored before messages were data, shown as it is


def _bundles(p: Params) -> str:
    first, last = p["first"], p["last"]
    said = (
        f"bundle {first} from this signer has"
        if first == last
        else f"bundles {first}-{last} from this signer have"
    )
    return f"gap: {said} not arrived"


_MANIFEST_PARTS = {"bundle_id": "bundle id", "created": "created time", "tables": "list of tables"}
_MANIFEST_PARTS |= {"sequence": "sequence number", "previous": "previous-bundle hash"}
_MANIFEST_PARTS |= {"members": "member hashes", "records_encoding": "records encoding"}
_MANIFEST_PARTS |= {"public_key": "signer public key"}

_TRUSTED = "; the signer is trusted only as {trusted}"
_ONE_FILE = "; a bundle is one file"
# What the sender of a table's export can do for an older Rundabord (every Rundabord reads it)
_OLDEST = " a table export's chair to export it again with `rundabord export --oldest-format`"
# What a record of a newer Rundabord's new kind or fields asks of the reader (such came without a version)
_NEWER = " (if a newer Rundabord made it, update Rundabord; otherwise ask the sender to export it again)"
_RELAY = "; a chair's key may relay only the edits of another laptop of its own table"

_ENGLISH: dict[str, str | Callable[[Params], str]] = {
    TEXT: lambda p: str(p["text"]),
    # -- the importer's remarks on a bundle it took ----------------------------------------------------
    "sequence-repeated": "another bundle with sequence number {number} from this signer was imported before",
    "sequence-superseded": "superseded: bundle {newer} from this signer was imported before this older one"
    " ({number}); nothing newer was rolled back",
    "sequence-gap": _bundles,
    "sequence-fork": "its link to the signer's previous bundle ({previous}) does not match the one imported",
    "origin-taken-over": "{signer}'s new key takes over the edits its laptop made as workspace {origin}"
    " (key {key}) before it got this key: they are taken as its own",
    "copied-profile-seen": "{signer}'s key ({key}) now signs two histories: the laptop's profile was copied"
    " to another computer (or put back from a backup), and differing changes show as conflicts. The next"
    " conference pack you export tells the laptops that sign with it (rundabord pack export; hand it to"
    " the chair); each needs its own identity",
    "copied-profile-told": "{signer} has seen two computers sign with this laptop's key ({key}): this"
    " laptop's profile was copied to another computer. Each laptop needs its own identity: on each"
    ' laptop that shows this, export its tables, then run `rundabord identity renew --name "YOUR NAME"`'
    " and send the new key card (`rundabord identity export -o card.json`) to the secretariat",
    "sequence-copied": "numbered {number}, below bundle {newer} from the same signer that was made before"
    " it: the signer's laptop profile was copied to another computer (or put back from a backup), so"
    " its edits are weighed as another laptop's and differing edits show as conflicts; each laptop"
    " needs its own identity (rundabord identity renew on each, then trust the new key cards)",
    "clock-ahead": "stamp more than a day in the future: the signer's clock may be wrong",
    "key-pinned": "pinned {signer}'s key as this conference's secretariat; compare its fingerprint with"
    " the secretariat's: {fingerprint}",
    "secretariat-team-named": "{signer}'s pack names {names} as this conference's secretariat too: their"
    " packs and follow-ups are taken as the secretariat's",
    "conflicts-opened": lambda p: f"opened {p['count']} conflict{'s' if p['count'] != 1 else ''} to review",
    # -- what a key is trusted for ---------------------------------------------------------------------
    "grant-chair": "chair of table {table} (conference {conference!s:.8})",
    "grant-secretariat-pinned": "secretariat of conference {conference!s:.8} (from its pack)",
    "grant-secretariat": "secretariat",
    "key-revoked": "revoked key",
    "key-unknown": "unknown key",
    # -- what became of a bundle that was not merged --------------------------------------------------
    "refused": lambda p: str(p.get("detail") or "refused"),
    "quarantined": lambda p: (
        f"signed by an unknown key; held in quarantine until someone trusts or rejects key {p['key']}"
        + (" (already held)" if p.get("already_held") else "")
    ),
    "quarantined-returning-chair": lambda p: (
        f"signed by {p['signer']}, trusted as chair in another conference; held in quarantine until"
        f" someone trusts key {p['key']} for table {p['table']} of {p.get('conference') or 'this conference'}"
        + (" (already held)" if p.get("already_held") else "")
    ),
    "merged-after-hold": "held in quarantine until the key was trusted, then merged",
    "dropped-after-hold": "held in quarantine, then deleted: the key was rejected",
    "already-imported": "already imported on {when}",
    "table-export-not-pack": "{file} is a table's export, not a conference pack: nothing was opened",
    "not-a-bundle-size": "too large for a bundle",
    "fetched-refused": "{file} refused: {why}",
    "outbox-unreadable": "{file}: not a readable bundle ({error})",
    "outbox-unroutable": "{file}: its manifest does not name a bundle id, conference and kind",
    "outbox-gone": "{file}: left the outbox before it was sent",
    # -- exactly why a bundle was refused (BundleError.why) ---------------------------------------------
    "unexpected": "could not be checked ({error}); the fault is in the log",
    "clock-future": "its clock stamps lie {days} days in the future (more than {tolerance} are not taken):"
    " the signer's computer clock is wrong, or the bundle is forged; set the date right there and export"
    " again",
    "sequence-rollback": "its sequence number {number} is below bundle {newer} from the same signer,"
    " imported before and made earlier: a rollback of the signer's sequence",
    "sequence-replayed": "its sequence number {number} is below bundle {newer} from the same signer,"
    " imported before and made earlier, and every record in it came here with that signer's bundles"
    " already: an older state signed again, a rollback (nothing in it is lost by leaving it out)",
    "signed-by-revoked": "signed by the key {key}, which was revoked or rejected here",
    "pack-other-key": "this conference was opened from a pack signed by {signer} (key {pinned}); this pack"
    " is signed by another key ({key})",
    "quarantine-key-full": "{count} bundles from the unknown key {key} already wait in quarantine; trust or"
    " reject the key first",
    "quarantine-full": "the quarantine is full ({mib} MiB held); trust or reject the waiting keys first",
    "export-read-back": "the written bundle does not read back as signed",
    # the file
    "file-missing": "{path}: no such file",
    "file-is-folder": "{path}: is a folder, not a bundle",
    "file-not-regular": "{path}: not a file (a device or a pipe)",
    "file-unreadable": "{path}: cannot read: {error}",
    "file-too-large": "larger than {mib} MiB: not a bundle Rundabord reads",
    "file-cut-short": "the file is empty or cut short: an incomplete copy; fetch it again",
    # the zip container
    "zip-directory-missing": "the file ends early (its zip directory is missing): an incomplete copy;"
    " fetch it again",
    "zip-directory-cut": "the file ends early (its zip directory is cut short): an incomplete copy;"
    " fetch it again",
    "not-a-zip": "not a Rundabord bundle (not a zip file); ask the sender for the .rbz file Rundabord wrote",
    "zip-damaged": "damaged zip ({error})",
    "zip-extra-bytes": "the zip is followed by extra bytes",
    "zip-disks": "the zip claims to span several disks" + _ONE_FILE,
    "zip64": "the zip uses ZIP64 records; a bundle never needs them",
    "zip-entries": "the zip holds {entries} members; a bundle has {expected}",
    "zip-gaps": "the zip holds data outside its members (or members overlap)",
    "zip-beyond": "the zip holds data beyond its members' declared sizes",
    "zip-bomb": "the members together are too large to read (a zip bomb)",
    # its members
    "member-too-large": "member {member} is larger than {cap} bytes",
    "member-bomb": "member {member} expands more than {ratio}x (a zip bomb)",
    "member-checksum": "member {member} is damaged or altered (its checksum does not match)",
    "member-damaged": "member {member} is damaged or altered ({error})",
    "member-size": "member {member} is not the size its zip entry states",
    "member-no-header": "member {member!r} has no local header where the directory says",
    "member-other-name": "member {member!r} has another name in its local header",
    "member-control": "member {member!r} has a NUL or control character in its name",
    "member-disk": "a member lies on another disk" + _ONE_FILE,
    "member-no-name": "a member has no name",
    "member-absolute": "member {member!r} has an absolute path",
    "member-climbs": "member {member!r} climbs out of the bundle (../)",
    "member-link": "member {member!r} is a symbolic link",
    "member-folder": "member {member!r} is in a folder; a bundle has none",
    "member-twice": "member {member!r} appears {times} times",
    "member-twin": "member {member!r} differs from {twin!r} only by case or Unicode form",
    "member-unexpected": "unexpected member {member!r}",
    "member-encrypted": "member {member!r} is encrypted",
    "member-compression": "member {member!r} uses an unsupported compression",
    "member-missing": "member {member!r} is missing",
    "member-altered": "{member} does not match the hash in the signed manifest (altered or swapped)",
    "member-unlisted": "member {member} is not listed in the signed manifest (added)",
    "member-v1-attachment": "unexpected member {member!r} (format 1 has no attachments)",
    "attachments-too-many": "the bundle holds more than {most} attachments",
    # the signature and the manifest
    "signature-not-base64": "the signature member is not base64",
    "signature-length": "the signature member does not hold a 64-byte Ed25519 signature",
    "signature-mismatch": "the signature does not match the manifest (altered, or signed by another key)",
    "weak-key": "the bundle is signed with {weak}",
    "key-length": "an Ed25519 public key is 32 bytes",
    "key-weak": "a weak Ed25519 public key (small order, off the curve or not in canonical form)",
    "key-id-mismatch": "the manifest's key id does not belong to its public key",
    "manifest-not-utf8": "the manifest is not UTF-8 text",
    "manifest-text": "the manifest: {problem}",
    "manifest-not-json": "the manifest is not valid JSON: {problem}",
    "manifest-other-format": "not a Rundabord bundle (the manifest names another format); ask the sender for"
    " the .rbz file Rundabord wrote",
    "format-newer": "made by a newer Rundabord (bundle format {version}); update Rundabord to read it, or ask"
    + _OLDEST,
    "format-newer-unchecked": "says it was made by a newer Rundabord (bundle format {version}), which its"
    " signature cannot confirm here; update Rundabord to read it, and if that refuses it too, ask for a new"
    " copy",
    "format-unknown": "names a bundle format version no Rundabord writes ({version}): altered or made by"
    " another program; ask the sender to export it again",
    "manifest-fields": "the manifest has fields this Rundabord does not know: {fields}; if a newer Rundabord"
    " made it, update Rundabord, or ask" + _OLDEST,
    "manifest-fields-version": "the manifest has fields format {version} does not have: {fields}; altered or"
    " made by another program: ask the sender to export it again",
    "manifest-fields-missing": "the manifest lacks fields every Rundabord writes: {fields}; altered or made"
    " by another program: ask the sender to export it again",
    "manifest-created-fields": "the manifest's created time has fields this Rundabord does not know:"
    " {fields}; if a newer Rundabord made it, update Rundabord, or ask" + _OLDEST,
    "requires-unknown": "made by a newer Rundabord: it asks its reader to honour {what}, which this version"
    " does not know; update Rundabord to read it",
    "manifest-malformed": lambda p: (
        f"the manifest's {_MANIFEST_PARTS.get(p['part'], p['part'])} is malformed"
    ),
    "encoding-unknown": "unknown records encoding {encoding}: made by a newer Rundabord; update Rundabord to"
    " read it, or ask" + _OLDEST,
    "claims-empty-table": "the manifest claims table {table}, but the bundle holds none of its records",
    "claims-outside": "a {type} record belongs to table {table} of conference {conference!s:.8}, which the"
    " manifest does not cover",
    "counts-mismatch": "the records do not match the counts in the manifest",
    # the records, line by line ("record line 5: " and the problem)
    "records-no-line-break": "records.jsonl does not end with a line break",
    "line-too-long": "record line {line} is longer than {most} bytes",
    "line-not-utf8": "record line {line} is not UTF-8 text",
    "line": "record line {line}: {problem}",
    "json-duplicate-key": "duplicate key {key!r}",
    "json-not-number": "{name} is not a JSON number",
    "json-fraction": "unexpected fractional number {number}",
    "json-integer-too-large": "integer too large",
    "json-too-deep": "nested too deeply",
    "json-malformed": "malformed JSON ({error} at character {position})",
    "json-lone-surrogate": "a text holds an escape that is no Unicode character (a lone surrogate)",
    "record-not-object": "not a JSON object",
    "record-fields-missing": lambda p: (
        f"missing {'field' if len(p['fields'].split(', ')) == 1 else 'fields'} {p['fields']}"
    ),
    "record-fields-unexpected": "unexpected fields" + _NEWER,
    "record-type-unknown": "unknown record type {type!r}" + _NEWER,
    "record-id": "malformed id",
    "record-origin": "malformed origin",
    "record-stamp": "malformed clock stamp",
    "record-deleted": "malformed deleted flag",
    "record-fields": "the fields of a {type} record are not {fields}" + _NEWER,
    "record-stamps": "malformed field stamps",
    "record-seen": "malformed claims of what its writer had seen",
    "record-seen-format": "claims what its writer had seen, which only a bundle of format 3 may",
    "record-twice": "id {id} appears twice",
    "field-not-number": "field {field} is not a whole number",
    "field-not-text": "field {field} is not text",
    "field-not-list": "field {field} is not a list",
    "field-too-long": "field {field} is longer than {most} characters",
    "field-domain": "field {field} of a {type} record holds {value}, outside its domain",
    "compact-shape": "not a compact record (an array of eight or nine items)",
    "compact-base": "malformed base stamp",
    "compact-values": "a {type} record holds {count} values",
    "compact-groups": "malformed stamp groups",
    "compact-group": "malformed stamp group",
    "compact-mask": "a stamp group's field mask is empty, out of range or overlaps another",
    "compact-pair-twice": "two stamp groups name the same stamp",
    # attachments
    "attachment-misnamed": "attachment {member} is not named by its own hash",
    "attachment-image": "attachment {member} is refused: {problem}",
    "attachment-type": "attachment {member} is a {actual} image named .{extension}",
    "attachment-record": "an attachment record names no image hash or an unknown image type",
    "attachment-other-type": "attachment record {record:.8} names another image type",
    "attachment-no-image": "attachment record {record:.8} has no image in the bundle",
    "attachment-unclaimed": "attachment {digest:.12}… belongs to no attachment record",
    "image-too-large": "larger than {mib} MiB",
    "image-not-image": "not a PNG or JPEG image",
    "image-pixels": "{width}×{height} pixels is not a photo of a sheet of paper",
    "image-undecodable": "the {kind} image does not decode ({error})",
    # references between records, checked against the store
    "reference-question": "note {note} answers a question that is not one of its conference's",
    "reference-table": "note {note} belongs to table {table}, which its conference lacks",
    # the signer's role, record by record
    "role-pack": "only the secretariat may sign a conference pack" + _TRUSTED,
    "role-table": "the manifest claims table {table}" + _TRUSTED,
    "role-record-table": "the bundle writes a {type} record of table {table} (conference"
    " {conference!s:.8})" + _TRUSTED,
    "role-record-conference": "the bundle writes a {type} record of conference {conference!s:.8}" + _TRUSTED,
    "role-record": "the bundle writes a {type} record" + _TRUSTED,
    "role-retyped": "record {record} is a {here} here, not a {incoming}" + _TRUSTED,
    "role-elsewhere-table": "record {record} belongs here to table {table} of conference"
    " {conference!s:.8}" + _TRUSTED,
    "role-elsewhere-conference": "record {record} belongs here to conference {conference!s:.8}" + _TRUSTED,
    "role-new-table": "the bundle brings table {table} as a table this workspace does not have; import the"
    " conference pack first" + _TRUSTED,
    "role-table-field": "the bundle changes the table's {field}, which only the secretariat may" + _TRUSTED,
    "role-sheet": "the bundle says table {table}'s paper notes were typed in by {typist}; a chair's key may"
    " only bring sheets a chair typed" + _TRUSTED,
    "role-sheet-unnamed": "the bundle says table {table}'s paper notes were typed in by nobody named; a"
    " chair's key may only bring sheets a chair typed" + _TRUSTED,
    "role-process": "the bundle rewrites the process of conference {conference:.8}, which was opened from a"
    " pack signed by another key ({key})" + _TRUSTED,
    # whose workspace the edits come from
    "origin-home": "the bundle says it was made in workspace {home}, which belongs to another key ({key});"
    " a key signs only its own workspace's bundles",
    "record-seen-relayed": "record {record} is workspace {origin}'s edit, and the bundle says what that"
    " edit had seen; only that workspace's own bundles or a secretariat's may say so",
    "origin-ours": "the bundle brings edits of record {record} stamped as this workspace's own ({origin})"
    + _RELAY,
    "origin-secretariat": "the bundle brings edits of record {record} stamped as the secretariat's (key"
    " {key}) ({origin})" + _RELAY,
    "origin-not-chair": "the bundle brings edits of record {record} stamped as those of key {key}, which is"
    " not trusted here as chair of table {table} ({origin})" + _RELAY,
    "successor-taken": "the bundle says its laptop wrote earlier as workspace {origin}, but another key"
    " ({key}) already took that workspace's edits over here as its own former self",
    "successor-copied": "two laptops say they are {name}'s laptop from before its key changed: key {key} took"
    " its changes over here on {when}, and this bundle's key ({signer_key}) claims them too. The laptop's"
    " profile was copied before each copy got a key of its own, so the copies' changes under the old key"
    " cannot be told apart, and nothing of this bundle was merged. Ask {name} which laptop to go on with;"
    " what was written only on the other one has to be typed in again there",
    "former-unclaimed": "the bundle from {name}'s key {signer_key} brings changes that {name}'s key {key}"
    " made and has not sent here itself. Either it is {name}'s other laptop passing them on (import"
    " that laptop's own export first, then this one again), or the laptop changed its key with an older"
    " Rundabord that did not note its former workspace (ask {name} to update Rundabord on that laptop"
    " and export again: the export then says so and comes in)",
    "successor-other-name": "the bundle says its laptop wrote earlier as workspace {origin} (key {key}),"
    " but the signer is trusted here as {name} and that key as {other}: only the same chair's new key"
    " may take its former workspace's edits over (if it is the same chair, trust the new key card under"
    " that name)",
    "relay-over-own": "the bundle brings a later edit of record {record} stamped as workspace {origin} (key"
    " {key}) over that workspace's own earlier edit; only its own key may make that claim. Import the"
    " bundles of that key first",
    "relay-unseen": "the bundle brings an edit of record {record} stamped as workspace {origin} (key {key})"
    " that its own later edits here do not show",
    # -- the personal-data review (app/privacy/review.py) ---------------------------------------------
    "privacy-rewrite-empty": "a rewrite needs the words to publish instead",
    "privacy-rewrite-personal": "the rewrite still holds personal data: {found!r}",
    # -- notes (app/notes.py) --------------------------------------------------------------------------
    "note-too-long": "a note holds at most {most} characters; this one has {length}",
    # -- settling a conflict (app/conflicts.py) ----------------------------------------------------------
    "conflict-choice-unknown": "unknown choice {choice!r}; use one of: {choices}",
    "own-text-not-text": "the {field} of a {type} is not text; keep ours or theirs instead",
    "own-text-chosen": "the {field} of a {type} is chosen from set values, not written in words of one's own;"
    " keep ours or theirs instead",
    "own-text-empty": "an edited text cannot be empty",
    "own-text-refused": "the edited text cannot be the {field}: {problem}; keep ours or theirs instead",
    # -- proposal edits from the command line, checked against its rev (app/proposals/rev.py) -----------
    "proposal-rev-needed": "others share this store: give the rev of proposal {id} you read, --expect-rev"
    " REV (see `rundabord proposal show {id}`), or --expect-rev any to write over whatever is there now",
    "proposal-revs-needed": "give one --expect-rev for each proposal merged, in the order of their ids"
    " ({given} given for {count}): the rev `rundabord proposal show ID` printed, or --expect-rev any to merge"
    " whatever is there now",
    "proposal-rev-shape": "{rev!r} is not a proposal's rev: give it as `rundabord proposal show {id}`"
    " prints it (five groups of six hex digits), or any",
    "proposal-changed-meanwhile": "proposal {id} was changed after rev {rev} ({changes}); nothing was"
    " written: see it with `rundabord proposal show {id}`, and make the change on what it is now with"
    " --expect-rev {now}",
    "proposal-gone-meanwhile": "proposal {id} was unmerged after rev {rev} ({changes}); nothing was"
    " written: see its originals with `rundabord proposal list`",
    "proposal-status-changed": "its status by {who}",
    "proposal-wording-changed": "its wording by {who}",
    "proposal-summary-changed": "its summary for participants by {who}",
    "proposal-members-changed": "what it is merged from by {who}",
    "proposal-links-changed": "its links to other conferences by {who}",
    "changed-here": "another command or window of this workspace",
    "changed-by-someone": "someone else",
    **COMMAND_ENGLISH,
}
