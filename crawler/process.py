"""The crawl child process: ``python -m crawler.process JOB.json``.

Twisted's reactor cannot be restarted inside one process, so every crawl runs here, in a
fresh interpreter. The job file names the config, run id, sources and where to write the
summary; the child writes documents straight to the database.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from storage.store import Store

from crawler.context import CrawlContext
from crawler.serialize import config_from_dict
from crawler.settings_bridge import build_settings
from crawler.spiders import SPIDERS

log = logging.getLogger(__name__)

QUIET_LOGGERS = ("scrapy.middleware", "scrapy.crawler", "scrapy.addons", "scrapy.utils.log",
                 "scrapy.extensions.telnet", "scrapy.extensions.logstats", "scrapy.core.engine")


def crawl(job: dict) -> dict:
    cfg = config_from_dict(job["config"])
    wanted = set(job["source_ids"])
    sources = [s for s in cfg.sources if s.id in wanted]
    store = Store(cfg.storage.url)
    context = CrawlContext(cfg=cfg, store=store, run_id=job.get("run_id"))
    level = job.get("log_level", "INFO")
    if level != "DEBUG":  # Scrapy's start-up banners (settings, middleware lists) are noise in cron logs
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
    process = CrawlerProcess({**build_settings(cfg, level), "LOG_INSTALL_ROOT_HANDLER": True})
    for source in sources:
        crawler = process.create_crawler(SPIDERS[source.kind])
        process.crawl(crawler, source=source, context=context)
    process.start()
    store.close()
    missing = [s.id for s in sources if s.id not in context.results]
    for source_id in missing:  # a spider that never closed cleanly (should not happen)
        log.error("source %s did not report a result", source_id)
    return {
        "per_source": {sid: counts.as_dict() for sid, counts in context.results.items()},
        "missing": missing,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m crawler.process JOB.json", file=sys.stderr)
        return 2
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    summary = crawl(job)
    Path(job["summary_path"]).write_text(json.dumps(summary), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
