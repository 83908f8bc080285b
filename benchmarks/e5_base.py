"""CPU cost of the multilingual e5 base (nlp/e5_base.py) against the MiniLM base.

    .venv/bin/python -m benchmarks.e5_base [--out DIR] [--batch 32] [--tokens 64] [--repeat 5]

Times, best of ``--repeat`` after one warm-up, on a random batch of ``--batch`` x ``--tokens``:

* forward    ``model(**batch)`` under ``inference_mode`` (MiniLM and e5);
* train-*    one step of a 3-label sequence classifier: forward, cross-entropy, backward,
             fused AdamW (the stance trainer's optimiser) over the trainable parameters only:
             ``all`` trainable, ``emb`` frozen, ``emb+6`` embeddings and the lower 6 layers frozen.

Both the best wall time and the best process CPU time are printed. e5 is built into ``--out``
(default: a temporary directory) first; the build time is printed too.
"""
from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from pathlib import Path


def _best(fn, repeat: int) -> str:
    """Best wall time and best process CPU time: on a shared machine (other jobs on the same
    cores) the CPU time of a 1-thread run is the steadier figure."""
    fn()  # warm-up: lazy allocations, AdamW state
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return f"{min(wall):6.3f}s wall {min(cpu):6.3f}s cpu"


def _freeze(model, embeddings: bool, layers: int) -> None:
    base = model.base_model
    for p in base.embeddings.parameters():
        p.requires_grad = not embeddings
    for layer in base.encoder.layer[:layers]:
        for p in layer.parameters():
            p.requires_grad = False


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.e5_base", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--tokens", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)

    import torch
    from transformers import AutoModel, AutoModelForSequenceClassification

    from nlp.e5_base import build_e5_base
    from nlp.transformer import base_model_dir

    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    torch.set_num_threads(args.threads)
    tmp = None if args.out else tempfile.TemporaryDirectory(prefix="e5-base-")
    out = args.out or Path(tmp.name)
    started = time.perf_counter()
    build_e5_base(out)
    size = sum(f.stat().st_size for f in out.iterdir())
    print(f"e5 build {time.perf_counter() - started:.1f}s -> {out} ({size / 2**20:.0f} MiB)")
    print(f"batch {args.batch} x {args.tokens} tokens, {args.threads} threads, best of {args.repeat}")

    def batch_for(vocab: int) -> dict:
        gen = torch.Generator().manual_seed(0)
        ids = torch.randint(5, vocab, (args.batch, args.tokens), generator=gen)
        return {"input_ids": ids, "attention_mask": torch.ones_like(ids)}

    labels = torch.arange(args.batch) % 3
    for name, path in (("minilm", base_model_dir()), ("e5", out)):
        model = AutoModel.from_pretrained(path).eval()
        batch = batch_for(model.config.vocab_size)
        with torch.inference_mode():
            fwd = _best(lambda model=model, batch=batch: model(**batch), args.repeat)
        n_params = sum(p.numel() for p in model.parameters()) / 1e6
        print(f"{name:7s} forward        {fwd}   ({n_params:.0f}M params)")
        del model
        variants = [("all", False, 0), ("emb", True, 0), ("emb+6", True, 6)] if name == "e5" else [("all", False, 0)]
        for label, emb, layers in variants:
            torch.manual_seed(0)
            clf = AutoModelForSequenceClassification.from_pretrained(path, num_labels=3).train()
            _freeze(clf, emb, layers)
            params = [p for p in clf.parameters() if p.requires_grad]
            opt = torch.optim.AdamW(params, lr=6e-5, weight_decay=0.01, fused=True)

            def step(opt=opt, clf=clf, batch=batch) -> None:
                opt.zero_grad(set_to_none=True)
                clf(**batch, labels=labels).loss.backward()
                opt.step()

            secs = _best(step, args.repeat)
            print(f"{name:7s} train-{label:7s}  {secs}   ({sum(p.numel() for p in params) / 1e6:.1f}M trainable)")
            del clf, opt, params
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
