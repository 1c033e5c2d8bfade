"""glyphs.ordinary: one scan tells that a text passes printable(), markup(), printed() and layout.plain()
unchanged, so they skip their own scans; it must never say so of a text one of them changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.minutes.glyphs import CONTROL, DRAWN_PLAIN, not_in_dejavu, ordinary, printable, printed
from app.minutes.i18n import Strings
from app.minutes.rtl import MARKS, has_rtl, shaped

LATIN = "abcåäöÅÄÖéüßŁłż \t\n\r.,;:!?()[]<>&\"'–—…€“”‰\xa0\xad"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(LATIN), st.characters()), max_size=30))
def test_an_ordinary_text_is_one_no_step_changes(text) -> None:
    if ordinary(text):
        assert CONTROL.sub("", text) == text and DRAWN_PLAIN.search(text) is None
        assert not_in_dejavu().search(text) is None
        assert shaped(text) == text and not has_rtl(text) and MARKS.search(text) is None


def test_a_swedish_note_is_ordinary_and_other_signs_are_looked_at() -> None:
    assert ordinary("Fler mötesplatser för unga – på Łódź' vis, 12 € “nu” …\n\tpunkt 2")
    # Left out, right to left, a mark, no DejaVu glyph; Greek is drawn but looked at like the rest
    for special in ("\xad", "\x01", "\u200d", "\ufe0f", "Ψ", "ש", "ع", "\u2068", "😀", "\ufffd"):
        assert not ordinary(f"unga {special} på"), repr(special)


SIGNS = "نريد مركز شباب אוטובוס לילה שָׁלוֹם Ψω Мы 😀👍🏽\u200d\ufe0f\xad\x01\ufffd\u2068\u2069"


# Signs DejaVu draws that print nothing all the same (left out), with spaces, an emoji, a letter or two
NOTHING = " \n\xad\u200d\ufe0e\ufe0f\x01🏽😀aع"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=st.one_of(st.sampled_from(LATIN + SIGNS), st.characters()), max_size=30),
        st.text(alphabet=st.sampled_from(NOTHING), max_size=6),
    )
)
def test_printed_gives_what_its_printable_copy_says(text) -> None:
    """printed() returns a text DejaVu draws every sign of without making its printable copy (Arabic
    shaped, to see whether anything is left): the answer is the one that copy gives."""
    s = Strings("sv")
    expected = text if printable(text).strip() or not text.strip() else s("unprintable")
    assert printed(text, s) == expected
