"""Rundabord's core: domain, storage, bundles, merge, sync, minutes and the CLI. Never imports Qt."""

from importlib import metadata

try:
    __version__ = metadata.version("rundabord")
except metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
