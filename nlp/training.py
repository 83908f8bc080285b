"""`stancewatch train`: fine-tune MiniLM on our written stance data, deterministically on CPU."""
from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from tqdm import tqdm

from nlp.metrics import report
from nlp.surface_forms import company_spans
from nlp.transformer import (DATA_PATH, MAX_LENGTH, META_FILE, MODEL_NAME, OTHER_TOKEN, TARGET_TOKEN,
                             _torch, base_model_dir, check_loading_info, fingerprint, mark_targets,
                             quiet_transformers, say)
from nlp.types import STANCES

log = logging.getLogger(__name__)

SEED = 13
CALIBRATION_SHARE = 0.12  # of the training split, kept out of training to fit the temperature
PROGRESS_EVERY = 30.0  # seconds between plain progress lines when stderr is not a terminal
HEAD_KEYS = ("classifier.weight", "classifier.bias")  # the head fine-tuning creates: missing from the base model


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


class _PlainProgress:
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


def load_examples(path: Path = DATA_PATH) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _read_snapshot(path: Path) -> tuple[list[dict], str]:
    """The examples and their fingerprint from one read, so the two always agree."""
    raw = path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    return rows, fingerprint(raw)


def _bucket(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def split_examples(rows: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """train / calibration / held-out; contrast pairs never straddle two splits."""
    heldout = [r for r in rows if r.get("split") == "heldout"]
    rest = [r for r in rows if r.get("split") != "heldout"]
    calib = [r for r in rest if _bucket("calib:" + (r.get("pair") or r["id"])) < CALIBRATION_SHARE]
    calib_ids = {r["id"] for r in calib}
    return [r for r in rest if r["id"] not in calib_ids], calib, heldout


def model_input(row: dict) -> str:
    target, others = company_spans(row["text"], row["company"])
    return mark_targets(row["text"], target, others)


def _length_bucketed_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length: far less padding, so training takes about half the time."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 16
    batches = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i : i + pool], key=lambda j: lengths[j])
        batches.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def _fit_temperature(torch, logits, labels) -> float:
    """Grid search on NLL: deterministic and plenty for one scalar."""
    best_t, best_nll = 1.0, float("inf")
    for step in range(5, 501, 5):
        t = step / 100
        nll = torch.nn.functional.cross_entropy(logits / t, labels).item()
        if nll < best_nll:
            best_t, best_nll = t, nll
    return best_t


def _evaluate(torch, model, tokenizer, rows, temperature=1.0, batch_size=64):
    texts = [model_input(r) for r in rows]
    chunks = []
    model.eval()
    with torch.inference_mode():
        for i in range(0, len(texts), batch_size):
            enc = tokenizer(texts[i : i + batch_size], padding=True, truncation=True, max_length=MAX_LENGTH,
                            return_tensors="pt")
            chunks.append(model(**enc).logits)
    logits = torch.cat(chunks)
    probs = torch.softmax(logits / temperature, dim=-1)
    conf, idx = probs.max(dim=-1)
    pred = [STANCES[i] for i in idx.tolist()]
    return logits, report([r["label"] for r in rows], pred, conf.tolist())


def train(out_dir: Path, data_path: Path = DATA_PATH, epochs: int = 4, lr: float = 6e-5, batch_size: int = 16,
          seed: int = SEED, progress: bool = True, report: Callable[[str], None] | None = say) -> dict:
    """Train, calibrate, evaluate and save. ``progress``: a tqdm bar with ETA (for a terminal);
    otherwise ``report`` gets a plain line per stage and a progress line every ``PROGRESS_EVERY``
    seconds (``report=None``: silent)."""
    torch = _torch()
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    started = time.monotonic()
    rows, data_sha = _read_snapshot(data_path)
    train_rows, calib_rows, heldout_rows = split_examples(rows)
    log.info("training on %d examples (%d calibration, %d held out)", len(train_rows), len(calib_rows), len(heldout_rows))
    tell = report or (lambda line: None)

    # The base checkpoint has no classification head: the two head weights missing from it are the
    # ones fine-tuning creates, so transformers' report of them is silenced and anything else is
    # still logged. The resize initialises [TGT]/[OTH] from the embeddings' mean, as intended.
    with quiet_transformers():
        tokenizer = AutoTokenizer.from_pretrained(base_model_dir())
        tokenizer.add_special_tokens({"additional_special_tokens": [TARGET_TOKEN, OTHER_TOKEN]})
        model, loading_info = AutoModelForSequenceClassification.from_pretrained(
            base_model_dir(), num_labels=len(STANCES), id2label=dict(enumerate(STANCES)),
            label2id={s: i for i, s in enumerate(STANCES)}, output_loading_info=True)
        model.resize_token_embeddings(len(tokenizer))
    check_loading_info(loading_info, base_model_dir(), expected_missing=HEAD_KEYS)

    texts = [model_input(r) for r in train_rows]
    lengths = [len(t) for t in texts]
    labels = torch.tensor([STANCES.index(r["label"]) for r in train_rows])
    steps_per_epoch = math.ceil(len(texts) / batch_size)
    # fused: one kernel for all 22M parameters; the default per-tensor loop took ~30% of each step
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, fused=True)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps_per_epoch * epochs), steps_per_epoch * epochs)
    order_rng = random.Random(seed)
    total_steps = steps_per_epoch * epochs
    tell(f"training: {len(train_rows)} examples, {epochs} epoch{'s' if epochs != 1 else ''} x {steps_per_epoch} steps "
         f"= {total_steps} steps "
         f"on {torch.get_num_threads()} threads" + ("" if progress else f"; a progress line every {PROGRESS_EVERY:.0f}s"))
    bar = tqdm(total=total_steps, desc="training", unit="step", disable=not progress)
    plain = _PlainProgress(total_steps, epochs, report, PROGRESS_EVERY) if report and not progress else None
    for epoch in range(epochs):
        model.train()
        for idx in _length_bucketed_batches(lengths, batch_size, order_rng):
            enc = tokenizer([texts[j] for j in idx], padding=True, truncation=True, max_length=MAX_LENGTH,
                            return_tensors="pt")
            loss = model(**enc, labels=labels[idx]).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            bar.update(1)
            if progress:
                bar.set_postfix(epoch=f"{epoch + 1}/{epochs}", loss=f"{loss.item():.3f}")
            elif plain:
                plain.update(epoch + 1, loss.item())
    bar.close()

    tell(f"calibrating on {len(calib_rows)} examples, evaluating on {len(heldout_rows)} held-out examples")
    calib_logits, _ = _evaluate(torch, model, tokenizer, calib_rows)
    temperature = _fit_temperature(torch, calib_logits, torch.tensor([STANCES.index(r["label"]) for r in calib_rows]))
    _, calib_report = _evaluate(torch, model, tokenizer, calib_rows, temperature)
    _, heldout_report = _evaluate(torch, model, tokenizer, heldout_rows, temperature)

    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with quiet_transformers():
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
    metrics = {
        "name": MODEL_NAME, "labels": list(STANCES), "temperature": temperature, "data_sha": data_sha,
        "seed": seed, "epochs": epochs, "lr": lr, "batch_size": batch_size, "train_examples": len(train_rows),
        "calibration": calib_report.as_dict(), "heldout": heldout_report.as_dict(),
        "train_seconds": round(time.monotonic() - started, 1),
    }
    (tmp / META_FILE).write_text(json.dumps(metrics, indent=2))
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)  # the old model stays usable until the new one is complete
    log.info("held-out: %s", heldout_report.format())
    return metrics
