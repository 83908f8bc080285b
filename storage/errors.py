"""The root of the project's exception tree, at the bottom layer so every package can extend it.

    StancewatchError            a failure the message explains (the CLI prints it in one line)
    ├── ConfigError             a configuration file, key or override is invalid (any layer)
    ├── StorageError            the database cannot be opened or migrated (here)
    ├── crawler.errors.CrawlError
    ├── nlp.errors.NlpError
    └── the app's own (stancewatch.errors)
"""
from __future__ import annotations


class StancewatchError(Exception):
    """Base class: a failure the message explains."""


class ConfigError(StancewatchError):
    """The configuration file or an override is invalid."""


class StorageError(StancewatchError):
    """The database cannot be opened or migrated."""
