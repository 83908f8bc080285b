"""The first run as a newcomer sees it (issue 14 §3): one line per stage, progress with an ETA, and
no third-party noise (setuptools deprecations, transformers' load report and resize notices)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from nlp.progress import PlainProgress as _PlainProgress
from nlp.progress import format_duration, format_progress
from nlp.transformer import check_loading_info

ROOT = Path(__file__).resolve().parents[2]
NOISE = ("warning", "deprecat", "LOAD REPORT", "MISSING", "Loading weights", "Writing model shards",
         "mean_resizing", "it/s]")


def _noise(text: str) -> list[str]:
    return [n for n in NOISE if (n.lower() in text.lower() if n.islower() else n in text)]


# --- the progress line that CI logs and pipes get instead of a bar ---------------------------------

def test_duration_format():
    assert [format_duration(s) for s in (0, 9.6, 59.4, 60, 187, 3599, 3600, 3725, -3)] == [
        "0s", "10s", "59s", "1m00s", "3m07s", "59m59s", "1h00m", "1h02m", "0s"]


def test_progress_line_has_epoch_step_elapsed_and_eta():
    line = format_progress(step=300, total=1020, epoch=2, epochs=4, elapsed=150.0, loss=0.4123)
    assert line == "training: epoch 2/4, step 300/1020 (29%), loss 0.412, elapsed 2m30s, ETA 6m00s"


def test_progress_line_before_the_first_step_and_at_the_end():
    assert format_progress(0, 1020, 1, 4, 3.0) == "training: epoch 1/4, step 0/1020 (0%), elapsed 3s, ETA --"
    assert format_progress(1020, 1020, 4, 4, 480.0).endswith("step 1020/1020 (100%), elapsed 8m00s, ETA 0s")


def test_plain_progress_reports_every_30_seconds_and_at_the_end():
    now = [0.0]
    lines: list[str] = []
    bar = _PlainProgress(total=10, epochs=2, report=lines.append, every=30, clock=lambda: now[0])
    for step in range(1, 11):
        now[0] = step * 7.0  # 7 s a step: lines at 35 s (step 5) and 70 s (step 10, the last)
        bar.update(epoch=1 if step <= 5 else 2, loss=1.0 / step)
    assert lines == [
        "training: epoch 1/2, step 5/10 (50%), loss 0.200, elapsed 35s, ETA 35s",
        "training: epoch 2/2, step 10/10 (100%), loss 0.100, elapsed 1m10s, ETA 0s",
    ]


# --- what a checkpoint lacks is still reported, in one line per problem ------------------------------

def test_loading_info_expected_head_is_quiet_anything_else_is_reported(caplog):
    info = {"missing_keys": {"classifier.weight", "classifier.bias"}, "unexpected_keys": set(),
            "mismatched_keys": set(), "error_msgs": []}
    assert check_loading_info(info, "base", expected_missing=("classifier.weight", "classifier.bias")) == []
    info["missing_keys"] = {"classifier.weight", "bert.encoder.layer.0.attention.self.query.weight"}
    info["unexpected_keys"] = {"pooler.dense.bias"}
    problems = check_loading_info(info, "trained", expected_missing=("classifier.weight", "classifier.bias"))
    assert len(problems) == 2 and "query.weight" in problems[0] and "pooler.dense.bias" in problems[1]
    assert [r.levelname for r in caplog.records] == ["WARNING", "WARNING"]


# --- the install's own metadata: no setuptools deprecation -----------------------------------------

def test_license_is_an_spdx_string():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["license"] == "Apache-2.0"  # a table is deprecated by setuptools >= 77
    assert any(re.fullmatch(r"setuptools>=(\d+)", r) and int(r.split(">=")[1]) >= 77
               for r in meta["build-system"]["requires"])


# --- the runs themselves ----------------------------------------------------------------------------

@pytest.mark.slow
def test_demo_prints_stages_and_outputs_without_noise(tmp_path):
    run = subprocess.run([sys.executable, "-m", "stancewatch", "demo", "--port", "0"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    assert _noise(run.stdout + run.stderr) == [], run.stderr[-3000:]
    stages = [line for line in run.stdout.splitlines() if line.startswith("==> ")]
    assert [s.split()[1] for s in stages] == ["serving", "crawling", "writing", "done;"]
    assert "database: sqlite:///data/stancewatch.db" in run.stdout
    digests = [line.split(": ", 1)[1] for line in run.stdout.splitlines() if line.startswith("digest: ")]
    html = [p for p in digests if p.endswith(".html")]
    assert html and all((tmp_path / p).exists() for p in digests)
    assert html[-1] in stages[-1]  # the last stage line says how to open the latest digest


@pytest.mark.slow
def test_training_reports_progress_in_plain_lines_without_noise(tmp_path):
    """A tiny training run (one epoch over a slice of the data) with stderr a pipe, as in CI logs."""
    rows = [json.loads(line) for line in (ROOT / "nlp" / "data" / "stance_train.jsonl").read_text().splitlines()]
    tiny = [r for r in rows if r["split"] == "train"][:96] + [r for r in rows if r["split"] == "heldout"][:32]
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in tiny))
    script = ("import sys; from pathlib import Path; from nlp.training import train; "
              "train(Path(sys.argv[1]), data_path=Path(sys.argv[2]), epochs=1, progress=False)")
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "model"), str(data)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert _noise(run.stdout + run.stderr) == [], run.stderr[-3000:]
    lines = run.stderr.splitlines()
    assert lines[0].startswith("training: ") and " steps on " in lines[0]
    # epochs count over the seed ensemble's members: the last line says epoch N/N
    assert any(re.fullmatch(r"training: epoch (\d+)/\1, step (\d+)/\2 \(100%\), loss \d\.\d{3}, elapsed \w+, ETA 0s",
                            line)
               for line in lines), lines
    assert lines[-1].startswith("calibrating on ")
    assert (tmp_path / "model" / "model.safetensors").exists()
