"""The NLP stage's exceptions (under ``storage.errors.StancewatchError``, the project's root)."""
from __future__ import annotations

from storage.errors import StancewatchError


class NlpError(StancewatchError):
    """Tagging or stance classification cannot run as configured."""


class AnalyzerError(NlpError):
    """The requested classifier cannot be loaded."""


class RegistryError(NlpError, ValueError):
    """A registry file that cannot be read or does not follow the format."""


class ModelNotFound(NlpError, FileNotFoundError):
    """No trained stance model where one was expected."""
