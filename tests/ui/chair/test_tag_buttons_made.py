"""The tag bar's buttons as made (their action's labels set before the button takes it): each shows its
label with the shortcut, has the key in its tooltip and accessible description, and is fixed at the size
it asks for, the checked look included."""

from __future__ import annotations

from ui.chair.tag_bar import CHECK_MARK, TagButton


def test_each_tag_button_is_made_with_its_labels_and_its_size(window) -> None:
    bar = window.tag_bar
    buttons = bar.findChildren(TagButton)
    themed = [b for b in buttons if b.defaultAction() in bar.theme_actions]
    assert len(buttons) >= 6 + 1 and themed  # four kinds, two votes, the themes
    for button in buttons:
        action = button.defaultAction()
        assert button.text() == action.iconText() and button.toolTip() == action.toolTip()
        assert button.accessibleDescription() == button.toolTip() and button.accessibleName()
        assert button.minimumSize() == button.maximumSize() == button.sizeHint()
        keys = action.shortcut().toString()
        if keys and action in bar._labels:
            assert (keys in button.toolTip() and button.text().endswith(keys)) or bar._short[action]
            if action.isCheckable():
                twin = bar._checked_twin().size_for(f"{CHECK_MARK}{action.iconText()}")
                assert button.width() >= twin.width()
    for kind, action in window.chair_actions.kind_actions.items():
        assert action.toolTip().count("(") == 1, kind  # the key once, not once per change of the action
