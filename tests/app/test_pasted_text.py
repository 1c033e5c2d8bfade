"""What a paste from a phone or a web page brings into a note, and what is kept of it."""

from __future__ import annotations

from app.pasted_text import tidy_pasted


def test_every_kind_of_line_break_is_one_new_line():
    assert tidy_pasted("ett\r\ntvå\rtre\u2028fyra\u2029fem\x0bsex\x0csju\x85åtta") == (
        "ett\ntvå\ntre\nfyra\nfem\nsex\nsju\nåtta"
    )


def test_no_break_and_typographic_spaces_become_plain_spaces():
    pasted = "kl.\u202f18 i\u00a0parken,\u2007100\u2009kr\u3000slut"
    assert tidy_pasted(pasted) == "kl. 18 i parken, 100 kr slut"


def test_zero_width_characters_byte_order_marks_soft_hyphens_and_controls_go():
    pasted = "\ufeffmötes\u00adplatser för\u200b unga\u2060 i by\x00n\x07"
    assert tidy_pasted(pasted) == "mötesplatser för unga i byn"


def test_runs_of_empty_lines_become_one_and_none_at_the_ends():
    pasted = "\n\n  \nFörsta stycket.   \n\n \n\n\t\nAndra stycket.\t\n\n\n"
    assert tidy_pasted(pasted) == "Första stycket.\n\nAndra stycket."


def test_what_makes_writing_right_is_kept():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji made of three, held by joiners
    persian = "می\u200cخواهم"  # the non-joiner keeps the two parts of the word apart
    arabic = "\u200fمرحبا بكم في الطاولة\u200f"  # right-to-left marks
    words = f"{family} 👍🏽 {persian} {arabic} Åre–Järpen\tkl 18   osv…"
    assert tidy_pasted(words) == words


def test_a_plain_typed_text_is_left_alone():
    typed = "vi behöver   ett ungdomsråd\nandra raden om samma sak "
    assert tidy_pasted(typed) == typed
