"""Command-line interface. Domain errors become one-line messages here, and only here."""
from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path

import click

from stancewatch import __version__
from stancewatch.config import AppConfig, load_config
from stancewatch.errors import StancewatchError

log = logging.getLogger(__name__)


class Ctx:
    def __init__(self, config_path: str | None):
        self.config_path = config_path
        self._cfg: AppConfig | None = None

    @property
    def cfg(self) -> AppConfig:
        if self._cfg is None:
            self._cfg = load_config(self.config_path)
        return self._cfg

    def store(self):
        from stancewatch.cycle import open_store

        return open_store(self.cfg)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="STANCEWATCH_CONFIG",
              help="TOML config file (default: built-in defaults; env STANCEWATCH_CONFIG).")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.version_option(__version__, prog_name="stancewatch")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int, quiet: bool) -> None:
    """Track AI providers' stances on the EU GPAI Code of Practice, with evidence."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from stancewatch.redact import install as _redact_logs

    _redact_logs()  # secrets from the environment never reach a log line
    ctx.obj = Ctx(config_path)


def _progress() -> bool:
    return sys.stderr.isatty()


@cli.command()
@click.pass_obj
def run(obj: Ctx) -> None:
    """One full cycle: crawl every source, analyse new documents, update the time series."""
    from stancewatch.cycle import run_cycle

    summary = run_cycle(obj.cfg, progress=_progress())
    click.echo(summary.line())


@cli.command()
@click.pass_obj
def crawl(obj: Ctx) -> None:
    """Crawl every configured source and store new documents."""
    from stancewatch.cycle import run_cycle

    summary = run_cycle(obj.cfg, do_analyze=False, command="crawl")
    click.echo(summary.line())


@cli.command()
@click.option("--all", "include_all", is_flag=True, help="Re-analyse every document, not only new ones.")
@click.pass_obj
def analyze(obj: Ctx, include_all: bool) -> None:
    """Tag companies and classify stance for documents not yet analysed."""
    from stancewatch.cycle import run_cycle

    summary = run_cycle(obj.cfg, do_crawl=False, include_analyzed=include_all, progress=_progress(), command="analyze")
    click.echo(summary.line())


@cli.command()
@click.option("--input", "input_path", required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--output", "output_path", required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.pass_obj
def classify(obj: Ctx, input_path: str, output_path: str) -> None:
    """Classify {"id","company","text"} JSONL lines; one output line per input line."""
    from stancewatch.classify_io import classify_file

    counts = classify_file(obj.cfg, input_path, output_path)
    click.echo(f"classified {counts['lines']} lines ({counts['errors']} unreadable) → {output_path}", err=True)


@cli.command()
@click.argument("kind", type=click.Choice(["documents", "mentions", "timeseries"]))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.pass_obj
def export(obj: Ctx, kind: str, fmt: str, out: str) -> None:
    """Export documents, mentions or the time series."""
    from stancewatch.exports import export as do_export

    store = obj.store()
    try:
        n = do_export(kind, store, fmt, Path(out))
    finally:
        store.close()
    click.echo(f"{n} {kind} rows → {out}")


@cli.command()
@click.option("--week", default=None, help="ISO week, e.g. 2025-W31 (default: this week).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--out", default=None, type=click.Path(), help="File or directory (default: [digest] out_dir).")
@click.option("--feed", "feed_path", default=None, type=click.Path(dir_okay=False),
              help="Atom feed of digests to update (default: feed.xml in the digest directory, "
                   "unless --out names a file).")
@click.option("--send", is_flag=True, help="Also e-mail the digest via [digest] smtp_* (HTML + Markdown).")
@click.pass_obj
def digest(obj: Ctx, week: str | None, fmt: str, out: str | None, feed_path: str | None, send: bool) -> None:
    """Write the weekly digest for an ISO week."""
    from stancewatch.digest import BadWeek, build_digest, iso_week, parse_week, write_digest

    week = week or iso_week(dt.date.today())
    try:
        parse_week(week)
    except BadWeek as exc:
        raise click.BadParameter(str(exc), param_hint="--week") from None
    target = Path(out or obj.cfg.digest.out_dir)
    if feed_path is None and (out is None or target.is_dir() or str(out).endswith("/") or not target.suffix):
        feed_path = str(target / "feed.xml")
    if send:
        from stancewatch.delivery import check_config

        check_config(obj.cfg.digest)
    store = obj.store()
    try:
        path = write_digest(store, week, fmt, target)
        click.echo(f"digest {week} → {path}")
        if feed_path:
            from stancewatch.digest_feed import update_feed

            update_feed(Path(feed_path), build_digest(store, week, with_chart=False), path, fmt)
            click.echo(f"feed → {feed_path}")
        if send:
            from stancewatch.delivery import send_digest

            msg = send_digest(store, week, obj.cfg.digest)
            click.echo(f"sent {msg['Subject']!r} to {msg['To']}")
    finally:
        store.close()


@cli.command()
@click.pass_obj
def sources(obj: Ctx) -> None:
    """Configured sources with document counts, failures and backoff state."""
    store = obj.store()
    try:
        known = {s.id: s for s in store.sources()}
    finally:
        store.close()
    ids = [s.id for s in obj.cfg.sources] + sorted(set(known) - {s.id for s in obj.cfg.sources})
    if not ids:
        click.echo("no sources configured")
    for sid in ids:
        row = known.get(sid)
        if row is None:  # configured, never crawled
            click.echo(f"{sid}\t?\tdocuments=0\terrors=0\tok")
            continue
        state = f"failing ({row.consecutive_failures}x: {row.last_error})" if row.consecutive_failures else "ok"
        click.echo(f"{sid}\t{row.kind}\tdocuments={row.documents}\terrors={row.errors}\t{state}")


@cli.command("schedule")
@click.option("--every", "interval", default=60.0, show_default=True, help="Minutes between cycle starts.")
@click.option("--cycles", default=None, type=int, help="Stop after this many cycles (default: run forever).")
@click.pass_obj
def schedule_cmd(obj: Ctx, interval: float, cycles: int | None) -> None:
    """Run cycles on an interval; write the weekly digest on [digest] weekday."""
    from stancewatch.schedule import schedule

    for line in schedule(obj.cfg, interval, cycles):
        click.echo(line)


from stancewatch.cli_workers import enqueue as _enqueue_cmd  # noqa: E402
from stancewatch.cli_workers import worker as _worker_group  # noqa: E402  (the scale-out commands)

cli.add_command(_enqueue_cmd)
cli.add_command(_worker_group)


@cli.command()
@click.option("--port", default=38765, show_default=True,
              help="Port for the demo site; fixed so repeated demos see the same URLs (0: any free port).")
@click.pass_obj
def demo(obj: Ctx, port: int) -> None:
    """Serve the bundled demo site, crawl and analyse it, write the series and digests."""
    from stancewatch.demo import run_demo

    for line in run_demo(obj.config_path, port=port, progress=_progress()):
        click.echo(line)


@cli.group()
def model() -> None:
    """The stance model."""


@model.command("ensure")
@click.pass_obj
def model_ensure(obj: Ctx) -> None:
    """Make sure a usable stance model is in place (install-time hook), from [nlp] base_model."""
    from stancewatch.model_setup import ensure_model

    click.echo(ensure_model(obj.cfg.nlp.base_model, obj.cfg.nlp.torch_threads))


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Model directory (default: the environment's model cache).")
@click.option("--epochs", type=int, default=None, help="Epochs (default: the base's recipe; 4).")
@click.option("--base", "base", default=None,
              help="Override [nlp] base_model: minilm, e5, a model directory or a model id.")
@click.option("--members", type=click.IntRange(min=1), default=None,
              help="e5 recipe: seed-ensemble members trained on the shared frozen part (default: the recipe's).")
@click.pass_obj
def train(obj: Ctx, out_dir: str | None, epochs: int | None, base: str | None, members: int | None) -> None:
    """Fine-tune the stance model on nlp/data/stance_train.jsonl (deterministic, CPU)."""
    from nlp.training import train as do_train
    from nlp.transformer import check_base_name, default_model_dir, resolve_base

    try:
        base = check_base_name(base) if base else obj.cfg.nlp.base_model
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base") from None
    if members is not None and members > 1 and not resolve_base(base).frozen:
        raise click.BadParameter(f"seed-ensemble members apply to the e5 recipe, not to base {base!r}",
                                 param_hint="--members")
    target = Path(out_dir) if out_dir else default_model_dir()
    metrics = do_train(out_dir=target, epochs=epochs, progress=_progress(), base=base,
                       threads=obj.cfg.nlp.torch_threads, members=members)
    held = metrics["heldout"]
    click.echo(f"trained {metrics['name']} (base {metrics['base']}) in {metrics['train_seconds']:.0f}s → {target}; "
               f"held-out macro-F1 {held['macro_f1']:.3f} (n={held['n']}), ECE {held['ece']:.3f}, "
               f"temperature {metrics['temperature']:.2f}")


@cli.command()
@click.option("--input", "input_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Labelled JSONL: {company, text, label[, lang]}.")
@click.option("--classifier", type=click.Choice(["auto", "transformer", "rules"]), default=None,
              help="Override [nlp] classifier.")
@click.option("--json", "as_json", type=click.Path(dir_okay=False), default=None, help="Also write metrics as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List misclassified rows.")
@click.option("--half", type=click.Choice(["read", "unread"]), default=None,
              help="Only this half of the development split by URL (report figures on 'unread').")
@click.pass_obj
def evaluate(obj: Ctx, input_path: str, classifier: str | None, as_json: str | None, show_errors: bool,
             half: str | None) -> None:
    """Macro-F1, per-label F1, confusion and calibration error on a labelled file."""
    from nlp.analyzer import load_analyzer
    from nlp.evaluate import evaluate_rows, load_labelled

    if classifier:
        obj.cfg.nlp.classifier = classifier
    try:
        rows = load_labelled(Path(input_path), half)
    except ValueError as exc:
        raise StancewatchError(str(exc)) from None
    result = evaluate_rows(rows, load_analyzer(obj.cfg.nlp))
    click.echo(result.format())
    if show_errors and half == "unread":
        raise StancewatchError("the unread half is for reporting figures only: --errors needs --half read")
    if show_errors:
        for e in result.errors:
            click.echo(f"  {e['id']}\t{e['company']}\tgold={e['gold']}\tpred={e['pred']}\t{e['text'][:140]}")
    if as_json:
        Path(as_json).write_text(json.dumps(result.as_dict(), indent=2))


@cli.group()
def companies() -> None:
    """The company registry."""


@companies.command("list")
@click.pass_obj
def companies_list(obj: Ctx) -> None:
    """Every company in the registry with its aliases and executives."""
    from nlp.registry import Registry

    reg = Registry.load(obj.cfg.nlp.companies_file)
    for c in reg.companies:
        execs = ", ".join(e.name for e in c.executives)
        click.echo(f"{c.id}\t{c.name}\taliases: {', '.join(c.aliases + c.brands) or '-'}\texecutives: {execs or '-'}")


@companies.command("candidates")
@click.option("--limit", default=30, show_default=True)
@click.pass_obj
def companies_candidates(obj: Ctx, limit: int) -> None:
    """Organisations near stance language that the registry does not know yet."""
    from nlp.candidates import find_candidates

    store = obj.store()
    try:
        texts = [d.text for d in store.documents_for_analysis(include_analyzed=True)]
    finally:
        store.close()
    for name, count, example in find_candidates(texts)[:limit]:
        click.echo(f"{count}\t{name}\t{example[:160]}")


from stancewatch.cli_review import review as _review  # noqa: E402  (the review loop's commands)

cli.add_command(_review)


def main(argv: list[str] | None = None) -> int:
    """Entry point: 0 success, 1 explained failure, 2 bad usage."""
    try:
        cli.main(args=argv, prog_name="stancewatch", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.Abort:
        click.echo("stancewatch: aborted", err=True)
        return 1
    except click.UsageError as exc:
        exc.show()
        return 2
    except click.ClickException as exc:
        exc.show()
        return 1
    except StancewatchError as exc:  # every layer's domain errors: one line, secrets masked
        from stancewatch.redact import redact, secret_values

        click.echo(redact(f"stancewatch: error: {exc}", secret_values()), err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("stancewatch: interrupted", err=True)
        return 1
    except Exception as exc:  # a bug, not bad input: still one line, the traceback goes to the log
        log.debug("unexpected error", exc_info=True)
        click.echo(f"stancewatch: unexpected error: {type(exc).__name__}: {exc} (run with -vv for the traceback)",
                   err=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
