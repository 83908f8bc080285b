"""A local stand-in for the web that replays recorded responses at the URLs the spiders request.

It is an HTTP server on 127.0.0.1:0 that is also a forward proxy. A crawl started with
``proxy_env()`` in its environment (Scrapy's HttpProxyMiddleware reads ``http_proxy`` /
``https_proxy``) sends every request here: plain-http requests arrive with their absolute URL,
https ones as ``CONNECT host:443`` tunnels that this server answers itself, with TLS under a
throw-away self-signed certificate (Scrapy does not verify certificates). So the spiders request
the real URLs (``https://www.cna.com.tw:443/...``, a Mastodon ``Link`` header's next page, a
publisher URL decoded from a Google News id) and get the recorded bytes and headers back.

Nothing leaves the machine: the server never opens a connection of its own, and a URL without a
recording gets a 404 and is listed in ``unmatched``.
"""
from __future__ import annotations

import datetime as dt
import ssl
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_key(url: str, *, with_query: bool = True) -> str:
    """``scheme://host[:port]/path[?query]`` with the host lowercased and a default port dropped."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or _DEFAULT_PORTS.get(parts.scheme) == port else f"{host}:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query if with_query else "", ""))


@dataclass
class Reply:
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)  # Content-Type included


Responder = Callable[[str], Reply]  # full URL requested -> reply


class _Certificates:
    """Self-signed certificates for the TLS side of CONNECT tunnels, one per host name (so the
    client's host-name check passes and logs nothing); one key, made once."""

    def __init__(self, directory: Path) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        self.directory = directory
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.key_path = directory / "key.pem"
        self.key_path.write_bytes(self.key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._lock = threading.Lock()

    def context(self, host: str) -> ssl.SSLContext:
        with self._lock:
            if host not in self._contexts:
                self._contexts[host] = self._make(host)
            return self._contexts[host]

    def _make(self, host: str) -> ssl.SSLContext:
        import ipaddress

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.x509.oid import NameOID

        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host[:64] or "replay.invalid")])
        try:
            alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
        except ValueError:
            alt = x509.DNSName(host)
        now = dt.datetime.now(dt.UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(self.key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=2))
                .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
                .sign(self.key, hashes.SHA256()))
        path = self.directory / f"cert-{len(self._contexts)}.pem"
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(path), str(self.key_path))
        return context


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "replay-server/1"
    origin: str | None = None  # set on handlers inside a CONNECT tunnel: "https://host[:port]"

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    def _full_url(self) -> str:
        if self.path.startswith(("http://", "https://")):  # a proxied plain-http request
            return self.path
        site: ReplayServer = self.server.site  # type: ignore[attr-defined]
        return (self.origin or site.base_url) + self.path

    def do_GET(self):  # noqa: N802
        site: ReplayServer = self.server.site  # type: ignore[attr-defined]
        url = self._full_url()
        reply = site.reply_for(url, dict(self.headers))
        try:
            self.send_response(reply.status)
            headers = {"Content-Length": str(len(reply.body)), **reply.headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            self.close_connection = True

    def do_CONNECT(self):  # noqa: N802
        site: ReplayServer = self.server.site  # type: ignore[attr-defined]
        host, _, port = self.path.rpartition(":")
        origin = f"https://{host.lower()}" + ("" if port in ("", "443") else f":{port}")
        site.tunnels.append(origin)
        self.send_response(200, "Connection established")
        self.end_headers()
        self.close_connection = True
        try:
            tls = site.certificates.context(host.strip("[]").lower()).wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            return
        tunnel = type("_TunnelHandler", (_Handler,), {"origin": origin})
        try:
            tunnel(tls, self.client_address, self.server)  # serves the requests inside the tunnel
        except (ssl.SSLError, OSError):
            pass
        finally:
            try:
                tls.close()
            except OSError:
                pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


class ReplayServer:
    """Routes are full URLs (``https://host/path``, optionally with a query that must then match
    exactly) or paths on this server (``/api/...``); ``add`` returns the URL to put in a config."""

    def __init__(self) -> None:
        self.routes: dict[str, Responder] = {}
        self.requests: list[str] = []  # every URL asked for, in order
        self.request_headers: list[tuple[str, dict]] = []
        self.unmatched: list[str] = []
        self.tunnels: list[str] = []
        self._lock = threading.Lock()
        self._tmp = tempfile.TemporaryDirectory(prefix="replay-cert-")
        self.certificates = _Certificates(Path(self._tmp.name))
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.site = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # ---- configuration ---------------------------------------------------------
    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, url: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict[str, str] | None = None) -> str:
        """Replay ``body`` (and ``headers``, e.g. a recorded ``Link``) at ``url``."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        reply = Reply(data, status, {"Content-Type": content_type, **(headers or {})})
        return self.respond(url, lambda _url: reply)

    def respond(self, url: str, responder: Responder) -> str:
        full = self.url(url) if url.startswith("/") else url
        self.routes[url_key(full)] = responder
        return full

    def proxy_env(self) -> dict[str, str]:
        """Environment for the crawl process: every request, local or not, goes through here."""
        return {"http_proxy": self.base_url, "https_proxy": self.base_url, "HTTP_PROXY": self.base_url,
                "HTTPS_PROXY": self.base_url, "no_proxy": "", "NO_PROXY": ""}

    # ---- serving -----------------------------------------------------------------
    def reply_for(self, url: str, headers: dict) -> Reply:
        with self._lock:
            self.requests.append(url)
            self.request_headers.append((url, headers))
        responder = self.routes.get(url_key(url)) or self.routes.get(url_key(url, with_query=False))
        if responder is None:
            with self._lock:
                self.unmatched.append(url)
            return Reply(b"<html><body>no recording for this URL</body></html>", 404,
                         {"Content-Type": "text/html; charset=utf-8"})
        return responder(url)

    def requested(self, url: str) -> bool:
        """Was ``url`` (any query) requested?"""
        key = url_key(url, with_query="?" in url)
        return any(url_key(r, with_query="?" in url) == key for r in self.requests)

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._tmp.cleanup()
