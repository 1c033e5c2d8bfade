"""Folding wordings a slip of the keyboard apart compares a wording only with the earlier wordings of
its shape (as many words, its words of under four letters the same and in the same places), not with
every earlier wording of as many words: the groups it makes are the same."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from app.minutes.folding import _WORD, _merge_slips, _slips_apart, fold
from app.model import Note
from app.proposals.text import normal_key

WORDS = [
    "en",
    "för",
    "och",
    "bus",
    "buss",
    "bussar",
    "unga",
    "mötesplats",
    "fler",
    "lokal",
    "lokaler",
    "kväll",
]


@st.composite
def wording(draw) -> str:
    """A few words of WORDS, some with a slip: two letters swapped, one left out or doubled."""
    words = []
    for word in draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)):
        at = draw(st.integers(0, len(word) - 1))
        slip = draw(st.sampled_from(["none", "swap", "drop", "double"]))
        if slip == "swap" and at + 1 < len(word):
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        elif slip == "drop":
            word = word[:at] + word[at + 1 :]
        elif slip == "double":
            word = word[:at] + word[at] + word[at:]
        words.append(word)
    return " ".join(words)


def _merge_every_wording(groups):
    """The merge as it was: each wording compared with every earlier one of as many words."""
    merged, seen = {}, defaultdict(list)
    for (kind, key), members in groups.items():
        words = _WORD.findall(members[0][1].casefold())
        target = next((k for k, other in seen[kind, len(words)] if _slips_apart(other, words)), None)
        if target is None:
            merged[kind, key] = list(members)
            seen[kind, len(words)].append((key, words))
        else:
            merged[kind, target].extend(members)
    return merged


@given(st.lists(st.tuples(st.sampled_from(["note", "proposal"]), wording()), min_size=1, max_size=30))
def test_slips_merge_as_when_every_wording_of_as_many_words_was_compared(said):
    groups = defaultdict(list)
    for i, (kind, text) in enumerate(said):
        note = Note(f"n{i}", "c", i % 5 + 1, "q", kind, text, (), 0, i)
        groups[kind, normal_key(text) or (text.casefold(),)].append((note, text))
    assert _merge_slips(groups) == _merge_every_wording(groups)


def test_a_document_folds_with_one_key_per_wording():
    keys: dict[str, tuple[str, ...]] = {}
    first = [Note(f"a{i}", "c", i + 1, "q1", "note", "Fler bussar på kvällen", (), 0, i) for i in range(3)]
    second = [
        Note(f"b{i}", "c", i + 1, "q2", "note", text, (), 0, i)
        for i, text in enumerate(["Fler bussar på kvällen", "Mer ljus"])
    ]
    assert fold(first, keys=keys) == fold(first)
    assert list(keys) == ["Fler bussar på kvällen"]
    assert fold(second, keys=keys) == fold(second)
    assert list(keys) == ["Fler bussar på kvällen", "Mer ljus"]
