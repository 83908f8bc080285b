"""`stancewatch demo` / `make demo`: the whole pipeline on the bundled demo site."""
from __future__ import annotations

import datetime as dt
import logging
import shlex
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from stancewatch.config import SourceConfig, load_config
from stancewatch.cycle import open_store, run_cycle
from stancewatch.digest import build_digest, iso_week, write_digest
from stancewatch.digest_feed import update_feed
from stancewatch.exports import export
from stancewatch.site_server import DEMO_SITE_DIR, StaticSite

log = logging.getLogger(__name__)


def demo_sources(base_url: str) -> list[SourceConfig]:
    """The demo site's entry points, one per source kind it exercises."""
    return [
        SourceConfig(id="demo-news-rss", kind="feed", url=f"{base_url}/rss.xml", source_kind="news"),
        SourceConfig(id="demo-statements-atom", kind="feed", url=f"{base_url}/atom.xml", source_kind="statement"),
        SourceConfig(id="demo-news-sitemap", kind="sitemap", url=f"{base_url}/robots.txt", source_kind="news"),
        SourceConfig(id="demo-commission", kind="urls", urls=[f"{base_url}/commission/signatories.html"],
                     source_kind="official"),
    ]


def _serve(port: int) -> StaticSite:
    try:
        return StaticSite(DEMO_SITE_DIR, port=port)
    except OSError as exc:  # port taken: any free port still works, the URLs just differ
        log.warning("port %d unavailable (%s); serving the demo site on a free port", port, exc.strerror)
        return StaticSite(DEMO_SITE_DIR, port=0)


def stage(text: str) -> str:
    """A stage line: what the demo is doing now, set apart from the results it prints."""
    return f"==> {text}"


def open_command(path: Path) -> str:
    """The command that opens a file in the desktop's browser, or its file:// URL where there is none."""
    quoted = shlex.quote(str(path))
    if sys.platform == "darwin":
        return f"open {quoted}"
    if sys.platform.startswith("win"):
        return f'start "" "{path}"'
    if shutil.which("xdg-open"):
        return f"xdg-open {quoted}"
    return f"open {path.resolve().as_uri()} in a browser"


def run_demo(config_path: str | None = None, port: int = 38765, progress: bool = False) -> Iterator[str]:
    cfg = load_config(config_path)
    cfg.crawl.allow_private_networks = True  # the demo site is on loopback by design
    cfg.crawl.download_delay = 0.0
    out_dir = Path(cfg.data_dir)
    yield stage("serving the bundled demo site (articles, statements, feeds, a sitemap) locally")
    with _serve(port) as site:
        yield f"demo site served at {site.base_url}"
        cfg.sources = demo_sources(site.base_url)
        yield stage("crawling and analysing it: companies, stances and evidence (loads spaCy and the stance model)")
        summary = run_cycle(cfg, progress=progress, command="demo")
    yield summary.line()
    yield stage("writing the stance time series and the weekly digests")
    store = open_store(cfg)
    try:
        series_path = out_dir / "timeseries.csv"
        export("timeseries", store, "csv", series_path)
        export("timeseries", store, "jsonl", series_path.with_suffix(".jsonl"))
        weeks = [iso_week(dt.date.today())]
        days = [r.date for r in store.iter_timeseries()]
        if days:
            weeks.append(iso_week(dt.date.fromisoformat(max(days))))
        digests = []
        for week in dict.fromkeys(weeks):
            summary_digest = build_digest(store, week, with_chart=False)
            for fmt in ("md", "html"):
                digests.append(write_digest(store, week, fmt, Path(cfg.digest.out_dir)))
                update_feed(Path(cfg.digest.out_dir) / "feed.xml", summary_digest, digests[-1], fmt)
    finally:
        store.close()
    yield f"database: {cfg.storage.url}"
    yield f"time series: {series_path} (and {series_path.with_suffix('.jsonl')})"
    for path in digests:
        yield f"digest: {path}"
    yield f"digest feed: {Path(cfg.digest.out_dir) / 'feed.xml'}"
    # the digest of the week with the latest evidence (this week's is empty unless the data is recent)
    latest = next((Path(p) for p in reversed(digests) if str(p).endswith(".html")), None)
    if latest is not None:
        yield stage(f"done; to read the digest: {open_command(latest)}")
    else:
        yield stage("done")
