"""Downloader middleware: refuse private, loopback, link-local and reserved destinations.

A feed or a redirect can point the crawler at internal services (SSRF: cloud metadata at
169.254.169.254, admin panels on 10/8). Every request passes here, including the ones
RedirectMiddleware creates, so a Location header to such an address is refused too.
The check resolves the hostname itself; Twisted resolves again when it connects, so a
DNS-rebinding attacker could still race it — acceptable for a news crawler, noted here.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import threads

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
ALLOW_SETTING = "STANCEWATCH_ALLOW_PRIVATE_NETWORKS"
ALLOWED_HOSTS_SETTING = "STANCEWATCH_ALLOWED_PRIVATE_HOSTS"
HINT = "set [crawl] allow_private_networks = true to allow"


class PrivateAddressRefused(IgnoreRequest):
    """The destination is not on the public internet."""


def is_public(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback in disguise
    return ip.is_global and not (ip.is_multicast or ip.is_unspecified or ip.is_reserved)


def ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _resolve(host: str) -> list[IPAddress]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    out = []
    for info in infos:
        addr = ip_literal(str(info[4][0]).split("%")[0])  # drop IPv6 zone ids
        if addr is not None:
            out.append(addr)
    return out


class PrivateNetworkMiddleware:
    def __init__(self, allow: bool, allowed_hosts: list[str]):
        self.allow = allow
        self.allowed_hosts = {h.lower() for h in allowed_hosts}  # "host" or "host:port"
        self._cache: dict[str, list[IPAddress]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool(ALLOW_SETTING), crawler.settings.getlist(ALLOWED_HOSTS_SETTING))

    def _exempt(self, host: str, port: int | None) -> bool:
        return host in self.allowed_hosts or (port is not None and f"{host}:{port}" in self.allowed_hosts)

    async def _addresses(self, host: str) -> list[IPAddress]:
        literal = ip_literal(host)
        if literal is not None:
            return [literal]
        if host not in self._cache:
            try:  # getaddrinfo blocks: keep it off the reactor thread
                self._cache[host] = await maybe_deferred_to_future(threads.deferToThread(_resolve, host))
            except OSError:
                self._cache[host] = []  # unresolvable: the download itself reports the DNS error
        return self._cache[host]

    async def process_request(self, request):
        if self.allow:
            return None
        parts = urlsplit(request.url)
        host = (parts.hostname or "").lower().rstrip(".")  # "localhost." is localhost too
        try:
            port = parts.port
        except ValueError:
            port = None
        if not host or self._exempt(host, port):
            return None
        if host == "localhost" or host.endswith(".localhost"):
            blocked = "localhost"
        else:
            blocked = next((str(a) for a in await self._addresses(host) if not is_public(a)), None)
        if blocked is None:
            return None
        via = request.meta.get("redirect_urls")
        detail = [] if blocked == host.strip("[]") else [f"{host} resolves to {blocked}"]
        if via:
            detail.append(f"redirected from {via[0]}")
        detail.append(HINT)
        message = f"refused private address: {request.url} ({'; '.join(detail)})"
        log.warning(message)
        raise PrivateAddressRefused(message)
