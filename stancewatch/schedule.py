"""`stancewatch schedule`: run cycles on an interval, the weekly digest on a chosen weekday.

For cron or systemd timers, prefer `stancewatch run` (see README); this loop is for hosts
without either. Each cycle takes the same lock as `run`, so the two can coexist.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from stancewatch.config import AppConfig
from stancewatch.cycle import open_store, run_cycle
from stancewatch.digest import iso_week, write_digest
from stancewatch.errors import ConfigError, LockedError

log = logging.getLogger(__name__)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def digest_due(today: dt.date, weekday: str, out_dir: Path) -> str | None:
    """On the digest weekday, the ISO week just finished, unless its digest already exists."""
    if weekday not in WEEKDAYS:
        raise ConfigError(f"[digest] weekday must be one of {', '.join(WEEKDAYS)}, got {weekday!r}")
    if today.weekday() != WEEKDAYS.index(weekday):
        return None
    week = iso_week(today - dt.timedelta(days=7))
    return None if (out_dir / f"digest-{week}.md").exists() else week


def schedule(cfg: AppConfig, interval_minutes: float, max_cycles: int | None = None,
             today: Callable[[], dt.date] = dt.date.today, sleep: Callable[[float], None] = time.sleep) -> Iterator[str]:
    """Yield one summary line per cycle (and per digest written)."""
    cycle = 0
    out_dir = Path(cfg.digest.out_dir)
    while max_cycles is None or cycle < max_cycles:
        cycle += 1
        started = time.monotonic()
        try:
            yield run_cycle(cfg, command="schedule").line()
        except LockedError as exc:
            yield f"skipped cycle {cycle}: {exc}"
        week = digest_due(today(), cfg.digest.weekday, out_dir)
        if week:
            store = open_store(cfg)
            try:
                for fmt in ("md", "html"):
                    yield f"digest {week} → {write_digest(store, week, fmt, out_dir)}"
            finally:
                store.close()
        if max_cycles is not None and cycle >= max_cycles:
            break
        sleep(max(0.0, interval_minutes * 60 - (time.monotonic() - started)))
