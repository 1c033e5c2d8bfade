"""Where the `resources` package's files lie on disk, without importlib.resources.

A checkout, a wheel and a frozen app keep them as plain files beside the package; importlib.resources
(a few milliseconds to import, before the first window) is needed only where they are not, as in a
zipped install, and the callers fall back to it there.
"""

from __future__ import annotations

from pathlib import Path


def plain_path(*parts: str) -> Path | None:
    """The file or folder as a plain path, or None when the package is not a folder on disk."""
    import resources

    location = getattr(resources, "__file__", None)
    if not location:
        return None
    path = Path(location).parent.joinpath(*parts)
    return path if path.exists() else None
