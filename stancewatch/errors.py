"""Domain exceptions; the CLI turns each into a one-line message and exit code 1."""
from __future__ import annotations


class StancewatchError(Exception):
    """Base class: a failure the message explains."""


class ConfigError(StancewatchError):
    """The configuration file or an override is invalid."""


class LockedError(StancewatchError):
    """Another run holds the lock."""
