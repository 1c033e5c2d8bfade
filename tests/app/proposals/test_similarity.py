from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import proposals
from app.proposals.similarity import THRESHOLD, cosine, similar_groups
from app.proposals.text import content_stems, normal_key


def _items(labelled: list[list[str]]) -> tuple[list[tuple[str, str]], dict[str, int]]:
    items, label = [], {}
    for g, texts in enumerate(labelled):
        for k, text in enumerate(texts):
            items.append((f"{g:02d}-{k}", text))
            label[f"{g:02d}-{k}"] = g
    return items, label


def test_the_labelled_set_is_big_enough_and_swedish(labelled) -> None:
    assert sum(len(g) for g in labelled) >= 40
    assert sum(1 for g in labelled if len(g) >= 3) >= 10
    assert any("å" in t or "ä" in t or "ö" in t for g in labelled for t in g)


def test_grouping_finds_paraphrases_with_few_false_pairs(labelled) -> None:
    items, label = _items(labelled)
    groups = similar_groups(items)
    predicted = {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}
    true = {(a, b) for a, b in itertools.combinations(sorted(label), 2) if label[a] == label[b]}
    precision = len(predicted & true) / len(predicted)
    recall = len(predicted & true) / len(true)
    # bench/bench_proposals.py prints the exact figures; these bounds catch a regression.
    assert precision >= 0.9, precision
    assert recall >= 0.5, recall


def test_known_paraphrases_land_in_one_group(labelled) -> None:
    items, _ = _items(labelled)
    by_text = dict((text, i) for i, text in items)
    groups = similar_groups(items)

    def together(*texts: str) -> bool:
        ids = {by_text[t] for t in texts}
        return any(ids <= set(g) for g in groups)

    assert together(
        "Bättre kollektivtrafik mellan kommunerna på kvällar och helger",
        "Kollektivtrafiken måste gå även på kvällar och helger så att man kan pendla",
    )
    assert together(
        "Fler mötesplatser för unga på landsbygden",
        "Öppna fritidsgårdar och mötesplatser för unga även på landsbygden",
    )
    assert together(
        "Språkcafé på biblioteket där nyanlända övar svenska",
        "Språkcaféer där man kan träna svenska tillsammans med frivilliga",
    )
    # Different ideas that share a place word stay apart.
    assert not together("Fler mötesplatser för unga på landsbygden", "Fiber till alla hushåll på landsbygden")


def test_stemming_and_stop_words() -> None:
    assert content_stems("Mötesplatser för ungdomarna i byarna") == content_stems(
        "mötesplats för ungdom i byar"
    )
    assert "och" not in content_stems("tillit och samverkan")
    assert normal_key("Tillit och samverkan") == normal_key("samverkan, och TILLIT")
    assert normal_key("och") == ("och",)  # only stop words: keyed on the words themselves
    assert cosine("Fler cykelvägar", "fler cykelvägar") > 0.99
    assert cosine("Fler cykelvägar", "Bredband till alla") == 0.0


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_input_order(labelled, rnd) -> None:
    items, _ = _items(labelled[:12])
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert similar_groups(shuffled) == similar_groups(items)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(["unga", "mötesplatser", "buss", "kvällar", "bredband", "och", "i"]), max_size=6)
)
def test_groups_are_disjoint_and_hold_known_ids(words) -> None:
    items = [(f"id{i}", " ".join(words[i:] + words[:i])) for i in range(len(words))]
    groups = similar_groups(items, THRESHOLD)
    seen = [i for g in groups for i in g]
    assert len(seen) == len(set(seen)) and set(seen) <= {i for i, _ in items}
    assert all(len(g) >= 2 for g in groups)


def test_suggestions_for_a_conference_use_its_unmerged_proposals(sample) -> None:
    store, process = sample
    conference_id = process.conference_ids[1]
    suggested = proposals.suggest_groups(store, conference_id)
    assert suggested, "the generated conference holds paraphrases"
    bus = set(process.proposal_groups[1])  # the evening-bus idea, asked for at four tables
    assert any(len(bus & set(g)) >= 3 for g in suggested)
    proposals.merge(store, sorted(bus))
    after = proposals.suggest_groups(store, conference_id)
    assert not any(bus & set(g) for g in after)


def test_the_held_out_set_groups_well_too() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "proposals_sv_holdout.json"
    items, label = _items(json.loads(path.read_text(encoding="utf-8"))["groups"])
    groups = similar_groups(items)
    predicted = {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}
    true = {(a, b) for a, b in itertools.combinations(sorted(label), 2) if label[a] == label[b]}
    assert len(predicted & true) / len(predicted) >= 0.9
    assert len(predicted & true) / len(true) >= 0.5


CONFERENCE_SET = Path(__file__).resolve().parents[2] / "data" / "proposals_conference_sv.json"


def _conference_set(part: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    groups = json.loads(CONFERENCE_SET.read_text(encoding="utf-8"))[part]
    items, label = [], {}
    for g, texts in enumerate(groups):
        for k, text in enumerate(texts):
            items.append((f"{g:03d}-{k}", text))
            label[f"{g:03d}-{k}"] = g
    return items, label


def test_the_whole_conference_set_is_large_varied_and_well_formed() -> None:
    data = json.loads(CONFERENCE_SET.read_text(encoding="utf-8"))
    texts = [t for part in ("tuning", "held_out") for group in data[part] for t in group]
    assert len(texts) >= 200 and len(set(texts)) == len(texts)
    assert sum(len(g) > 1 for part in ("tuning", "held_out") for g in data[part]) >= 50
    # Unrelated proposals share the common words on purpose.
    for word in ("unga", "stöd", "fler", "Finspång", "Norrköping"):
        assert sum(word.casefold() in t.casefold() for t in texts) >= 5, word


@pytest.mark.xfail(
    strict=True,
    reason="no offline method reaches it: by meaning (multilingual-e5-small) 0.58 precision / 0.68 recall"
    " held out, by shared words 0.47 / 0.44; see README",
)
def test_grouping_reaches_the_target_on_a_whole_conference() -> None:
    items, label = _conference_set("held_out")
    groups, _ = proposals.group_similar(items)
    predicted = {p for g in groups for p in itertools.combinations(sorted(g), 2)}
    true = {(a, b) for a, b in itertools.combinations(sorted(label), 2) if label[a] == label[b]}
    hits = len(predicted & true)
    assert hits / max(len(predicted), 1) >= 0.95 and hits / len(true) >= 0.8
