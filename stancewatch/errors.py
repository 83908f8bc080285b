"""The app's exceptions. The tree's root and the shared ``ConfigError`` live at the bottom layer
(``storage.errors``) so every package can extend them; the CLI turns any ``StancewatchError``
into a one-line message and exit code 1 (``stancewatch.cli.main``)."""
from __future__ import annotations

from storage.errors import ConfigError, StancewatchError, StorageError

__all__ = ["ConfigError", "LockedError", "StancewatchError", "StorageError"]


class LockedError(StancewatchError):
    """Another run holds the lock."""
