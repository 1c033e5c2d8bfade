"""The format is standard: canonical JSON, DSSE PAE, Ed25519 checked by an independent implementation."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile

import nacl.exceptions
import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.bundles import strictjson
from app.bundles.canonical import canonical_bytes
from app.bundles.format import fingerprint_for, key_id_for
from app.bundles.pae import pae
from app.bundles.reader import read_bundle
from app.bundles.writer import assemble, build_manifest, records_bytes


def _spec_pae(payload_type: str, body: bytes) -> bytes:
    """PAE written out from the issue's text, independently of app.bundles.pae."""
    t = payload_type.encode()
    return b"DSSEv1" + b" " + str(len(t)).encode() + b" " + t + b" " + str(len(body)).encode() + b" " + body


def _members(bundle: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_pynacl_verifies_a_real_bundle(world) -> None:
    for bundle in (world.table_bundle, world.pack_bundle):
        members = _members(bundle)
        assert sorted(members) == ["manifest.json", "records.jsonl", "signature"]
        manifest = json.loads(members["manifest.json"])
        public_key = base64.b64decode(manifest["signer"]["public_key"])
        verify_key = nacl.signing.VerifyKey(public_key)
        signature = base64.b64decode(members["signature"])
        message = _spec_pae("application/vnd.rundabord.manifest+json;v=1", members["manifest.json"])
        verify_key.verify(message, signature)  # raises BadSignatureError if our format were not standard
        assert manifest["members"] == {"records.jsonl": hashlib.sha256(members["records.jsonl"]).hexdigest()}
        assert manifest["signer"]["key_id"] == hashlib.sha256(public_key).hexdigest()[:16]
        tampered = members["manifest.json"].replace(b'"version":1', b'"version":1 ')
        with pytest.raises(nacl.exceptions.BadSignatureError):
            verify_key.verify(_spec_pae("application/vnd.rundabord.manifest+json;v=1", tampered), signature)


def test_a_bundle_signed_by_pynacl_reads_as_valid(world) -> None:
    """The other direction: a signature made outside our code verifies in our reader."""
    signing_key = nacl.signing.SigningKey(b"\x07" * 32)
    public = bytes(signing_key.verify_key)
    records = world.table_records()
    data = records_bytes(records)
    manifest = build_manifest(
        kind="table-export",
        signer_name="Extern",
        public_key=public,
        conference_id=world.conference_id,
        tables=(world.table,),
        records=records,
        records_data=data,
        sequence=1,
        previous=None,
        created_utc="2026-11-25T12:00:00Z",
        created_hlc="001700000000000-000000",
    )

    class NaclKey:
        def sign(self, message: bytes) -> bytes:
            return signing_key.sign(message).signature

    bundle, manifest_bytes = assemble(NaclKey(), manifest, data)
    read = read_bundle(bundle)
    assert read.public_key == public and read.manifest_bytes == manifest_bytes
    assert read.records == records


def test_pae_matches_the_spec() -> None:
    assert pae("t", b"body") == b"DSSEv1 1 t 4 body"
    assert pae("application/vnd.rundabord.manifest+json;v=1", b"{}") == _spec_pae(
        "application/vnd.rundabord.manifest+json;v=1", b"{}"
    )
    assert pae("å", b"") == "DSSEv1 2 å 0 ".encode()  # LEN counts bytes, not characters


def test_key_id_and_fingerprint() -> None:
    public = bytes(range(32))
    digest = hashlib.sha256(public).hexdigest()
    assert key_id_for(public) == digest[:16]
    fingerprint = fingerprint_for(public)
    assert fingerprint.replace(" ", "") == digest[:32]
    assert all(len(group) == 4 for group in fingerprint.split(" "))
    assert fingerprint.replace(" ", "").startswith(key_id_for(public))


def test_canonical_json_is_rfc8785_style() -> None:
    value = {"b": 1, "a": [True, None, "x"], "é": 'å\n"', "\ufb01": 1, "\U0001f600": 2, "A": -5}
    text = canonical_bytes(value).decode()
    # keys by UTF-16 code units: U+1F600 is the surrogate pair D83D DE00, so it sorts before U+FB01,
    # although its code point is greater
    assert text == '{"A":-5,"a":[true,null,"x"],"b":1,"é":"å\\n\\"","\U0001f600":2,"\ufb01":1}'
    assert canonical_bytes({"x": "\x01\x7f"}) == b'{"x":"\\u0001\x7f"}'
    for bad in (1.5, float("nan"), 2**53, {1: "x"}, "\ud800"):
        with pytest.raises(ValueError):
            canonical_bytes({"v": bad} if not isinstance(bad, dict) else bad)


def test_the_same_content_gives_the_same_bytes(world) -> None:
    records = world.table_records()
    key = world.chair_key()
    kwargs = {"conference_id": world.conference_id, "created_hlc": "001700000000000-000000"}
    first = world.signed_bundle(key, world.chair_public_key, records, **kwargs)
    second = world.signed_bundle(key, world.chair_public_key, list(reversed(records))[::-1], **kwargs)
    assert first != world.table_bundle  # another bundle id
    manifest = json.loads(_members(first)["manifest.json"])
    manifest2 = json.loads(_members(second)["manifest.json"])
    assert {k: v for k, v in manifest.items() if k != "bundle_id"} == {
        k: v for k, v in manifest2.items() if k != "bundle_id"
    }
    raw = _members(world.table_bundle)["manifest.json"]
    assert canonical_bytes(json.loads(raw)) == raw  # written canonically
    data = records_bytes(records)
    fixed = build_manifest(
        kind="table-export",
        signer_name="Anna Berg",
        public_key=world.chair_public_key,
        conference_id=world.conference_id,
        tables=(world.table,),
        records=records,
        records_data=data,
        sequence=1,
        previous=None,
        created_utc="2026-11-25T12:00:00Z",
        created_hlc="001700000000000-000000",
        bundle_id="11111111-2222-4333-8444-555555555555",
    )
    assert assemble(key, fixed, data) == assemble(key, json.loads(json.dumps(fixed)), data)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"a":1,"a":2}', "duplicate key"),
        ('{"a":NaN}', "not a JSON number"),
        ('{"a":Infinity}', "not a JSON number"),
        ('{"a":-Infinity}', "not a JSON number"),
        ('{"a":1e5}', "fractional"),
        ('{"a":9007199254740992}', "too large"),
        ('{"a":' + "9" * 5000 + "}", "too large"),
        ("[" * 9 + "]" * 9, "nested too deeply"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
        ('{"a":1} x', "malformed JSON"),
    ],
)
def test_strict_json_refuses(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        strictjson.loads(text)


def test_strict_json_accepts_what_bundles_hold() -> None:
    assert strictjson.loads('{"a":[1,-2,"å",null,true],"b":{"c":9007199254740991}}') == {
        "a": [1, -2, "å", None, True],
        "b": {"c": 2**53 - 1},
    }
    assert strictjson.loads("[" * 8 + "]" * 8) == [[[[[[[[]]]]]]]]


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53 - 1), max_value=2**53 - 1)
    | st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_json_values)
def test_canonical_json_round_trips_and_ignores_key_order(value) -> None:
    data = canonical_bytes(value)
    assert strictjson.loads(data.decode("utf-8"), check_depth=False) == value
    if isinstance(value, dict):
        assert canonical_bytes(dict(reversed(list(value.items())))) == data
    assert json.loads(data) == value  # any JSON reader agrees
