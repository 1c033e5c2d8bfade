"""Applying the review to what is written: the one gate every public document and open data passes.

`Publication` refuses (PrivacyRefusal, exit code 2 in the CLI) while findings are undecided, unless the
caller asked to redact them; then `clean(record id, field, text)` gives the text as published: removed
findings replaced by a marker, rewritten ones by the secretariat's words, kept ones as they stand. A
finding that the review did not list (text changed since) is removed: nothing unreviewed goes out. A
note that would say nothing but markers is `held_back` (app/privacy/emptied.py) unless a person decided
to keep or rewrite it: the documents leave it out. So is a note the secretariat decided to leave out
whole (a finding in it decided "omit").
"""

from __future__ import annotations

from collections.abc import Iterable

from app.errors import UserError
from app.privacy.emptied import EMPTIED
from app.privacy.review import Hit, Source, decisions, detector_for, left_out_sources, review, undecided


class PrivacyRefusal(UserError):
    """Undecided findings remain; `hits` lists them."""

    def __init__(self, hits: list[Hit]) -> None:
        count = len(hits)
        super().__init__(
            f"{count} personal-data finding{'s' if count != 1 else ''} not yet decided; "
            "decide each with `rundabord privacy decide`, or write with --redact-undecided"
        )
        self.hits = hits


class Publication:
    def __init__(
        self,
        store,
        conference_id: str,
        removed: str,
        *,
        redact_undecided: bool = False,
        extra: Iterable[Source] = (),
    ) -> None:
        self.detector = detector_for(store, conference_id)
        self.hits = review(store, conference_id, extra, self.detector)
        waiting = undecided(self.hits)
        if waiting and not redact_undecided:
            raise PrivacyRefusal(waiting)
        self.decisions = decisions(store, conference_id)
        self.removed = removed
        # Texts that say nothing once their personal data is removed, and what was decided for each
        emptied = [h for h in self.hits if h.kind == EMPTIED]
        self._held_back = {
            (h.source.source_id, h.source.field)
            for h in emptied
            if h.decision is None or h.decision.action not in ("keep", "rewrite")  # unknown: as remove
        } | left_out_sources(store, conference_id, self.decisions)
        self._rewritten = {
            (h.source.source_id, h.source.field): h.decision.replacement
            for h in emptied
            if h.decision is not None and h.decision.action == "rewrite"
        }

    def held_back(self, source_id: str, field: str = "text") -> bool:
        """Whether the text is left out of what is published: the secretariat decided so, or it would
        say nothing but removed personal data ("Tel [personuppgift borttagen]") and nobody decided to
        publish it anyway."""
        return (source_id, field) in self._held_back

    def clean(self, source_id: str, field: str, text: str) -> str:
        if not text:
            return text
        if (source_id, field) in self._rewritten:  # the secretariat's words for a text that said nothing
            return self._rewritten[source_id, field]
        out, last = [], 0
        for found in self.detector.find(text):
            decision = self.decisions.get((source_id, field, found.key))
            if decision is not None and decision.action == "keep":
                published = found.text
            elif decision is not None and decision.action == "rewrite":
                published = decision.replacement
            else:  # removed, left out with its note, or a decision this version does not know
                published = self.removed
            out += [text[last : found.start], published]
            last = found.end
        out.append(text[last:])
        return "".join(out)

    def remove_all(self, text: str) -> str:
        """`text` with every finding removed: for texts outside this conference's review (last
        conference's proposals), where no decision of this review applies."""
        return self.clean("", "", text)
