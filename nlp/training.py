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

import copy
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

from nlp.frozen_layers import cache_frozen_states
from nlp.marking import marked_inputs
from nlp.member_workers import MemberJob, load_base, threads_per_loop, train_side_by_side
from nlp.metrics import report
from nlp.progress import PROGRESS_EVERY, PlainProgress, format_duration, report_step
from nlp.seed_members import member_view, new_member, save_members, stacked_logits
from nlp.training_steps import (
    WARMUP_SHARE,
    bf16_steps_pay,
    bf16_steps_supported,
    fit_member,
    length_bucketed_batches,
    optimizer_step,
)
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
    pooled_logits,
    quiet_transformers,
    recipe_version,
    resolve_base,
    say,
)
from nlp.types import STANCES

log = logging.getLogger(__name__)

SEED = 13
CALIBRATION_SHARE = 0.12  # of the training split, kept out of training to fit the temperature
HEAD_KEYS = ("classifier.weight", "classifier.bias")  # the head fine-tuning creates: missing from the base model
_HEAD_PREFIXES = ("classifier.", "score.", "pre_classifier.", "pooler.")  # a directory / model id's new head
# e5 recipe (figures in the README; a trained model keeps its own in the meta's "timings")
E5_FROZEN_LAYERS = 6  # of 12: embeddings + these run once per example, cached (8: held-out F1 -0.05)
E5_POOLING = "cls"  # BertForSequenceClassification's own head (a standard checkpoint); "mean": e5's pretraining pooling
E5_EPOCHS = 4
E5_LR = 1e-4  # only the upper layers and the head move: a higher rate than MiniLM's full fine-tune
# Seed ensemble on the shared frozen part (nlp/seed_members.py), the default since 2026-12-06 (README, session
# 24): two members trained side by side (nlp/member_workers.py), in bf16 steps where those pay
# (``bf16_steps_pay``; None: decide by measuring). Unread English 0.868 -> 0.901 with the same rules.
E5_MEMBERS = 2
E5_BF16: bool | None = None
MULTILINGUAL_VOCAB = 100_000  # a directory / model id with a vocabulary this large is taken as multilingual


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


def full_logits(torch, model, tokenizer, texts: list[str], pooling: str, batch_size: int = 64,
                members: list | None = None, frozen_layers: int = 0):
    """The whole model on ``texts``, as inference runs it (batched by length; logits in input order).
    ``members`` (more than one): their logits stacked, [members, texts, labels]."""
    model.eval()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    several = members if members and len(members) > 1 else []
    shape = (len(several), len(texts)) if several else (len(texts),)
    out = torch.empty(*shape, model.config.num_labels)
    with torch.inference_mode():
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            enc = tokenizer([texts[j] for j in idx], padding=True, truncation=True, max_length=MAX_LENGTH,
                            return_tensors="pt")
            if several:
                out[:, torch.tensor(idx)] = stacked_logits(model, several, enc, frozen_layers, pooling)
            else:
                out[torch.tensor(idx)] = pooled_logits(model, enc, pooling)
    return out


def _seed(torch, seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def _base_meta(spec: BaseModel, source, multilingual: bool, marking: str, pooling: str, frozen: int) -> dict:
    return {"base": spec.name, "base_fingerprint": spec.fingerprint(), "base_source": str(source),
            "multilingual": multilingual, "marking": marking, "pooling": pooling, "frozen_layers": frozen,
            "max_length": MAX_LENGTH, "recipe": recipe_version(spec.name)}


def _save(out_dir: Path, model, tokenizer, metrics: dict, members: list | None = None) -> None:
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with quiet_transformers():
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
    if members:
        save_members(tmp, members)
    (tmp / META_FILE).write_text(json.dumps(metrics, indent=2))
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)  # the old model stays usable until the new one is complete


def train(out_dir: Path, data_path: Path = DATA_PATH, epochs: int | None = None, lr: float | None = None,
          batch_size: int = 16, seed: int = SEED, progress: bool = True, report: Callable[[str], None] | None = say,
          base: str | None = None, frozen_layers: int | None = None, pooling: str | None = None,
          keep: dict | None = None, threads: int = 0, members: int | None = None, bf16: bool | None = E5_BF16) -> dict:
    """Train, calibrate, evaluate and save. ``progress``: a tqdm bar with ETA (for a terminal);
    otherwise ``report`` gets a plain line per stage and a progress line every ``PROGRESS_EVERY``
    seconds (``report=None``: silent). ``base``: see nlp/transformer.py (default minilm);
    ``frozen_layers`` and ``pooling`` apply to the e5 recipe only. ``keep``: a dict that receives
    the trained ``model`` and ``tokenizer`` as they are in memory (e5 recipe; for tests). ``threads``:
    torch threads (``[nlp] torch_threads``; 0: all cores, at most 4). ``members`` and ``bf16``
    (e5 recipe): the seed ensemble's size (default ``E5_MEMBERS``) and bf16 training steps (True / False;
    None: where the CPU runs them at least ``BF16_PAYS_AT`` times as fast as fp32)."""
    spec = resolve_base(base)
    if spec.frozen:
        return _train_frozen(spec, Path(out_dir), data_path, E5_EPOCHS if epochs is None else epochs,
                             E5_LR if lr is None else lr, batch_size, seed, progress, report,
                             E5_FROZEN_LAYERS if frozen_layers is None else frozen_layers, pooling or E5_POOLING,
                             keep, threads=threads, members=E5_MEMBERS if members is None else members,
                             bf16=bf16)
    if frozen_layers or (pooling and pooling != "cls") or (members or 1) > 1:
        raise ValueError(f"frozen_layers, pooling and members apply to the e5 recipe, not to base {spec.name!r}")
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
    schedule = get_linear_schedule_with_warmup(optimizer, int(WARMUP_SHARE * steps_per_epoch * epochs),
                                                steps_per_epoch * epochs)
    order_rng = random.Random(seed)
    total_steps = steps_per_epoch * epochs
    tell(f"training: {len(train_rows)} examples, {epochs} epoch{'s' if epochs != 1 else ''} x {steps_per_epoch} steps "
         f"= {total_steps} steps "
         f"on {torch.get_num_threads()} threads" + ("" if progress else f"; a progress line every {PROGRESS_EVERY:.0f}s"))
    bar = tqdm(total=total_steps, desc="training", unit="step", disable=not progress)
    plain = PlainProgress(total_steps, epochs, report, PROGRESS_EVERY) if report and not progress else None
    for epoch in range(epochs):
        model.train()
        for idx in length_bucketed_batches(lengths, batch_size, order_rng):
            enc = tokenizer([texts[j] for j in idx], padding=True, truncation=True, max_length=MAX_LENGTH,
                            return_tensors="pt")
            loss = model(**enc, labels=labels[idx]).loss
            optimizer_step(torch, loss, model.parameters(), optimizer, schedule)
            report_step(bar, plain, progress, epoch + 1, epochs, loss)
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
                  pooling: str, keep: dict | None = None, *, threads: int = 0, members: int = 1,
                  bf16: bool | None = None) -> dict:
    """Embeddings + lower layers frozen and cached; ``members`` copies of the upper layers and the
    head trained on the cache (nlp/seed_members.py): side by side in worker processes where there are
    threads for each (nlp/member_workers.py), otherwise one after the other."""
    if members < 1:
        raise ValueError(f"members must be at least 1, got {members}")
    if pooling not in ("mean", "cls"):
        raise ValueError(f"pooling must be 'mean' or 'cls', got {pooling!r}")
    torch = _torch(threads or None)
    from transformers import AutoTokenizer

    tell = report or (lambda line: None)
    source = spec.source()
    _seed(torch, seed)
    started, cpu_started = time.monotonic(), time.process_time()
    rows, data_sha = _read_snapshot(data_path)
    train_rows, calib_rows, heldout_rows = split_examples(rows)
    with quiet_transformers():
        tokenizer = AutoTokenizer.from_pretrained(source)
    model, loading_info = load_base(torch, str(source), frozen_layers, pooling)
    check_loading_info(loading_info, source, expected_missing=HEAD_KEYS)
    n_layers = len(model.base_model.encoder.layer)

    texts = marked_inputs(train_rows, spec.marking)
    input_ids = tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]
    lengths = [len(ids) for ids in input_ids]
    labels = torch.tensor([STANCES.index(r["label"]) for r in train_rows])
    steps_per_epoch = math.ceil(len(texts) / batch_size)
    total_steps = steps_per_epoch * epochs * members
    side_by_side = threads_per_loop(members, torch.get_num_threads())
    bf16_speedup = None
    if bf16 is None:  # measured on the threads one training loop gets
        all_threads = torch.get_num_threads()
        torch.set_num_threads(side_by_side or all_threads)
        bf16, bf16_speedup = bf16_steps_pay(torch)
        torch.set_num_threads(all_threads)
    elif bf16 and not bf16_steps_supported(torch):
        tell("training: this CPU has no bf16 dot products; the steps run in fp32 (slower, same recipe otherwise)")
        bf16 = False
    where = f"on {torch.get_num_threads()} thread(s)" + (
        f", the members side by side in processes of {side_by_side} thread(s) each" if side_by_side else "")
    tell(f"training: {len(train_rows)} examples, {members} member{'s' if members != 1 else ''} x {epochs} "
         f"epoch{'s' if epochs != 1 else ''} x {steps_per_epoch} steps = {total_steps} steps {where}; "
         f"base {spec.name}, embeddings + {frozen_layers} of {n_layers} "
         f"layers frozen and cached, {pooling} pooling{', bf16 steps' if bf16 else ''}"
         + ("" if progress else f"; a progress line every {PROGRESS_EVERY:.0f}s"))

    t0, c0 = time.monotonic(), time.process_time()
    states = cache_frozen_states(torch, model.base_model, input_ids, frozen_layers, tokenizer.pad_token_id)
    cache_seconds, cache_cpu = time.monotonic() - t0, time.process_time() - c0
    cache_mib = sum(s.numel() * s.element_size() for s in states) / 2**20
    tell(f"training: frozen part cached for {len(states)} examples ({sum(lengths)} tokens, {cache_mib:.0f} MiB) "
         f"in {format_duration(cache_seconds)}")

    initial = copy.deepcopy(member_view(model, frozen_layers)) if members > 1 else None  # before member 0 moves
    trained = []
    # side by side, the bar follows member 0 (the others keep its pace)
    shown_steps, shown_epochs = (total_steps // members, epochs) if side_by_side else (total_steps, epochs * members)
    bar = tqdm(total=shown_steps, desc="training", unit="step", disable=not progress)
    plain = PlainProgress(shown_steps, shown_epochs, report, PROGRESS_EVERY) if report and not progress else None
    t0, c0 = time.monotonic(), time.process_time()

    def fit(k: int) -> None:
        # member 0 continues the seed's streams (the single-member recipe unchanged); member k, seed + k
        member = (member_view(model, frozen_layers) if k == 0
                  else new_member(torch, initial, seed + k, model.config.initializer_range))

        def on_step(epoch: int, loss) -> None:
            report_step(bar, plain, progress, k * epochs + epoch + 1, shown_epochs, loss)

        fit_member(torch, model.base_model, member, states, lengths, labels, epochs=epochs, lr=lr,
                   batch_size=batch_size, order_rng=random.Random(seed + k), pooling=pooling, bf16=bf16,
                   on_step=on_step)
        trained.append(member.eval())

    if side_by_side:
        job = MemberJob(k=0, seed=seed, source=str(source), frozen_layers=frozen_layers, pooling=pooling,
                        epochs=epochs, lr=lr, batch_size=batch_size, bf16=bf16, threads=side_by_side)
        trained += train_side_by_side(torch, job, members, initial, states, lengths, labels, lambda: fit(0))
    else:
        for k in range(members):
            fit(k)
    bar.close()
    steps_seconds, steps_cpu = time.monotonic() - t0, time.process_time() - c0
    states.clear()  # the cache (hundreds of MiB) is not needed for evaluation

    tell(f"calibrating on {len(calib_rows)} examples, evaluating on {len(heldout_rows)} held-out examples")
    t0 = time.monotonic()
    calib_logits = full_logits(torch, model, tokenizer, marked_inputs(calib_rows, spec.marking), pooling,
                               members=trained, frozen_layers=frozen_layers)
    heldout_logits = full_logits(torch, model, tokenizer, marked_inputs(heldout_rows, spec.marking), pooling,
                                 members=trained, frozen_layers=frozen_layers)
    member_f1 = []
    if members > 1:  # each member alone (argmax: no temperature), then their mean logits
        member_f1 = [round(_report_logits(torch, m, heldout_rows).macro_f1, 4) for m in heldout_logits]
        calib_logits, heldout_logits = calib_logits.mean(0), heldout_logits.mean(0)
    temperature = _fit_temperature(torch, calib_logits, torch.tensor([STANCES.index(r["label"]) for r in calib_rows]))
    calib_report = _report_logits(torch, calib_logits, calib_rows, temperature)
    heldout_report = _report_logits(torch, heldout_logits, heldout_rows, temperature)
    eval_seconds = time.monotonic() - t0
    for param in model.parameters():  # saved and reloaded as an ordinary model
        param.requires_grad_(True)
    metrics = {
        "name": spec.model_name, "labels": list(STANCES), "temperature": temperature, "data_sha": data_sha,
        "seed": seed, "epochs": epochs, "lr": lr, "batch_size": batch_size, "train_examples": len(train_rows),
        "members": members, "member_seeds": [seed + k for k in range(members)], "bf16_steps": bf16,
        **({"bf16_matmul_speedup": bf16_speedup} if bf16_speedup is not None else {}),
        "calibration": calib_report.as_dict(), "heldout": heldout_report.as_dict(),
        "heldout_by_language": by_language(torch, heldout_logits, heldout_rows, temperature),
        **({"member_heldout_macro_f1": member_f1} if member_f1 else {}),
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
                                      "train_cpu_seconds": round(time.process_time() - cpu_started, 1)}, trained)
    metrics["timings"]["save_seconds"] = round(time.monotonic() - t0, 1)
    metrics["train_seconds"] = round(time.monotonic() - started, 1)
    metrics["train_cpu_seconds"] = round(time.process_time() - cpu_started, 1)
    (out_dir / META_FILE).write_text(json.dumps(metrics, indent=2))
    log.info("held-out: %s", heldout_report.format())
    if keep is not None:
        keep.update(model=model, tokenizer=tokenizer, members=trained)
    return metrics
