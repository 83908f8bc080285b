"""`stancewatch train`: fine-tune the stance model on our written data, deterministically on CPU.

Two recipes, by base (``[nlp] base_model``, see nlp/transformer.py):

* ``minilm`` (and a directory / model id): every weight trained, ``[TGT]``/``[OTH]`` added as
  special tokens. MiniLM's output is byte-identical to the one before bases were configurable.
* ``e5``: multilingual-e5-small is twice MiniLM's cost per step (12 layers, a 250k-row
  vocabulary), so its embeddings and lower ``E5_FROZEN_LAYERS`` layers are frozen and run once
  per example (no grad, eval mode, batched by length); their outputs are kept in memory and
  every training step runs only the upper layers and the head on them. The saved model is the
  whole model (``save_pretrained``), so inference runs embeddings + all layers as usual.
"""
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

from nlp.marking import marked_inputs
from nlp.metrics import report
from nlp.transformer import (
    DATA_PATH,
    MARK_SPECIAL,
    MAX_LENGTH,
    META_FILE,
    OTHER_TOKEN,
    TARGET_TOKEN,
    BaseModel,
    _torch,
    check_loading_info,
    fingerprint,
    mean_pool_head,
    pooled_logits,
    quiet_transformers,
    resolve_base,
    say,
)
from nlp.types import STANCES

log = logging.getLogger(__name__)

SEED = 13
CALIBRATION_SHARE = 0.12  # of the training split, kept out of training to fit the temperature
PROGRESS_EVERY = 30.0  # seconds between plain progress lines when stderr is not a terminal
HEAD_KEYS = ("classifier.weight", "classifier.bias")  # the head fine-tuning creates: missing from the base model
_HEAD_PREFIXES = ("classifier.", "score.", "pre_classifier.", "pooler.")  # a directory / model id's new head
# e5 recipe (figures in the README; a trained model keeps its own in the meta's "timings")
E5_FROZEN_LAYERS = 6  # of 12: embeddings + these run once per example, cached (8: held-out F1 -0.05)
E5_POOLING = "cls"  # BertForSequenceClassification's own head (a standard checkpoint); "mean": e5's pretraining pooling
E5_EPOCHS = 4
E5_LR = 1e-4  # only the upper layers and the head move: a higher rate than MiniLM's full fine-tune
CACHE_BATCH = 64
MULTILINGUAL_VOCAB = 100_000  # a directory / model id with a vocabulary this large is taken as multilingual


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


def model_input(row: dict, marking: str = MARK_SPECIAL) -> str:
    """One row's model input (``marked_inputs`` does many in one spaCy pass)."""
    return marked_inputs([row], marking)[0]



def _optimizer_step(torch, loss, params, optimizer, schedule) -> None:
    """One update, in the order both recipes have always used (the models stay byte-identical)."""
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    optimizer.step()
    schedule.step()
    optimizer.zero_grad()


def _report_step(bar, plain, progress: bool, epoch: int, epochs: int, loss) -> None:
    bar.update(1)
    if progress:
        bar.set_postfix(epoch=f"{epoch}/{epochs}", loss=f"{loss.item():.3f}")
    elif plain:
        plain.update(epoch, loss.item())

def _length_bucketed_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length: far less padding, so training takes about half the time."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 16
    batches: list[list[int]] = []
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
    texts = marked_inputs(rows, MARK_SPECIAL)
    chunks = []
    model.eval()
    with torch.inference_mode():
        for i in range(0, len(texts), batch_size):
            enc = tokenizer(texts[i : i + batch_size], padding=True, truncation=True, max_length=MAX_LENGTH,
                            return_tensors="pt")
            chunks.append(model(**enc).logits)
    logits = torch.cat(chunks)
    return logits, _report_logits(torch, logits, rows, temperature)


def _report_logits(torch, logits, rows, temperature=1.0):
    probs = torch.softmax(logits / temperature, dim=-1)
    conf, idx = probs.max(dim=-1)
    pred = [STANCES[i] for i in idx.tolist()]
    return report([r["label"] for r in rows], pred, conf.tolist())


def by_language(torch, logits, rows, temperature=1.0) -> dict:
    """Macro-F1 and ECE for English and for the other languages together (rows' ``lang``)."""
    out = {}
    for group in ("en", "non-en"):
        idx = [i for i, r in enumerate(rows) if (r.get("lang", "en") == "en") == (group == "en")]
        if idx:
            rep = _report_logits(torch, logits[torch.tensor(idx)], [rows[i] for i in idx], temperature)
            out[group] = {"n": rep.n, "macro_f1": round(rep.macro_f1, 4), "ece": round(rep.ece, 4)}
    return out


def full_logits(torch, model, tokenizer, texts: list[str], pooling: str, batch_size: int = 64):
    """The whole model on ``texts``, as inference runs it (batched by length; logits in input order)."""
    model.eval()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = torch.empty(len(texts), model.config.num_labels)
    with torch.inference_mode():
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            enc = tokenizer([texts[j] for j in idx], padding=True, truncation=True, max_length=MAX_LENGTH,
                            return_tensors="pt")
            out[torch.tensor(idx)] = pooled_logits(model, enc, pooling)
    return out


# --- the frozen, cached part (e5) --------------------------------------------------------------

def _layer_mask(bert, hidden, attention_mask):
    """The attention mask BertModel hands its layers (4-d, or None when sdpa needs none)."""
    make = getattr(bert, "_create_attention_masks", None)
    if make is not None:  # transformers 5
        return make(attention_mask=attention_mask, encoder_attention_mask=None, embedding_output=hidden,
                    encoder_hidden_states=None, cache=None)[0]
    return bert.get_extended_attention_mask(attention_mask, attention_mask.shape)  # transformers 4


def run_layers(bert, hidden, attention_mask, start: int, stop: int | None = None):
    """Encoder layers ``start:stop`` on hidden states, as BertModel.forward runs them."""
    mask = _layer_mask(bert, hidden, attention_mask)
    for layer in bert.encoder.layer[start:stop]:
        out = layer(hidden, mask)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def frozen_forward(bert, input_ids, attention_mask, layers: int):
    """Embeddings + the lower ``layers`` encoder layers: the part the e5 recipe freezes."""
    return run_layers(bert, bert.embeddings(input_ids=input_ids), attention_mask, 0, layers)


def pad_batch(torch, seqs: list, pad_value=0):
    """Right-pad 1-d id lists or 2-d [tokens, hidden] tensors into a batch plus its attention mask."""
    width = max(len(s) for s in seqs)
    mask = torch.zeros(len(seqs), width, dtype=torch.long)
    if isinstance(seqs[0], list):
        batch = torch.full((len(seqs), width), pad_value, dtype=torch.long)
        for i, s in enumerate(seqs):
            batch[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return batch, mask
    batch = torch.zeros(len(seqs), width, seqs[0].shape[-1], dtype=torch.float32)
    for i, s in enumerate(seqs):
        batch[i, : len(s)] = s
        mask[i, : len(s)] = 1
    return batch, mask


def cache_frozen_states(torch, bert, input_ids: list[list[int]], layers: int, pad_id: int,
                        batch_size: int = CACHE_BATCH, dtype=None) -> list:
    """The frozen part's output for every example, computed once (eval mode, no grad, batched by
    length), one unpadded [tokens, hidden] tensor each. Real tokens never attend to padding, so a
    state does not depend on its batch neighbours beyond float rounding."""
    dtype = dtype or torch.float32
    order = sorted(range(len(input_ids)), key=lambda i: len(input_ids[i]))
    states: list = [None] * len(input_ids)
    was_training = bert.training
    bert.eval()
    with torch.no_grad():
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            ids, mask = pad_batch(torch, [input_ids[j] for j in idx], pad_id)
            hidden = frozen_forward(bert, ids, mask, layers)
            for row, j in enumerate(idx):
                states[j] = hidden[row, : len(input_ids[j])].to(dtype).clone()
    bert.train(was_training)
    return states


def cached_logits(model, hidden, attention_mask, layers: int, pooling: str):
    """The trainable part: upper layers and head on the frozen part's (cached) output."""
    hidden = run_layers(model.base_model, hidden, attention_mask, layers)
    if pooling == "mean":
        return mean_pool_head(model, hidden, attention_mask)
    return model.classifier(model.dropout(model.base_model.pooler(hidden)))


def freeze_lower(model, layers: int, pooling: str) -> None:
    """Freeze embeddings and the lower ``layers``; the unused pooler too under mean pooling."""
    bert = model.base_model
    if not 0 <= layers <= len(bert.encoder.layer):
        raise ValueError(f"frozen_layers must be 0..{len(bert.encoder.layer)}, got {layers}")
    frozen = [bert.embeddings, *bert.encoder.layer[:layers]]
    if pooling == "mean" and getattr(bert, "pooler", None) is not None:
        frozen.append(bert.pooler)
    for module in frozen:
        for param in module.parameters():
            param.requires_grad_(False)




def _seed(torch, seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def _base_meta(spec: BaseModel, source, multilingual: bool, marking: str, pooling: str, frozen: int) -> dict:
    return {"base": spec.name, "base_fingerprint": spec.fingerprint(), "base_source": str(source),
            "multilingual": multilingual, "marking": marking, "pooling": pooling, "frozen_layers": frozen,
            "max_length": MAX_LENGTH}


def _save(out_dir: Path, model, tokenizer, metrics: dict) -> None:
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with quiet_transformers():
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
    (tmp / META_FILE).write_text(json.dumps(metrics, indent=2))
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)  # the old model stays usable until the new one is complete


def train(out_dir: Path, data_path: Path = DATA_PATH, epochs: int | None = None, lr: float | None = None,
          batch_size: int = 16, seed: int = SEED, progress: bool = True, report: Callable[[str], None] | None = say,
          base: str | None = None, frozen_layers: int | None = None, pooling: str | None = None,
          keep: dict | None = None, threads: int = 0) -> dict:
    """Train, calibrate, evaluate and save. ``progress``: a tqdm bar with ETA (for a terminal);
    otherwise ``report`` gets a plain line per stage and a progress line every ``PROGRESS_EVERY``
    seconds (``report=None``: silent). ``base``: see nlp/transformer.py (default minilm);
    ``frozen_layers`` and ``pooling`` apply to the e5 recipe only. ``keep``: a dict that receives
    the trained ``model`` and ``tokenizer`` as they are in memory (e5 recipe; for tests). ``threads``:
    torch threads (``[nlp] torch_threads``; 0: all cores, at most 4)."""
    spec = resolve_base(base)
    if spec.frozen:
        return _train_frozen(spec, Path(out_dir), data_path, E5_EPOCHS if epochs is None else epochs,
                             E5_LR if lr is None else lr, batch_size, seed, progress, report,
                             E5_FROZEN_LAYERS if frozen_layers is None else frozen_layers, pooling or E5_POOLING,
                             keep, threads=threads)
    if frozen_layers or (pooling and pooling != "cls"):
        raise ValueError(f"frozen_layers and pooling apply to the e5 recipe, not to base {spec.name!r}")
    return _train_full(spec, Path(out_dir), data_path, 4 if epochs is None else epochs, 6e-5 if lr is None else lr,
                       batch_size, seed, progress, report, threads=threads)


def _train_full(spec: BaseModel, out_dir: Path, data_path: Path, epochs: int, lr: float, batch_size: int, seed: int,
                progress: bool, report: Callable[[str], None] | None, *, threads: int = 0) -> dict:
    """Every weight trained, [TGT]/[OTH] added (MiniLM's recipe, unchanged)."""
    torch = _torch(threads or None)
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    source = spec.source()
    cpu_started = time.process_time()
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
        tokenizer = AutoTokenizer.from_pretrained(source)
        tokenizer.add_special_tokens({"additional_special_tokens": [TARGET_TOKEN, OTHER_TOKEN]})
        model, loading_info = AutoModelForSequenceClassification.from_pretrained(
            source, num_labels=len(STANCES), id2label=dict(enumerate(STANCES)),
            label2id={s: i for i, s in enumerate(STANCES)}, output_loading_info=True)
        model.resize_token_embeddings(len(tokenizer))
    expected = HEAD_KEYS if spec.name == "minilm" else [
        k for k in loading_info.get("missing_keys") or () if k.startswith(_HEAD_PREFIXES) or ".pooler." in k]
    check_loading_info(loading_info, source, expected_missing=expected)

    texts = marked_inputs(train_rows, MARK_SPECIAL)
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
            _optimizer_step(torch, loss, model.parameters(), optimizer, schedule)
            _report_step(bar, plain, progress, epoch + 1, epochs, loss)
    bar.close()

    tell(f"calibrating on {len(calib_rows)} examples, evaluating on {len(heldout_rows)} held-out examples")
    calib_logits, _ = _evaluate(torch, model, tokenizer, calib_rows)
    temperature = _fit_temperature(torch, calib_logits, torch.tensor([STANCES.index(r["label"]) for r in calib_rows]))
    _, calib_report = _evaluate(torch, model, tokenizer, calib_rows, temperature)
    heldout_logits, heldout_report = _evaluate(torch, model, tokenizer, heldout_rows, temperature)

    multilingual = bool(spec.multilingual) if spec.multilingual is not None else len(tokenizer) >= MULTILINGUAL_VOCAB
    metrics = {
        "name": spec.model_name, "labels": list(STANCES), "temperature": temperature, "data_sha": data_sha,
        "seed": seed, "epochs": epochs, "lr": lr, "batch_size": batch_size, "train_examples": len(train_rows),
        "calibration": calib_report.as_dict(), "heldout": heldout_report.as_dict(),
        "heldout_by_language": by_language(torch, heldout_logits, heldout_rows, temperature),
        **_base_meta(spec, source, multilingual, MARK_SPECIAL, "cls", 0),
        "train_seconds": round(time.monotonic() - started, 1),
        "train_cpu_seconds": round(time.process_time() - cpu_started, 1),
    }
    _save(out_dir, model, tokenizer, metrics)
    log.info("held-out: %s", heldout_report.format())
    return metrics


def _train_frozen(spec: BaseModel, out_dir: Path, data_path: Path, epochs: int, lr: float, batch_size: int,
                  seed: int, progress: bool, report: Callable[[str], None] | None, frozen_layers: int,
                  pooling: str, keep: dict | None = None, *, threads: int = 0) -> dict:
    """Embeddings + lower layers frozen and cached; the upper layers and the head trained on the cache."""
    if pooling not in ("mean", "cls"):
        raise ValueError(f"pooling must be 'mean' or 'cls', got {pooling!r}")
    torch = _torch(threads or None)
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    tell = report or (lambda line: None)
    source = spec.source()
    _seed(torch, seed)
    started, cpu_started = time.monotonic(), time.process_time()
    rows, data_sha = _read_snapshot(data_path)
    train_rows, calib_rows, heldout_rows = split_examples(rows)
    with quiet_transformers():
        tokenizer = AutoTokenizer.from_pretrained(source)
        model, loading_info = AutoModelForSequenceClassification.from_pretrained(
            source, num_labels=len(STANCES), id2label=dict(enumerate(STANCES)),
            label2id={s: i for i, s in enumerate(STANCES)}, output_loading_info=True)
    check_loading_info(loading_info, source, expected_missing=HEAD_KEYS)
    freeze_lower(model, frozen_layers, pooling)
    n_layers = len(model.base_model.encoder.layer)

    texts = marked_inputs(train_rows, spec.marking)
    input_ids = tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]
    lengths = [len(ids) for ids in input_ids]
    labels = torch.tensor([STANCES.index(r["label"]) for r in train_rows])
    steps_per_epoch = math.ceil(len(texts) / batch_size)
    total_steps = steps_per_epoch * epochs
    tell(f"training: {len(train_rows)} examples, {epochs} epoch{'s' if epochs != 1 else ''} x {steps_per_epoch} steps "
         f"= {total_steps} steps on {torch.get_num_threads()} thread(s); base {spec.name}, embeddings + "
         f"{frozen_layers} of {n_layers} layers frozen and cached, {pooling} pooling"
         + ("" if progress else f"; a progress line every {PROGRESS_EVERY:.0f}s"))

    t0, c0 = time.monotonic(), time.process_time()
    states = cache_frozen_states(torch, model.base_model, input_ids, frozen_layers, tokenizer.pad_token_id)
    cache_seconds, cache_cpu = time.monotonic() - t0, time.process_time() - c0
    cache_mib = sum(s.numel() * s.element_size() for s in states) / 2**20
    tell(f"training: frozen part cached for {len(states)} examples ({sum(lengths)} tokens, {cache_mib:.0f} MiB) "
         f"in {format_duration(cache_seconds)}")

    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.01, fused=True)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * total_steps), total_steps)
    order_rng = random.Random(seed)
    bar = tqdm(total=total_steps, desc="training", unit="step", disable=not progress)
    plain = _PlainProgress(total_steps, epochs, report, PROGRESS_EVERY) if report and not progress else None
    t0, c0 = time.monotonic(), time.process_time()
    for epoch in range(epochs):
        model.train()
        for idx in _length_bucketed_batches(lengths, batch_size, order_rng):
            hidden, mask = pad_batch(torch, [states[j] for j in idx])
            logits = cached_logits(model, hidden, mask, frozen_layers, pooling)
            loss = torch.nn.functional.cross_entropy(logits, labels[idx])
            _optimizer_step(torch, loss, trainable, optimizer, schedule)
            _report_step(bar, plain, progress, epoch + 1, epochs, loss)
    bar.close()
    steps_seconds, steps_cpu = time.monotonic() - t0, time.process_time() - c0
    del states

    tell(f"calibrating on {len(calib_rows)} examples, evaluating on {len(heldout_rows)} held-out examples")
    t0 = time.monotonic()
    calib_logits = full_logits(torch, model, tokenizer, marked_inputs(calib_rows, spec.marking), pooling)
    temperature = _fit_temperature(torch, calib_logits, torch.tensor([STANCES.index(r["label"]) for r in calib_rows]))
    calib_report = _report_logits(torch, calib_logits, calib_rows, temperature)
    heldout_logits = full_logits(torch, model, tokenizer, marked_inputs(heldout_rows, spec.marking), pooling)
    heldout_report = _report_logits(torch, heldout_logits, heldout_rows, temperature)
    eval_seconds = time.monotonic() - t0
    for param in model.parameters():  # saved and reloaded as an ordinary model
        param.requires_grad_(True)
    metrics = {
        "name": spec.model_name, "labels": list(STANCES), "temperature": temperature, "data_sha": data_sha,
        "seed": seed, "epochs": epochs, "lr": lr, "batch_size": batch_size, "train_examples": len(train_rows),
        "calibration": calib_report.as_dict(), "heldout": heldout_report.as_dict(),
        "heldout_by_language": by_language(torch, heldout_logits, heldout_rows, temperature),
        **_base_meta(spec, source, bool(spec.multilingual), spec.marking, pooling, frozen_layers),
        "timings": {
            "cache_seconds": round(cache_seconds, 1), "cache_cpu_seconds": round(cache_cpu, 1),
            "cache_mib": round(cache_mib), "steps": total_steps, "steps_seconds": round(steps_seconds, 1),
            "steps_cpu_seconds": round(steps_cpu, 1),
            "step_seconds_mean": round(steps_seconds / max(total_steps, 1), 3),
            "eval_seconds": round(eval_seconds, 1),
        },
    }
    t0 = time.monotonic()
    _save(out_dir, model, tokenizer, {**metrics, "train_seconds": round(time.monotonic() - started, 1),
                                      "train_cpu_seconds": round(time.process_time() - cpu_started, 1)})
    metrics["timings"]["save_seconds"] = round(time.monotonic() - t0, 1)
    metrics["train_seconds"] = round(time.monotonic() - started, 1)
    metrics["train_cpu_seconds"] = round(time.process_time() - cpu_started, 1)
    (out_dir / META_FILE).write_text(json.dumps(metrics, indent=2))
    log.info("held-out: %s", heldout_report.format())
    if keep is not None:
        keep.update(model=model, tokenizer=tokenizer)
    return metrics
