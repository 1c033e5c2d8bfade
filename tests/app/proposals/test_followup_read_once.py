"""The conference minutes' follow-up ("what has happened since last time?" and the proposals raised at
other conferences) reads the conferences and the links once for both parts, and resolves a link's end
among the proposals already read without reading it again: as many statements with links as without,
and the same answers as each part read on its own."""

from __future__ import annotations

from app import proposals
from app.proposals.since_last import followup, raised_elsewhere


def _traced(store, work):
    said: list[str] = []
    store.conn.set_trace_callback(said.append)
    try:
        return work(), said
    finally:
        store.conn.set_trace_callback(None)


def test_the_follow_up_reads_its_links_once_whatever_they_join(sample) -> None:
    store, process = sample
    first, second, _third = process.conference_ids
    groups = process.proposal_groups  # group i's notes are all at conference i % 3

    def read() -> tuple:
        units = proposals.list_proposals(store, second)  # the minutes have them already
        return _traced(store, lambda: followup(store, second, units, "sv")), units

    (_, unlinked), _ = read()
    # A note of the second conference raises again a first-conference note that is merged afterwards
    # (the link's end is an original of the merged proposal), and another pair is linked plainly.
    proposals.link_again(store, groups[1][0], groups[0][1])
    merged = proposals.merge(store, groups[0][:2])
    proposals.link_again(store, groups[4][0], groups[3][0])
    ((section, raised), said), units = read()

    assert len(said) == len(unlinked) <= 7, said
    assert raised == raised_elsewhere(store, units)  # as read link by link
    assert raised[groups[1][0]] == raised[groups[4][0]] == (("Rundabordssamtal 1",), ())
    told = {item.proposal_id: item for item in section.items}
    assert told[merged].raised_again and told[groups[3][0]].raised_again
    assert len(section.items) == len(proposals.list_proposals(store, first))

    # A later conference's proposal is not among those read: its end is read, with the same answer.
    proposals.link_again(store, groups[2][0], groups[1][1])
    ((_, raised), _), units = read()
    assert raised == raised_elsewhere(store, units)
    assert raised[groups[1][1]] == ((), ("Rundabordssamtal 3",))
