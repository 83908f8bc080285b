"""`stancewatch train`: fine-tune MiniLM on our written stance data, deterministically on CPU."""
from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import shutil
import time
from pathlib import Path

from tqdm import tqdm

from nlp.metrics import report
from nlp.surface_forms import company_spans
from nlp.transformer import (DATA_PATH, MAX_LENGTH, META_FILE, MODEL_NAME, OTHER_TOKEN, TARGET_TOKEN,
                             _torch, base_model_dir, fingerprint, mark_targets)
from nlp.types import STANCES

log = logging.getLogger(__name__)

SEED = 13
CALIBRATION_SHARE = 0.12  # of the training split, kept out of training to fit the temperature


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
          seed: int = SEED, progress: bool = True) -> dict:
    torch = _torch()
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    started = time.monotonic()
    rows, data_sha = _read_snapshot(data_path)
    train_rows, calib_rows, heldout_rows = split_examples(rows)
    log.info("training on %d examples (%d calibration, %d held out)", len(train_rows), len(calib_rows), len(heldout_rows))

    tokenizer = AutoTokenizer.from_pretrained(base_model_dir())
    tokenizer.add_special_tokens({"additional_special_tokens": [TARGET_TOKEN, OTHER_TOKEN]})
    model = AutoModelForSequenceClassification.from_pretrained(
        base_model_dir(), num_labels=len(STANCES), id2label=dict(enumerate(STANCES)),
        label2id={s: i for i, s in enumerate(STANCES)})
    model.resize_token_embeddings(len(tokenizer))

    texts = [model_input(r) for r in train_rows]
    lengths = [len(t) for t in texts]
    labels = torch.tensor([STANCES.index(r["label"]) for r in train_rows])
    steps_per_epoch = math.ceil(len(texts) / batch_size)
    # fused: one kernel for all 22M parameters; the default per-tensor loop took ~30% of each step
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01, fused=True)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps_per_epoch * epochs), steps_per_epoch * epochs)
    order_rng = random.Random(seed)
    bar = tqdm(total=steps_per_epoch * epochs, desc="training", unit="step", disable=not progress)
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
            bar.set_postfix(epoch=epoch + 1, loss=f"{loss.item():.3f}")
    bar.close()

    calib_logits, _ = _evaluate(torch, model, tokenizer, calib_rows)
    temperature = _fit_temperature(torch, calib_logits, torch.tensor([STANCES.index(r["label"]) for r in calib_rows]))
    _, calib_report = _evaluate(torch, model, tokenizer, calib_rows, temperature)
    _, heldout_report = _evaluate(torch, model, tokenizer, heldout_rows, temperature)

    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
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
