"""A static site server on 127.0.0.1 for the bundled demo site, tests and benchmarks.

Files may contain the placeholder ``__BASE__``; it is replaced with the server's own
``http://127.0.0.1:PORT`` so feeds and canonical links are absolute wherever it runs.
ETag and Last-Modified are served so incremental crawling can be exercised.
"""
from __future__ import annotations

import email.utils
import hashlib
import logging
import mimetypes
import threading
import time
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

DEMO_SITE_DIR = Path(__file__).parent / "demo_site"
PLACEHOLDER = b"__BASE__"
TEXT_SUFFIXES = {".html", ".htm", ".xml", ".txt", ".json", ".rss", ".atom"}


class _Handler(BaseHTTPRequestHandler):
    server_version = "stancewatch-site/1"

    def __init__(self, *args, root: Path, site: StaticSite, **kwargs):
        self.root = root
        self.site = site
        super().__init__(*args, **kwargs)

    def log_message(self, fmt, *args):  # noqa: D401 - quiet: route to logging
        log.debug("%s - %s", self.address_string(), fmt % args)

    def do_HEAD(self):  # noqa: N802
        self._serve(head=True)

    def do_GET(self):  # noqa: N802
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        self.site.requests.append(path)
        if self.site.delay:  # a slow site: crawls that can be killed mid-way, worker speed-ups
            time.sleep(self.site.delay)
        target = (self.root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or self.root.resolve() not in target.parents:
            self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html", head)
            return
        body = target.read_bytes()
        if target.suffix in TEXT_SUFFIXES:
            body = body.replace(PLACEHOLDER, self.site.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        mtime = email.utils.formatdate(target.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("xml"):
            ctype += "; charset=utf-8"
        self._send(200, body, ctype, head, {"ETag": etag, "Last-Modified": mtime})

    def _send(self, status: int, body: bytes, ctype: str, head: bool, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # a crawler opens many connections at once; the default 5 drops some
    daemon_threads = True


class StaticSite:
    """Serve ``root`` on 127.0.0.1:<free port> in a background thread; use as a context manager."""

    def __init__(self, root: Path | str = DEMO_SITE_DIR, port: int = 0, delay: float = 0.0):
        self.root = Path(root)
        self.delay = delay  # seconds every response waits (each request has its own thread)
        self.requests: list[str] = []  # paths requested, in order (tests assert politeness with it)
        self._server = _Server(("127.0.0.1", port), partial(_Handler, root=self.root, site=self))
        self._thread = threading.Thread(target=self._server.serve_forever, name="static-site", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> StaticSite:
        self._thread.start()
        log.info("serving %s at %s", self.root, self.base_url)
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StaticSite:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
