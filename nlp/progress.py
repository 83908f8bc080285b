"""Training progress a person can follow: a tqdm bar on a terminal, else a plain line every
``PROGRESS_EVERY`` seconds (CI logs, pipes) with the elapsed time and an ETA."""
from __future__ import annotations

import time
from collections.abc import Callable

PROGRESS_EVERY = 30.0  # seconds between plain progress lines when stderr is not a terminal


def format_duration(seconds: float) -> str:
    """``45s``, ``3m07s``, ``1h02m``: short enough for a progress line."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def format_progress(step: int, total: int, epoch: int, epochs: int, elapsed: float,
                    loss: float | None = None) -> str:
    """One plain progress line, e.g. ``training: epoch 2/4, step 300/1020 (29%), loss 0.412,
    elapsed 2m30s, ETA 6m00s``. The ETA extrapolates the mean step time so far; before the first
    step there is none to extrapolate from."""
    pct = 100 * step // total if total else 100
    parts = [f"training: epoch {epoch}/{epochs}", f"step {step}/{total} ({pct}%)"]
    if loss is not None:
        parts.append(f"loss {loss:.3f}")
    parts.append(f"elapsed {format_duration(elapsed)}")
    parts.append(f"ETA {format_duration(elapsed / step * (total - step))}" if step else "ETA --")
    return ", ".join(parts)


class PlainProgress:
    """The non-terminal counterpart of the tqdm bar: a line every ``every`` seconds, and one at the end."""

    def __init__(self, total: int, epochs: int, report: Callable[[str], None], every: float = PROGRESS_EVERY,
                 clock: Callable[[], float] = time.monotonic):
        self.total, self.epochs, self.report, self.every, self.clock = total, epochs, report, every, clock
        self.started = self.last = clock()
        self.step = 0

    def update(self, epoch: int, loss: float | None = None) -> None:
        self.step += 1
        now = self.clock()
        if now - self.last >= self.every or self.step == self.total:
            self.last = now
            self.report(format_progress(self.step, self.total, epoch, self.epochs, now - self.started, loss))


def report_step(bar, plain, progress: bool, epoch: int, epochs: int, loss) -> None:
    bar.update(1)
    if progress:
        bar.set_postfix(epoch=f"{epoch}/{epochs}", loss=f"{loss.item():.3f}")
    elif plain:
        plain.update(epoch, loss.item())
