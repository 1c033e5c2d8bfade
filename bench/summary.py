"""The speed issue's targets gathered from one `python -m bench` run, printed together at its end.

Each bench module prints its own figures as it goes; where a figure answers one of the numbered targets
(merge floor, import, wire size, minutes, keystroke, start, the large store, search, memory) it also
calls `target(...)`, so the run ends with one table of every target: the figure, the floor it is set
against in the same run, the ratio, the aim and whether it was met. A module that failed or was not
run leaves its targets out, and the table says which are missing.
"""

from __future__ import annotations

from dataclasses import dataclass

# The targets by number, as the speed issue names them.
TARGETS = {
    1: "an honest merge floor",
    2: "import against the floor; re-import",
    3: "a note record on the wire",
    4: "conference minutes, 40 tables",
    5: "the chair's keystroke",
    6: "the chair's start",
    7: "cost with the work, not the store",
    8: "search on 1,000,000 notes",
    9: "memory",
}


@dataclass(frozen=True)
class Figure:
    item: int
    what: str
    figure: str
    floor: str
    ratio: float | None
    aim: str
    met: bool | None  # None: a figure with no pass mark of its own (a floor)


_FIGURES: list[Figure] = []


def target(
    item: int,
    what: str,
    figure: str,
    floor: str = "",
    ratio: float | None = None,
    aim: str = "",
    met: bool | None = None,
) -> None:
    _FIGURES.append(Figure(item, what, figure, floor, ratio, aim, met))


def figures() -> list[Figure]:
    return list(_FIGURES)


def print_table(seconds: float) -> None:
    print(f"== the speed issue's targets, this run ({seconds / 60:.1f} min in all) ==")
    width = max((len(f.what) for f in _FIGURES), default=10)
    for item, title in TARGETS.items():
        mine = [f for f in _FIGURES if f.item == item]
        print(f"{item}. {title}" + ("" if mine else ": NOT MEASURED in this run (see above)"))
        for f in mine:
            ratio = f"{f.ratio:6.2f}" if f.ratio is not None else "      "
            verdict = {True: "met", False: "NOT MET", None: ""}[f.met]
            against = f" against {f.floor}" if f.floor else ""
            aim = f" (aim {f.aim})" if f.aim else ""
            print(f"   {f.what:{width}} {f.figure}{against}  {ratio}{aim} {verdict}".rstrip())
