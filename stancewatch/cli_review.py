"""`stancewatch review ...`: the analyst review loop's commands (logic in ``stancewatch.review``)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from storage.records import STANCES


@click.group()
def review() -> None:
    """The analyst review loop: doubtful mentions, labels that override the model, training data."""


@review.command("list")
@click.option("--below", default=0.6, show_default=True, type=click.FloatRange(0.0, 1.0),
              help="List mentions whose model confidence is below this.")
@click.option("--company", default=None, help="Only this company (id or name).")
@click.option("--all", "include_reviewed", is_flag=True, help="Include mentions already reviewed.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def review_list(obj, below: float, company: str | None, include_reviewed: bool, as_json: bool) -> None:
    """Low-confidence mentions and same-day conflicts between documents."""
    from stancewatch.review import review_queue

    store = obj.store()
    try:
        items = review_queue(store, below=below, company=company, include_reviewed=include_reviewed)
    finally:
        store.close()
    for i in items:
        if as_json:
            click.echo(json.dumps(i, ensure_ascii=False))
            continue
        label = f"\treviewed: {i['label']} by {i['reviewer']}" if i["label"] else ""
        evidence = " ".join((i["evidence"] or "-").split())
        click.echo(f"{i['document_id']}\t{i['published'] or '-'}\t{i['company']}\t{i['stance']}\t"
                   f"{i['confidence']:.2f}\t{'; '.join(i['reasons'])}\t{evidence[:200]}\t{i['url']}{label}")
    if not as_json:
        click.echo(f"{len(items)} mention(s) to review", err=True)


@review.command("set")
@click.argument("document_id", type=int)
@click.argument("company")
@click.argument("stance", type=click.Choice(STANCES, case_sensitive=False))
@click.option("--reviewer", required=True, help="Who decided (stored with the label and the time).")
@click.option("--note", default=None, help="Why, for the next analyst.")
@click.pass_obj
def review_set(obj, document_id: int, company: str, stance: str, reviewer: str, note: str | None) -> None:
    """Label one mention; the label overrides the model and the series is rebuilt."""
    from stancewatch.cycle import run_lock
    from stancewatch.review import set_label

    store = obj.store()
    try:
        with run_lock(obj.cfg, store):  # the series rebuild must not interleave with a run's
            r = set_label(store, document_id, company, stance, reviewer, note)
    finally:
        store.close()
    click.echo(f"document {r['document_id']} {r['company']}: {r['model_stance']} (model) → {r['label']} "
               f"by {r['reviewer']}; series rebuilt ({r['timeseries_rows']} rows)")


@review.command("export")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Training JSONL to write.")
@click.pass_obj
def review_export(obj, out: str) -> None:
    """Reviewed labels as training rows (the format of nlp/data/stance_train.jsonl)."""
    from stancewatch.review import export_training

    store = obj.store()
    try:
        written, skipped = export_training(store, Path(out))
    finally:
        store.close()
    click.echo(f"{written} reviewed labels → {out}" + (f" ({skipped} without a sentence skipped)" if skipped else ""))
