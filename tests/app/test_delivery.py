"""Digest delivery by SMTP (against a local aiosmtpd server) and the Atom feed of digests."""
from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import os
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from stancewatch.digest import build_digest, write_digest
from stancewatch.digest_feed import ATOM, update_feed
from stancewatch.errors import StancewatchError
from storage.store import Store

PASSWORD = "s3cret-Pa55"
A = f"{{{ATOM}}}"


class LoopbackController(Controller):
    """aiosmtpd on 127.0.0.1:0: learn the port the OS gave before the readiness probe."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class Inbox:
    def __init__(self):
        self.messages: list[tuple[object, email.message.EmailMessage]] = []
        self.logins: list[tuple[str, str]] = []

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.messages.append((envelope, msg))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
            if auth_data.password.decode() == PASSWORD:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = LoopbackController(inbox, hostname="127.0.0.1", port=0, authenticator=inbox.authenticate,
                                    auth_require_tls=False)
    controller.start()
    inbox.port = controller.port
    yield inbox
    controller.stop()


def sw(*args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "stancewatch", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def config(tmp_path, url, port=None, **digest) -> str:
    lines = [f'[storage]\nurl = "{url}"\n[digest]\nout_dir = "{tmp_path}/digests"']
    if port is not None:
        lines.append(f'smtp_host = "127.0.0.1"\nsmtp_port = {port}\nsmtp_from = "stancewatch@example.org"\n'
                     'smtp_to = ["analyst@example.org", "desk@example.org"]')
    lines += [f"{k} = {v!r}" for k, v in digest.items()]
    path = tmp_path / "sw.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_send_digest_over_smtp_with_credentials_from_env(demo_sqlite_url, tmp_path, smtp):
    cfg = config(tmp_path, demo_sqlite_url, smtp.port)
    env = {"STANCEWATCH_SMTP_USER": "digest-bot", "STANCEWATCH_SMTP_PASSWORD": PASSWORD}
    r = sw("--config", cfg, "-vv", "digest", "--week", "2025-W32", "--format", "html", "--send", cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert PASSWORD not in r.stdout + r.stderr  # credentials are never logged
    assert smtp.logins == [("digest-bot", PASSWORD)]
    [(envelope, msg)] = smtp.messages
    assert envelope.rcpt_tos == ["analyst@example.org", "desk@example.org"]
    assert msg["Subject"] == "stancewatch weekly digest 2025-W32 (04 Aug - 10 Aug 2025)"
    assert msg["From"] == "stancewatch@example.org" and msg.get_content_type() == "multipart/alternative"
    html = msg.get_body(("html",)).get_content()
    plain = msg.get_body(("plain",)).get_content()
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html and "<script>" not in html
    assert "<b>Anon</b>" not in html and "Anthropic" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in plain and "# stancewatch weekly digest — 2025-W32" in plain
    assert (tmp_path / "digests" / "digest-2025-W32.html").exists() and (tmp_path / "digests" / "feed.xml").exists()


def test_wrong_password_is_one_line_without_the_password(demo_sqlite_url, tmp_path, smtp):
    cfg = config(tmp_path, demo_sqlite_url, smtp.port)
    env = {"STANCEWATCH_SMTP_USER": "digest-bot", "STANCEWATCH_SMTP_PASSWORD": "wrong-" + PASSWORD}
    r = sw("--config", cfg, "digest", "--week", "2025-W32", "--send", cwd=tmp_path, env=env)
    assert r.returncode == 1 and not smtp.messages
    assert r.stderr.strip().splitlines()[-1].startswith("stancewatch: error: SMTP login to 127.0.0.1:")
    assert PASSWORD not in r.stdout + r.stderr and "Traceback" not in r.stderr


def test_unreachable_server_and_missing_settings(demo_sqlite_url, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = config(tmp_path, demo_sqlite_url, port)
    r = sw("--config", cfg, "digest", "--week", "2025-W32", "--send", cwd=tmp_path)
    assert r.returncode == 1 and "could not send the digest via 127.0.0.1:" in r.stderr
    cfg = config(tmp_path, demo_sqlite_url)
    r = sw("--config", cfg, "digest", "--week", "2025-W31", "--send", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == ("stancewatch: error: sending needs [digest] smtp_host, smtp_from, smtp_to "
                                "(or STANCEWATCH_DIGEST_<KEY>)")
    assert not (tmp_path / "digests" / "digest-2025-W31.md").exists()  # nothing done before the check


def _entries(feed):
    root = ET.parse(feed).getroot()  # well-formed, or this raises
    assert root.tag == f"{A}feed" and root.findtext(f"{A}id") and root.findtext(f"{A}updated")
    return {e.findtext(f"{A}id"): e for e in root.findall(f"{A}entry")}


def test_feed_has_one_entry_per_week_and_is_idempotent(demo_url, tmp_path):
    store = Store(demo_url)
    try:
        feed = tmp_path / "out" / "feed.xml"
        t0 = dt.datetime(2025, 8, 11, 6, 0, tzinfo=dt.UTC)
        for i, (week, fmt) in enumerate([("2025-W31", "md"), ("2025-W31", "html"), ("2025-W32", "html"),
                                         ("2025-W31", "html")]):
            path = write_digest(store, week, fmt, tmp_path / "out")
            update_feed(feed, build_digest(store, week, with_chart=False), path, fmt, now=t0 + dt.timedelta(hours=i))
    finally:
        store.close()
    entries = _entries(feed)
    assert list(entries) == ["urn:stancewatch:digest:2025-W32", "urn:stancewatch:digest:2025-W31"]
    w31 = entries["urn:stancewatch:digest:2025-W31"]
    links = {link.get("type"): link.get("href") for link in w31.findall(f"{A}link")}
    assert links == {"text/html": "digest-2025-W31.html", "text/markdown": "digest-2025-W31.md"}
    assert all((feed.parent / href).exists() for href in links.values())
    assert w31.findtext(f"{A}updated") == "2025-08-11T09:00:00Z"
    assert "Google → sign on 2025-07-30" in w31.findtext(f"{A}summary")
    assert ET.parse(feed).getroot().findtext(f"{A}updated") == "2025-08-11T09:00:00Z"


def test_feed_escapes_and_refuses_a_corrupt_file(demo_sqlite_url, tmp_path):
    store = Store(demo_sqlite_url)
    try:
        d = build_digest(store, "2025-W32", with_chart=False)
    finally:
        store.close()
    d.changes = [dataclasses.replace(d.changes[0], company="<script>x</script> & Co", stance="sign", date="2025-08-05")]
    feed = update_feed(tmp_path / "feed.xml", d, tmp_path / "d.html", "html")
    assert "<script>" not in feed.read_text() and "<script>x</script> & Co" in ET.parse(feed).getroot().findtext(
        f"{A}entry/{A}summary")
    feed.write_text("<feed><entry>")
    with pytest.raises(StancewatchError, match="not well-formed"):
        update_feed(feed, d, tmp_path / "d.html", "html")


def test_cli_feed_location(demo_sqlite_url, tmp_path):
    cfg = config(tmp_path, demo_sqlite_url)
    assert sw("--config", cfg, "digest", "--week", "2025-W31", cwd=tmp_path).returncode == 0
    assert set(_entries(tmp_path / "digests" / "feed.xml")) == {"urn:stancewatch:digest:2025-W31"}
    r = sw("--config", cfg, "digest", "--week", "2025-W31", "--out", str(tmp_path / "one.md"), cwd=tmp_path)
    assert r.returncode == 0 and not (tmp_path / "feed.xml").exists()  # a named file: no feed unless asked
    r = sw("--config", cfg, "digest", "--week", "2025-W32", "--format", "html", "--out", str(tmp_path / "two.html"),
           "--feed", str(tmp_path / "feeds" / "atom.xml"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    [entry] = _entries(tmp_path / "feeds" / "atom.xml").values()
    assert entry.find(f"{A}link").get("href") == "../two.html"
