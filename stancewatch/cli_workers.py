"""CLI commands of the scale-out workers: `stancewatch enqueue`, `stancewatch worker crawl|analyze`.

Registered on the main group in ``stancewatch.cli``; the logic lives in ``stancewatch.workers``.
"""
from __future__ import annotations

import sys

import click

from stancewatch.config import AppConfig


def _progress() -> bool:
    return sys.stderr.isatty()


def _distributed(obj, redis_url: str | None, queue: str | None, idle_timeout: float | None) -> AppConfig:
    d = obj.cfg.distributed
    d.redis_url = redis_url or d.redis_url
    d.queue = queue or d.queue
    d.idle_timeout = d.idle_timeout if idle_timeout is None else idle_timeout
    return obj.cfg


_redis_opt = click.option("--redis", "redis_url", default=None, help="Redis URL of the shared frontier "
                          "(default: [distributed] redis_url), e.g. redis://127.0.0.1:6379/0.")
_queue_opt = click.option("--queue", default=None, help="Frontier name (default: [distributed] queue).")
_idle_opt = click.option("--idle-timeout", type=click.FloatRange(0), default=None,
                         help="Exit after this many seconds without work (default: [distributed] idle_timeout).")


@click.command()
@_redis_opt
@_queue_opt
@click.option("--source", "source_ids", multiple=True, help="Only this source id (repeatable).")
@click.option("--keep", is_flag=True, help="Add to the current round instead of resetting queues and filter.")
@click.pass_obj
def enqueue(obj, redis_url: str | None, queue: str | None, source_ids: tuple[str, ...], keep: bool) -> None:
    """Seed the shared frontier with the configured sources' entry URLs."""
    from stancewatch.workers import enqueue_lines

    for line in enqueue_lines(_distributed(obj, redis_url, queue, None), list(source_ids) or None, not keep):
        click.echo(line)


@click.group()
def worker() -> None:
    """Scale-out workers: crawl from a shared Redis frontier, analyse claimed documents."""


@worker.command("crawl")
@_redis_opt
@_queue_opt
@_idle_opt
@click.pass_obj
def worker_crawl(obj, redis_url: str | None, queue: str | None, idle_timeout: float | None) -> None:
    """Crawl requests from the shared frontier (after `stancewatch enqueue`) until it stays empty."""
    from stancewatch.workers import crawl_worker

    click.echo(crawl_worker(_distributed(obj, redis_url, queue, idle_timeout)))


@worker.command("analyze")
@_idle_opt
@click.option("--batch", type=click.IntRange(1), default=None, help="Documents claimed at once.")
@click.option("--no-series", is_flag=True, help="Do not rebuild the time series at the end.")
@click.pass_obj
def worker_analyze(obj, idle_timeout: float | None, batch: int | None, no_series: bool) -> None:
    """Claim unanalysed documents and analyse them; several workers never share a document."""
    from stancewatch.workers import analyze_worker

    cfg = _distributed(obj, None, None, idle_timeout)
    if batch:
        cfg.distributed.claim_batch = batch
    click.echo(analyze_worker(cfg, progress=_progress(), series=not no_series))
