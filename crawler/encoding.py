"""Turn response bytes into text when the declared charset is missing or wrong."""
from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# Browsers (WHATWG) read these labels as windows-1252; so do we.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _lookup(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str = "") -> str | None:
    """The charset the server or the document claims (header wins, as in browsers)."""
    match = _HEADER_CHARSET.search(content_type or "")
    if match and (enc := _lookup(match.group(1))):
        return enc
    head = body[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        declared = pattern.search(head)
        if declared and (enc := _lookup(declared.group(1))):
            return enc
    return None


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Return (text, encoding used). Never raises; undecodable bytes become U+FFFD."""
    for bom, enc in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(enc, "replace"), enc
    # Valid UTF-8 beyond ASCII is almost never anything else, whatever the header says;
    # this fixes the common "declared iso-8859-1, served UTF-8" mislabel.
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(body, content_type)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return body.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            log.debug("declared charset %s does not decode the body", declared)
    guess = _guess(body)
    if guess:
        try:
            return body.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    # Declared UTF-8 with stray latin-1 bytes, or nothing declared: cp1252 is the web's fallback.
    return body.decode("cp1252", "replace"), "cp1252"


def _guess(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes  # a trafilatura dependency
    except ImportError:  # pragma: no cover - optional
        return None
    best = from_bytes(body[:200_000]).best()
    return best.encoding if best else None


def looks_binary(body: bytes) -> bool:
    """NUL bytes or many control characters in the first KiB: not a text document."""
    head = body[:1024]
    if not head:
        return False
    if any(head.startswith(b) for b, _ in _BOMS[1:]):  # UTF-16/32 text legitimately has NULs
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05
