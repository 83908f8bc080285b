"""The crawl child process: ``python -m stancewatch.crawl_process JOB.json``.

Twisted's reactor cannot be restarted inside one process, so every crawl runs here, in a
fresh interpreter. The job file names the config, run id, sources and where to write the
summary; the child writes documents straight to the database.

Scrapy, Twisted and the Store are imported inside ``crawl``: the extraction workers are
spawned, and spawn re-runs this (the main) module in each of them, where those imports
would only delay the worker's first page.
"""
from __future__ import annotations

import ctypes
import json
import logging
import os
import signal
import sys
import threading
import time
import warnings
from pathlib import Path

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1
QUIET_LOGGERS = ("scrapy.middleware", "scrapy.crawler", "scrapy.addons", "scrapy.utils.log",
                 "scrapy.extensions.telnet", "scrapy.extensions.logstats", "scrapy.core.engine")


def crawl(job: dict) -> dict:
    from scrapy.crawler import CrawlerProcess
    from scrapy.exceptions import ScrapyDeprecationWarning

    from crawler import frontier
    from crawler.config import CrawlerConfig
    from crawler.context import CrawlContext
    from crawler.settings_bridge import build_settings
    from crawler.spiders import SPIDERS
    from stancewatch import redact
    from storage.store import Store

    cfg = CrawlerConfig.from_dict(job["config"])
    wanted = set(job["source_ids"])
    sources = [s for s in cfg.sources if s.id in wanted]
    distributed = bool(job.get("distributed"))
    # run_crawl migrated the schema just before starting us: no second Alembic start-up here.
    store = Store(cfg.storage.url, migrate_schema=not job.get("schema_ready", False))
    context = CrawlContext(cfg=cfg, store=store, run_id=job.get("run_id"))
    if distributed:
        server = frontier.connect(cfg.distributed.redis_url or "")
        context.shared_seen = frontier.RedisBloom.from_config(server, cfg.distributed.queue, cfg.distributed)
    level = job.get("log_level", "INFO")
    if level != "DEBUG":  # Scrapy's start-up banners (settings, middleware lists) are noise in cron logs
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
    # scrapy-redis 0.9 still uses APIs Scrapy deprecated; its warnings would fill every worker log.
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module="scrapy_redis")
    settings = build_settings(cfg, level, distributed=distributed)
    process = CrawlerProcess({**settings, "LOG_INSTALL_ROOT_HANDLER": True})
    redact.install()  # Scrapy logs its settings (a Redis URL may carry a password) at start-up
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


def die_with_parent(parent_pid: int | None) -> None:
    """A SIGKILLed ``stancewatch run`` must not leave this crawl running without its lock."""
    if not parent_pid:
        return
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            log.debug("prctl unavailable; watching the parent instead")
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:  # portable fallback: poll the parent
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m stancewatch.crawl_process JOB.json", file=sys.stderr)
        return 2
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    die_with_parent(job.get("parent_pid"))
    summary = crawl(job)
    Path(job["summary_path"]).write_text(json.dumps(summary), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
