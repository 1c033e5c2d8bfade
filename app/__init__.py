"""Rundabord's core: domain, storage, bundles, merge, sync, minutes and the CLI. Never imports Qt."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`app.__version__`, read from the installed package's metadata when first asked for: importlib's
    metadata machinery costs the chair's window a good part of its start."""
    if name != "__version__":
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("rundabord")
    except metadata.PackageNotFoundError:  # running from a checkout that was never installed
        version = "0.0.0+unknown"
    globals()["__version__"] = version
    return version
