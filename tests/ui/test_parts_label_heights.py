"""PartsLabel keeps its heights per width: each answer is the one a fresh label gives for its parts,
font and width, after the parts, the font or the margins change."""

from __future__ import annotations

from ui.parts_label import PartsLabel

PARTS = ["2027-03-01", "Aulan, Stora salen", "Ordförande: Fatima Hassan", "Deltagare: 9"]


def _fresh(parts: list[str], point_size: float, margins: int) -> PartsLabel:
    label = PartsLabel()
    font = label.font()
    font.setPointSizeF(point_size)
    label.setFont(font)
    label.setContentsMargins(margins, margins, margins, margins)
    label.set_parts(parts)
    return label


def test_heights_kept_per_width_are_those_of_a_fresh_label(qapp) -> None:
    label = PartsLabel()
    size = label.font().pointSizeF()
    widths = [90, 160, 260, 900]
    label.set_parts(PARTS)
    for parts, point_size, margins in (
        (PARTS, size, 0),
        (PARTS[:2], size, 0),  # other parts
        (PARTS[:2], size * 2, 0),  # a larger font
        (PARTS[:2], size * 2, 7),  # margins
    ):
        font = label.font()
        font.setPointSizeF(point_size)
        label.setFont(font)
        label.setContentsMargins(margins, margins, margins, margins)
        label.set_parts(parts)
        fresh = _fresh(parts, point_size, margins)
        for width in widths * 2:  # asked twice: the second answer is the kept one
            assert label.heightForWidth(width) == fresh.heightForWidth(width), (parts, point_size, width)
    assert label.heightForWidth(90) > label.heightForWidth(900)  # the narrow width wraps: the check can fail
