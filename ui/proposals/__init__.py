"""The secretariat's proposal follow-up: the board (columns by status) and the council's shortlist view.

ProposalsBoard(workspace, parent=None, undo_stack=None)   a tab of SecretariatWindow
CouncilView(workspace, parent=None, undo_stack=None)      the growth council's shortlist
"""

from ui.proposals.board import ProposalsBoard
from ui.proposals.council import CouncilView

__all__ = ["CouncilView", "ProposalsBoard"]
