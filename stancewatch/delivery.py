"""Digest delivery by e-mail: the HTML digest with its Markdown as the plain-text alternative.

Server and addresses come from ``[digest]`` (smtp_host, smtp_port, smtp_from, smtp_to);
credentials only from the environment (STANCEWATCH_SMTP_USER / STANCEWATCH_SMTP_PASSWORD) and
are never logged. Credentials are only sent over TLS (STARTTLS, or port 465), except to loopback.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from stancewatch.config import DigestConfig
from stancewatch.digest import Digest, build_digest, render
from stancewatch.errors import StancewatchError
from storage.store import Store

log = logging.getLogger(__name__)

USER_ENV = "STANCEWATCH_SMTP_USER"
PASSWORD_ENV = "STANCEWATCH_SMTP_PASSWORD"


class DeliveryError(StancewatchError):
    """The digest could not be sent; the message says why (never with credentials)."""


def subject(d: Digest) -> str:
    return f"stancewatch weekly digest {d.week} ({d.start:%d %b} - {d.end:%d %b %Y})"


def check_config(cfg: DigestConfig) -> None:
    """Fail before any work is done when sending could not succeed."""
    missing = [k for k in ("smtp_host", "smtp_from", "smtp_to") if not getattr(cfg, k)]
    if missing:
        raise DeliveryError(f"sending needs [digest] {', '.join(missing)} (or STANCEWATCH_DIGEST_<KEY>)")


def build_message(d: Digest, cfg: DigestConfig) -> EmailMessage:
    check_config(cfg)
    msg = EmailMessage()
    msg["Subject"] = subject(d)
    msg["From"] = cfg.smtp_from
    msg["To"] = ", ".join(cfg.smtp_to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="stancewatch.invalid")
    msg.set_content(render(d, "md"), subtype="plain", charset="utf-8")  # readable as is: it is Markdown
    msg.add_alternative(render(d, "html"), subtype="html", charset="utf-8")
    return msg


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def send_message(msg: EmailMessage, cfg: DigestConfig, environ: Mapping[str, str] | None = None,
                 timeout: float = 30.0) -> None:
    env: Mapping[str, str] = os.environ if environ is None else environ
    if not cfg.smtp_host:
        raise DeliveryError("sending needs [digest] smtp_host (or STANCEWATCH_DIGEST_SMTP_HOST)")
    user, password = env.get(USER_ENV), env.get(PASSWORD_ENV)
    if bool(user) != bool(password):
        raise DeliveryError(f"set both {USER_ENV} and {PASSWORD_ENV}, or neither")
    context = ssl.create_default_context()
    where = f"{cfg.smtp_host}:{cfg.smtp_port}"
    try:
        if cfg.smtp_port == 465:
            client: smtplib.SMTP = smtplib.SMTP_SSL(cfg.smtp_host, cfg.smtp_port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(cfg.smtp_host, cfg.smtp_port, timeout=timeout)
        with client:
            client.ehlo()
            encrypted = cfg.smtp_port == 465
            if not encrypted and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
                encrypted = True
            if user and password:  # both or neither (checked above)
                if not encrypted and not _is_loopback(cfg.smtp_host):
                    raise DeliveryError(f"{where} offers no TLS; refusing to send SMTP credentials in clear text")
                client.login(user, password)
            refused = client.send_message(msg)
    except DeliveryError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"SMTP login to {where} failed (code {exc.smtp_code})") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"could not send the digest via {where}: {type(exc).__name__}: {exc}") from None
    if refused:
        log.warning("SMTP server refused recipients: %s", ", ".join(sorted(refused)))
    log.info("digest %r sent via %s to %d recipient(s)", msg["Subject"], where, len(cfg.smtp_to) - len(refused))


def send_digest(store: Store, week: str, cfg: DigestConfig, environ: dict | None = None) -> EmailMessage:
    """Build this week's digest and send it; returns the message sent."""
    msg = build_message(build_digest(store, week), cfg)
    send_message(msg, cfg, environ)
    return msg
