"""An Atom feed of weekly digests: one entry per ISO week, rewritten in place (idempotent per week)."""
from __future__ import annotations

import datetime as dt
import logging
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from stancewatch.digest import Digest
from stancewatch.errors import StancewatchError

log = logging.getLogger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:stancewatch:digests"
MEDIA_TYPES = {"html": "text/html", "md": "text/markdown"}
ET.register_namespace("", ATOM)


def _q(tag: str) -> str:
    return f"{{{ATOM}}}{tag}"


def digest_summary(d: Digest) -> str:
    """One paragraph for the feed entry: the week's changes and how much new evidence there was."""
    if d.changes:
        changes = "; ".join(f"{c.company} → {c.stance} on {c.date}" for c in d.changes)
        head = f"Stance changes: {changes}."
    else:
        head = "No stance changed this week."
    return f"{head} {len(d.quotes)} new piece(s) of evidence; {d.failures} fetch failure(s)."


def _read_entries(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise StancewatchError(f"digest feed {path} is not well-formed XML ({exc}); move it away to start a new one") from None
    if root.tag != _q("feed"):
        raise StancewatchError(f"{path} is not an Atom feed (root element {root.tag!r})")
    entries = {}
    for e in root.findall(_q("entry")):
        week = (e.findtext(_q("id")) or "").rsplit(":", 1)[-1]
        if not week:
            continue
        entries[week] = {
            "title": e.findtext(_q("title")) or f"stancewatch weekly digest {week}",
            "updated": e.findtext(_q("updated")) or "",
            "summary": e.findtext(_q("summary")) or "",
            "links": {link.get("type", ""): link.get("href", "") for link in e.findall(_q("link"))},
        }
    return entries


def _stamp(now: dt.datetime | None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    return now.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def update_feed(feed_path: Path, d: Digest, digest_path: Path, fmt: str, now: dt.datetime | None = None,
                title: str = "stancewatch weekly digests") -> Path:
    """Add or refresh the entry for ``d.week``; links to each format written for that week are kept."""
    feed_path = Path(feed_path)
    entries = _read_entries(feed_path)
    entry = entries.setdefault(d.week, {"links": {}})
    href = Path(os.path.relpath(Path(digest_path).resolve(), feed_path.parent.resolve())).as_posix()
    entry["links"][MEDIA_TYPES.get(fmt, "application/octet-stream")] = href
    entry.update(title=f"stancewatch weekly digest {d.week} ({d.start:%d %b} – {d.end:%d %b %Y})",
                 updated=_stamp(now), summary=digest_summary(d))

    root = ET.Element(_q("feed"))
    ET.SubElement(root, _q("id")).text = FEED_ID
    ET.SubElement(root, _q("title")).text = title
    ET.SubElement(root, _q("updated")).text = max(e["updated"] for e in entries.values())
    author = ET.SubElement(root, _q("author"))
    ET.SubElement(author, _q("name")).text = "stancewatch"
    ET.SubElement(root, _q("link"), rel="self", href=feed_path.name)
    for week in sorted(entries, reverse=True):
        e = entries[week]
        node = ET.SubElement(root, _q("entry"))
        ET.SubElement(node, _q("id")).text = f"urn:stancewatch:digest:{week}"
        ET.SubElement(node, _q("title")).text = e["title"]
        ET.SubElement(node, _q("updated")).text = e["updated"]
        for media_type, link in sorted(e["links"].items()):
            ET.SubElement(node, _q("link"), rel="alternate", type=media_type, href=link)
        ET.SubElement(node, _q("summary"), type="text").text = e["summary"]
    ET.indent(root)
    feed_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = feed_path.with_name(feed_path.name + ".tmp")
    ET.ElementTree(root).write(tmp, encoding="utf-8", xml_declaration=True)
    tmp.replace(feed_path)
    log.info("feed %s: entry %s (%d entries)", feed_path, d.week, len(entries))
    return feed_path
