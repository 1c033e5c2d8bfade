"""No source reads for PySide's `__feature__` check on every import.

Once PySide6 is loaded, it looks at every module imported after it for `from __feature__ import`
(snake_case, true_property): it reads the module's whole source file through `inspect.getsource`
(tokenize, linecache) to see whether the text names PySide6. At a chair's start that is over a hundred
files of ours and of the standard library read before the window shows, 10-20 ms. Rundabord uses no
`__feature__`, and a frozen build, which carries no sources, already answers "not a PySide module" for
every one of them: this makes a start from a checkout or a wheel answer the same without the reads.
Importing this module is enough; with a PySide that checks differently it does nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads PySide's import hook and its `__feature__` module)


def _no_feature_use(_module: ModuleType) -> bool:
    return False


def skip_source_scan() -> bool:
    """Answer "no features" without reading sources; False where this PySide has no such check."""
    feature = sys.modules.get("__feature__")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _no_feature_use
    return True


skip_source_scan()
