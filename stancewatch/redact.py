"""Keep secrets out of logs: passwords in URLs and the values of secret environment variables.

Secrets reach stancewatch only through the environment (STANCEWATCH_SMTP_PASSWORD, API keys,
a database or Redis URL with a password). Code never logs them on purpose; this filter, on
every root handler of the CLI and of the crawl process, is the safety net for what libraries
log at DEBUG (Scrapy prints its settings, drivers print connection errors).
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping

from storage.config import MASK, URL_CREDENTIALS, mask_passwords

log = logging.getLogger(__name__)

SECRET_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|CREDENTIAL|PRIVATE_KEY", re.I)


def secret_values(environ: Mapping[str, str] | None = None) -> list[str]:
    """Values of secret-looking variables, and passwords inside URL-valued variables."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    values = {v for k, v in env.items() if SECRET_NAME.search(k) and len(v) >= 4}
    for v in env.values():
        values |= {m.group("pw") for m in URL_CREDENTIALS.finditer(v) if len(m.group("pw")) >= 4}
    return sorted(values, key=len, reverse=True)  # longest first: no partial masking


def redact(text: str, secrets: list[str]) -> str:
    text = mask_passwords(text)
    for s in secrets:
        text = text.replace(s, MASK)
    return text


class SecretFilter(logging.Filter):
    """Rewrites each record's final message (and traceback) with the secrets masked."""

    def __init__(self, environ: dict[str, str] | None = None):
        super().__init__()
        self.secrets = secret_values(environ)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        return True


def install(environ: dict[str, str] | None = None) -> SecretFilter:
    """Add the filter to every handler of the root logger (idempotent per handler)."""
    flt = SecretFilter(environ)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, SecretFilter) for f in handler.filters):
            handler.addFilter(flt)
    return flt
