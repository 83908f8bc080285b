"""A scripted HTTP server on 127.0.0.1:0 for crawler tests: fixtures and misbehaviour.

Routes map a path (query ignored unless the handler reads it) to a function that gets the
request handler and writes whatever it likes, including nothing at all (connection reset).
"""
from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

Route = Callable[["_Handler"], None]

ARTICLE_TEXT = (
    "The European Commission published the General-Purpose AI Code of Practice on Thursday. "
    "Providers of general-purpose models can sign it to show compliance with the AI Act. "
    "Several companies said they were still reviewing the text, while others committed to sign. "
    "Civil society groups welcomed the transparency chapter but criticised the copyright rules. "
)


_VOCAB = ("commission provider model signatory chapter copyright transparency safety security obligation "
          "deadline guidance office industry lobby letter pause clock innovation compliance audit risk "
          "systemic training data disclosure regulator parliament council member state fine penalty "
          "review decision statement spokesperson executive blog post interview report analysis").split()


def unique_text(seed: int, sentences: int = 12) -> str:
    """Article-length text that shares no run of words with another seed's (no near-duplicates)."""
    import random

    rng = random.Random(seed)
    out = []
    for n in range(sentences):
        words = rng.sample(_VOCAB, 9)
        out.append(f"In item {seed}-{n} the {words[0]} said the {' '.join(words[1:])} matters")
    return ". ".join(out) + "."


def article_html(title: str, body: str = ARTICLE_TEXT * 3, *, lang: str = "en", charset: str = "utf-8",
                 extra_head: str = "") -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>'
            f'{extra_head}</head><body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>'
            f"{paragraphs}</article></body></html>")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fault-server/1"

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query)

    def do_GET(self):  # noqa: N802
        path = urlsplit(self.path).path
        site: FaultServer = self.server.site  # type: ignore[attr-defined]
        site.requests.append(self.path)
        site.headers_seen.append((self.path, dict(self.headers)))
        route = site.routes.get(path)
        try:
            if route is None:
                self.send(404, b"<html><body>not found</body></html>")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up on us: that is what some faults are for

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The stdlib default backlog of 5 drops SYNs when a crawler opens many connections at
    # once; the client then retries after 1s, which looks exactly like a timeout.
    request_queue_size = 128


class FaultServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.headers_seen: list[tuple[str, dict]] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.site = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def hostport(self) -> str:
        return self.base_url.removeprefix("http://")

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, body: bytes | str | Callable[[], bytes | str], ctype: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> str:
        """Serve a fixed body; ``__BASE__`` is replaced with this server's URL. Returns the URL."""
        def route(h: _Handler) -> None:
            raw = body() if callable(body) else body
            data = raw.encode("utf-8") if isinstance(raw, str) else raw
            h.send(status, data.replace(b"__BASE__", self.base_url.encode()), ctype, headers)
        self.routes[path] = route
        return self.url(path)

    def route(self, path: str) -> Callable[[Route], Route]:
        def register(fn: Route) -> Route:
            self.routes[path] = fn
            return fn
        return register

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


# ---- the standard faults ---------------------------------------------------------------
def _slow(seconds: float) -> Route:
    def route(h: _Handler) -> None:
        time.sleep(seconds)
        h.send(200, article_html("Too late").encode())
    return route


def _reset(h: _Handler) -> None:
    # Half a response, then an RST (SO_LINGER 0) instead of an orderly close.
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><body>partial")
    h.wfile.flush()
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.close_connection = True
    # The fd only closes once every file object on it is closed; then linger 0 means RST.
    h.wfile.close()
    h.rfile.close()
    h.connection.close()


def _redirect_to(location: str) -> Route:
    def route(h: _Handler) -> None:
        h.send(302, b"", headers={"Location": location})
    return route


def _endless_redirect(h: _Handler) -> None:
    n = int(h.query.get("n", ["0"])[0])
    h.send(302, b"", headers={"Location": f"/loop?n={n + 1}"})


def _huge(size: int, announce: bool) -> Route:
    def route(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if announce:
            h.send_header("Content-Length", str(size))
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        sent = 0
        while sent < size:
            h.wfile.write(chunk)
            sent += len(chunk)
    return route


_BOMB: dict[str, bytes] = {}


def _bomb_bytes() -> bytes:
    if "bomb" not in _BOMB:  # 64 MiB of zeros compress to ~64 KiB
        _BOMB["bomb"] = gzip.compress(b"\0" * (64 * 1024 * 1024), 9)
    return _BOMB["bomb"]


def _gzip_bomb(h: _Handler) -> None:
    h.send(200, _bomb_bytes(), headers={"Content-Encoding": "gzip"})


LATIN1_TITLE = "Künstliche Intelligenz: Verbände äußern Kritik am Verhaltenskodex"
LATIN1_BODY = ("Die großen Anbieter müssen sich bis Anfang August äußern, ob sie den Kodex unterzeichnen. "
               "Der Bundesverband für Künstliche Intelligenz begrüßt die Übergangsfristen ausdrücklich. "
               "Kritiker befürchten dagegen, dass die Regeln für kleinere Unternehmen zu schwer sind. ") * 3


def install_faults(server: FaultServer, timeout: float) -> dict[str, str]:
    """Register the standard faults; returns name -> URL."""
    urls = {
        "ok": server.add("/ok.html", article_html("A healthy article about the code of practice")),
        "notfound": server.url("/missing.html"),
        "server_error": server.add("/500.html", "<h1>boom</h1>", status=500),
    }
    server.routes["/slow.html"] = _slow(timeout + 2)
    server.routes["/reset.html"] = _reset
    server.routes["/loop"] = _endless_redirect
    server.routes["/loop-a"] = _redirect_to("/loop-b")
    server.routes["/loop-b"] = _redirect_to("/loop-a")
    server.routes["/huge.html"] = _huge(3 * 1024 * 1024, announce=True)
    server.routes["/huge-stream.html"] = _huge(3 * 1024 * 1024, announce=False)
    _bomb_bytes()  # compressed now: built on first request, it took longer than a short client timeout
    server.routes["/bomb.html"] = _gzip_bomb
    urls.update({name: server.url(path) for name, path in [
        ("slow", "/slow.html"), ("reset", "/reset.html"), ("loop", "/loop"), ("loop_ab", "/loop-a"),
        ("huge", "/huge.html"), ("huge_stream", "/huge-stream.html"), ("bomb", "/bomb.html")]})
    # Declared UTF-8, actually latin-1: the classic mislabel.
    urls["latin1"] = server.add("/latin1.html", article_html(LATIN1_TITLE, LATIN1_BODY, lang="de")
                                .encode("latin-1"), ctype="text/html; charset=utf-8")
    urls["binary"] = server.add("/report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00\x01" * 200,
                                ctype="application/pdf")
    urls["binary_as_html"] = server.add("/blob.html", bytes(range(256)) * 100, ctype="text/html")
    urls["malformed_feed"] = server.add(
        "/broken-feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & bad</title>'
        "<item><title>x</title></channel>", ctype="application/rss+xml")
    return urls


def rss(items: list[dict], title: str = "Fixture feed") -> str:
    """A small RSS 2.0 document from dicts with link/title/pubDate."""
    entries = "".join(
        f"<item><title>{i.get('title', 'Item')}</title><link>{i['link'].replace('&', '&amp;')}</link>"
        + (f"<pubDate>{i['pubDate']}</pubDate>" if i.get("pubDate") else "") + "</item>"
        for i in items
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'
