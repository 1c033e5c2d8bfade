"""Where long versions of one text part, for lists that show each on one line.

Two versions of a note that differ only at the end (a pasted e-mail corrected on two laptops) look the
same when each is cut to a line: the list must start them a little before where they part.
"""

from __future__ import annotations

from collections.abc import Sequence

LEAD = 20  # characters of the common part kept before where the versions part, for context


def parting_start(texts: Sequence[str], room: int) -> int:
    """Where to start showing each of `texts` in a line of `room` characters so that their difference
    shows: 0 when they part within the line (or are all the same), else the start of a word about
    LEAD characters before the first character where they differ."""
    if len(set(texts)) < 2:
        return 0
    shortest = min(len(t) for t in texts)
    same = next((i for i in range(shortest) if len({t[i] for t in texts}) > 1), shortest)
    if same < room - 1:
        return 0
    return texts[0].rfind(" ", 0, max(0, same - LEAD)) + 1
