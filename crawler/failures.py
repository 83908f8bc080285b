"""One clear, stable sentence for every way a request can fail (stored in fetch_errors)."""
from __future__ import annotations

import builtins
import logging

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

log = logging.getLogger(__name__)

ROBOTS_FORBIDDEN = "forbidden by robots.txt"


def _first_reason(exc: BaseException) -> BaseException:
    # Twisted wraps the real cause in ResponseFailed/ResponseNeverReceived(reasons=[Failure]).
    reasons = getattr(exc, "reasons", None)
    if reasons:
        inner = reasons[0]
        return inner.value if isinstance(inner, Failure) else inner
    return exc


def describe_failure(failure: Failure, timeout: float | None = None, max_bytes: int | None = None) -> str:
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"HTTP {status}"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "robots.txt" in text.lower():
            return ROBOTS_FORBIDDEN
        if "DOWNLOAD_MAXSIZE" in text or "max size" in text:
            return f"response too large: decompressed body exceeds the {max_bytes or '?'}-byte limit"
        if "redirections" in text:
            return "too many redirects (redirect loop?)"
        return text or "request ignored"
    if isinstance(exc, DownloadCancelledError):
        text = str(exc)
        if "max size" in text or not text:
            return f"response too large: body exceeds the {max_bytes or '?'}-byte limit"
        return f"download cancelled: {text}"
    if isinstance(exc, (DownloadTimeoutError, tx_error.TimeoutError, tx_error.TCPTimedOutError, builtins.TimeoutError)):
        return f"timed out after {timeout:g}s" if timeout else "timed out"
    if isinstance(exc, (CannotResolveHostError, tx_error.DNSLookupError)):
        return f"DNS lookup failed: {exc}"
    if isinstance(exc, (DownloadConnectionRefusedError, tx_error.ConnectionRefusedError, builtins.ConnectionRefusedError)):
        return "connection refused"
    if isinstance(exc, (ResponseFailed, ResponseNeverReceived, ResponseDataLossError, DownloadFailedError,
                        tx_error.ConnectionLost, tx_error.ConnectionDone, builtins.ConnectionResetError)):
        inner = _first_reason(exc)
        detail = type(inner).__name__ if inner is not exc else (str(exc) or type(exc).__name__)
        return f"connection reset or closed before the response completed ({detail})"
    if isinstance(exc, tx_error.ConnectError):
        return f"connection failed: {exc}"
    return f"{type(exc).__name__}: {exc}"[:500]
