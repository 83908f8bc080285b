"""URL canonicalisation: one spelling per article, so fetch-log and dedupe keys agree."""
from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

log = logging.getLogger(__name__)

# Parameters that only say where a click came from; they never change the content.
_TRACKING_EXACT = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "_hsenc", "_hsmi", "mkt_tok",
    "oly_anon_id", "oly_enc_id", "vero_id", "cmpid", "ocid", "s_cid", "sr_share", "spm",
    "at_medium", "at_campaign", "guccounter", "guce_referrer", "guce_referrer_sig", "ito",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "_ga", "_gl")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Lowercase scheme/host, drop default port, fragment and tracking params; sort the query."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:  # credentials in URLs are kept verbatim (rare, but meaningful)
        creds = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{creds}@{netloc}"
    path = parts.path or "/"
    path = re.sub(r"/{2,}", "/", path)
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)
    )
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def registrable_host(url: str) -> str:
    """The host without a leading ``www.``: enough to tell "same site" for canonical links."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(a: str, b: str) -> bool:
    ha, hb = registrable_host(a), registrable_host(b)
    return bool(ha) and (ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha))


def resolve_canonical(page_url: str, canonical_href: str | None) -> str:
    """Honour ``<link rel=canonical>`` only when it stays on the same site (no hijacking)."""
    page = canonicalize_url(page_url)
    if not canonical_href:
        return page
    target = urljoin(page_url, canonical_href.strip())
    if urlsplit(target).scheme not in ("http", "https") or not same_site(page_url, target):
        log.debug("ignoring off-site canonical %s for %s", target, page_url)
        return page
    return canonicalize_url(target)


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
