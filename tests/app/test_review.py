"""The review loop: the queue, labels that override the model (who/when), training export, the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stancewatch.review import ReviewError, export_training, review_queue, set_label
from storage.records import SeriesRow
from storage.store import Store


@pytest.fixture
def store(demo_url):
    s = Store(demo_url)
    yield s
    s.close()


def _doc_id(store: Store, url_part: str) -> int:
    return next(m.document_id for m in store.iter_mentions() if url_part in m.url)


def _latest(store: Store, company_id: str) -> SeriesRow:
    return [r for r in store.iter_timeseries() if r.company_id == company_id][-1]


def test_queue_lists_low_confidence_and_conflicts(store):
    items = review_queue(store, below=0.6)
    got = {(i["company"], i["stance"]): i["reasons"] for i in items}
    assert set(got) == {("Mistral AI", "sign"), ("Mistral AI", "undecided"), ("xAI", "undecided"), ("Meta", "none")}
    assert got[("Mistral AI", "sign")] == ["low confidence (0.55 < 0.60)", "conflict: sign vs undecided"]
    assert got[("Mistral AI", "undecided")] == ["conflict: sign vs undecided"]
    xai = next(i for i in items if i["company"] == "xAI")
    assert xai["evidence"].startswith("xAI said") and xai["url"].startswith("https://eu-wire.example/")
    assert [i["company"] for i in review_queue(store, company="mistral-ai")] == ["Mistral AI", "Mistral AI"]
    assert {i["company"] for i in review_queue(store, below=0.0)} == {"Mistral AI"}  # conflicts only
    assert len(review_queue(store, below=0.95)) > len(items)


def test_label_overrides_the_model_and_is_stored_with_who_and_when(store):
    assert _latest(store, "xai").stance == "unknown"  # the model's 0.45 "undecided" moves nothing
    doc = _doc_id(store, "xai-safety-chapter")
    result = set_label(store, doc, "xAI", "SIGN", "Ana Analyst", note="partial signature is a signature")
    assert result["model_stance"] == "undecided" and result["label"] == "sign"
    assert _latest(store, "xai").stance == "sign"  # series rebuilt at once
    review = store.reviews()[(doc, "xai")]
    assert review.reviewer == "Ana Analyst" and review.note == "partial signature is a signature"
    assert review.created_at is not None
    assert not [i for i in review_queue(store) if i["company"] == "xAI"]
    assert [i["label"] for i in review_queue(store, include_reviewed=True) if i["company"] == "xAI"] == ["sign"]
    set_label(store, doc, "xai", "undecided", "Ben")  # a second opinion replaces the first
    assert store.reviews()[(doc, "xai")].reviewer == "Ben" and _latest(store, "xai").stance == "undecided"


def test_settling_one_side_resolves_a_conflict(store):
    set_label(store, _doc_id(store, "mistral-hesite"), "Mistral AI", "sign", "ana")
    assert not [i for i in review_queue(store, below=0.0)]
    assert _latest(store, "mistral-ai").stance == "sign"


@pytest.mark.parametrize("args, message", [
    ((999999, "xAI", "sign", "ana"), "does not exist"),
    ((None, "OpenAI", "sign", "ana"), "no mention of 'OpenAI'"),
    ((None, "xAI", "maybe", "ana"), "stance must be one of"),
    ((None, "xAI", "sign", "  "), "reviewer"),
])
def test_bad_labels_are_refused(store, args, message):
    doc = args[0] if args[0] is not None else _doc_id(store, "xai-safety-chapter")
    with pytest.raises(ReviewError, match=message):
        set_label(store, doc, *args[1:])
    assert store.reviews() == {}


def test_export_training_rows(store, tmp_path):
    set_label(store, _doc_id(store, "xai-safety-chapter"), "xAI", "sign", "ana")
    set_label(store, _doc_id(store, "xai-safety-chapter"), "Meta", "none", "ana")  # no evidence sentence
    set_label(store, _doc_id(store, "eu-wire.example/de/"), "Mistral AI", "undecided", "ana")
    out = tmp_path / "train" / "reviewed.jsonl"
    assert export_training(store, out) == (3, 0)
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    train_keys = list(json.loads(Path("nlp/data/stance_train.jsonl").read_text().splitlines()[0]))
    assert all(list(r) == train_keys for r in rows.values())
    xai = next(r for r in rows.values() if r["company"] == "xAI")
    assert xai == {"id": xai["id"], "company": "xAI", "text": "xAI said it would sign the safety and security chapter only.",
                   "label": "sign", "lang": "en", "phenomenon": "reviewed", "pair": None, "split": "train"}
    meta = next(r for r in rows.values() if r["company"] == "Meta")
    assert meta["label"] == "none" and "Meta" in meta["text"]  # the document's sentence naming Meta
    assert next(r for r in rows.values() if r["company"] == "Mistral AI")["lang"] == "de"


def sw(*args, cwd):
    return subprocess.run([sys.executable, "-m", "stancewatch", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_review_cli_round_trip(demo_sqlite_url, tmp_path):
    cfg = tmp_path / "sw.toml"
    cfg.write_text(f'[storage]\nurl = "{demo_sqlite_url}"\n')
    r = sw("--config", str(cfg), "review", "list", "--below", "0.6", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 4 and "4 mention(s) to review" in r.stderr
    xai = next(line for line in lines if "\txAI\t" in line).split("\t")
    doc_id = xai[0]
    assert xai[3:5] == ["undecided", "0.45"] and xai[-1].startswith("https://eu-wire.example/")
    r = sw("--config", str(cfg), "review", "list", "--company", "xai", "--json", cwd=tmp_path)
    assert [json.loads(line)["company"] for line in r.stdout.splitlines()] == ["xAI"]

    r = sw("--config", str(cfg), "review", "set", doc_id, "xai", "sign", "--reviewer", "ana", "--note", "n",
           cwd=tmp_path)
    assert r.returncode == 0 and "undecided (model) → sign by ana" in r.stdout, r.stderr
    out = tmp_path / "reviewed.jsonl"
    r = sw("--config", str(cfg), "export", "timeseries", "--out", str(tmp_path / "ts.jsonl"), cwd=tmp_path)
    series = [json.loads(line) for line in (tmp_path / "ts.jsonl").read_text().splitlines()]
    assert [s for s in series if s["company"] == "xAI"][-1]["stance"] == "sign"
    r = sw("--config", str(cfg), "review", "export", "--out", str(out), cwd=tmp_path)
    assert r.returncode == 0 and json.loads(out.read_text())["label"] == "sign"

    r = sw("--config", str(cfg), "review", "set", doc_id, "OpenAI", "sign", "--reviewer", "ana", cwd=tmp_path)
    assert r.returncode == 1 and r.stderr.startswith("stancewatch: error:") and len(r.stderr.splitlines()) == 1
    r = sw("--config", str(cfg), "review", "set", doc_id, "xai", "perhaps", "--reviewer", "ana", cwd=tmp_path)
    assert r.returncode == 2
    r = sw("--config", str(cfg), "review", "set", doc_id, "xai", "sign", cwd=tmp_path)
    assert r.returncode == 2 and "--reviewer" in r.stderr


def test_review_set_waits_for_no_run(demo_sqlite_url, tmp_path):
    """While a run holds the lock, `review set` refuses in one line and stores nothing."""
    import fcntl

    cfg = tmp_path / "sw.toml"
    cfg.write_text(f'[storage]\nurl = "{demo_sqlite_url}"\n')
    lock = Path(demo_sqlite_url.removeprefix("sqlite:///") + ".lock")
    r = sw("--config", str(cfg), "review", "list", "--company", "xai", "--json", cwd=tmp_path)
    doc_id = str(json.loads(r.stdout.splitlines()[0])["document_id"])
    with open(lock, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)  # what a running `stancewatch run` holds
        r = sw("--config", str(cfg), "review", "set", doc_id, "xai", "refuse", "--reviewer", "bo", cwd=tmp_path)
        fcntl.flock(fh, fcntl.LOCK_UN)
    assert r.returncode == 1 and "holds the lock" in r.stderr and len(r.stderr.splitlines()) == 1
    r = sw("--config", str(cfg), "review", "export", "--out", str(tmp_path / "rev.jsonl"), cwd=tmp_path)
    assert all(json.loads(line)["label"] != "refuse" for line in (tmp_path / "rev.jsonl").read_text().splitlines())
