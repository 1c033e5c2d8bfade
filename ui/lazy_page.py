"""A tab page whose view is made the first time the tab is shown (or asked for), not when the window opens.

The proposals board and the council read every proposal of a process. On a store that has grown for
years that made opening the window cost what those tabs cost, though most openings never show them.

    page = LazyPage(lambda: ProposalsBoard(workspace), on_built=wire_it)
    tabs.addTab(page, "Proposals")
    page.view()          # the view, made now if it was not yet
    page.built_view      # the view, or None while it was never needed
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(
        self,
        make: Callable[[], QWidget],
        on_built: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._on_built = on_built
        self.built_view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def view(self) -> QWidget:
        if self.built_view is None:
            view = self._make()
            self.built_view = view
            self.layout().addWidget(view)
            view.show()  # added while the page is being shown: Qt shows only the children it had before
            self.setFocusProxy(view)  # Ctrl+N to this tab lands in the view
            if self._on_built is not None:
                self._on_built(view)
        return self.built_view

    def showEvent(self, event) -> None:
        self.view()
        super().showEvent(event)

    @property
    def initial_focus(self):
        """What the window focuses when the tab is chosen with its shortcut: the view's choice."""
        view = self.view()
        return getattr(view, "initial_focus", None) or view
