"""The ``briefing`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns
library errors into a one-line message and a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import warnings
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from briefing._arguments import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_PARTIAL, build_parser
from briefing.deliver.sending import PASSWORD_VARIABLE
from briefing.errors import BriefingError
from briefing.nlp.model import end_workers, workers_cut_short
from briefing.settings import (
    Settings,
)
from briefing.summary.summarizer import get_ranker


def _stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed and old output kept.

    With ``--workers``, both first end the parsing processes: spaCy's cleanup waits for
    them, and they can be blocked sending parsed text that will never be read."""
    parent = os.getpid()

    def handler(signum, frame):
        if os.getpid() != parent:
            os._exit(128 + signum)  # a parsing process: end quietly, the parent reports
        end_workers()
        warnings.filterwarnings("ignore", message=r"\[W127\]")  # "not all workers completed"
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, handler)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    _stop_on_sigterm()
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args) or 0
    except BriefingError as exc:
        if args.debug:
            raise
        print(f"briefing: error: {_printable(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as exc:
        note = str(exc) or "interrupted; no output was changed"
        print(f"briefing: {note}", file=sys.stderr)
        if workers_cut_short():
            # spaCy's queues to the ended workers would block the interpreter's exit
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_INTERRUPTED)
        return EXIT_INTERRUPTED
    except Exception as exc:  # never a traceback for the user, unless asked
        if args.debug:
            raise
        print(
            f"briefing: internal error: {type(exc).__name__}: {_printable(str(exc))}"
            " (rerun with --debug)",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _printable(text: str) -> str:
    """One line with no terminal escapes: a server's reply may carry ANSI codes."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


# Each flag's key in briefing.toml (dots for tables); flags left out are not settings.
FLAG_KEYS = {
    "title": "title",
    "sentences": "sentences",
    "words": "words",
    "ratio": "ratio",
    "algorithm": "algorithm",
    "model": "model",
    "date": "date",
    "since": "since",
    "intro": "intro",
    "template": "template",
    "format": "formats",
    "sections": "sections",
    "out": "out",
    "name": "name",
    "memory": "memory_file",
    "workers": "workers",
    "max_bytes": "max_bytes",
    "max_article_chars": "max_article_chars",
    "max_articles": "max_articles",
    "deadline": "deadline",
    "fetch_timeout": "fetch_timeout",
    "explain": "explain",
    "mail_from": "mail.from",
    "mail_to": "mail.to",
    "subject": "mail.subject",
    "send_to": "send_to",
    "send": "send",
    "dry_run": "dry_run",
    "resend": "resend",
    "smtp_host": "smtp.host",
    "smtp_port": "smtp.port",
    "user": "smtp.user",
}
BUDGET_KEYS = ("sentences", "words", "ratio")


def settings_from_args(args: argparse.Namespace, environ: Mapping[str, str] = os.environ):
    """Settings from briefing.toml (or --config) with the flags given on top."""
    from briefing.settings import load_config, settings_from

    data = load_config(args.config)
    flags: dict = {}
    for dest, key in FLAG_KEYS.items():
        value = getattr(args, dest, None)
        if value is not None:
            flags[key] = _comma_list(value) if key in ("formats", "sections") else value
    if getattr(args, "no_memory", None):
        flags["memory"] = False
    if getattr(args, "no_fit", None):
        flags["fit"] = False
    if getattr(args, "starttls", None) or getattr(args, "ssl", None):
        flags["smtp.security"] = "ssl" if args.ssl else "starttls"
    if getattr(args, "to", None):
        flags["mail.to"] = args.to
    if environ.get(PASSWORD_VARIABLE):
        flags["smtp.password"] = environ[PASSWORD_VARIABLE]
    if any(k in flags for k in BUDGET_KEYS):  # a budget flag replaces the file's budget
        data = {k: v for k, v in data.items() if k not in BUDGET_KEYS}
    for key, value in flags.items():
        table, _, leaf = key.rpartition(".")
        if table:
            data[table] = {**data.get(table, {}), leaf: value}
        else:
            data[leaf] = value
    return settings_from(data)  # the file alone was checked by load_config


def _comma_list(value: str) -> list[str]:
    return [x.strip() for x in value.split(",") if x.strip()]


def _summary_settings(args: argparse.Namespace) -> Settings:
    """Budget and ranker of the batch and eval commands (they read no settings file)."""
    from briefing.settings import settings_from

    given = {k: getattr(args, k) for k in ("sentences", "words", "ratio", "algorithm")}
    settings = settings_from({k: v for k, v in given.items() if v is not None})
    get_ranker(settings.algorithm)  # an unknown name fails here, before any work
    return settings


def cmd_build(args: argparse.Namespace) -> int:
    from briefing.pipeline import run

    settings = settings_from_args(args)
    with _progress("parsing") as tick:
        result = run(args.inputs, settings, progress=tick, warn=_warn, strict=args.debug)
    for path in result.paths:
        print(path)
    if settings.explain:
        for s in result.briefing.summary:
            print(f"[{s.source_id}] {s.text}\n    {s.why}")
    if result.sent is not None:
        _report(result.sent)
    return EXIT_PARTIAL if result.skipped and args.fail_on_skip else 0


def cmd_send(args: argparse.Namespace) -> int:
    from briefing.deliver.mailing import read_message
    from briefing.pipeline import deliver

    settings = settings_from_args(args)
    message = read_message(Path(args.file))
    _report(deliver(message, settings.mail.recipients, settings, log_dir=Path(args.file).parent))
    return 0


def _report(outcome) -> None:
    if outcome.dry_run:
        print(outcome.note)
    elif outcome.sent:
        print(f"sent {outcome.message_id} to {', '.join(outcome.recipients)}")
        if outcome.note:  # some recipients were refused
            _warn(f"warning: {outcome.note}")
    else:
        print(f"not sent: {outcome.note}", file=sys.stderr)


def _warn(line: str) -> None:
    print(f"briefing: {_printable(line)}", file=sys.stderr)


def _partitioned(args: argparse.Namespace) -> bool:
    return args.engine == "dask" or (args.jsonl != "-" and not Path(args.jsonl).is_file())


def _run_partitioned(args: argparse.Namespace, job) -> int:
    from briefing.evaluation.partitions import run_job

    if args.output == "-":
        raise BriefingError("--output must be a folder for partitioned input")

    def progress(name: str, entry: dict) -> None:
        bad = f", {entry['errors']} bad line(s) in the errors file" if entry["errors"] else ""
        print(f"{name}: {entry['lines']} line(s){bad}", file=sys.stderr)

    run_job(
        args.jsonl,
        args.output,
        job,
        engine=args.engine,
        scheduler=args.scheduler,
        workers=args.dask_workers,
        on_done=progress,
    )
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    from briefing.evaluation.batch import summarize_jsonl
    from briefing.evaluation.partitions import Job

    settings = _summary_settings(args)
    if _partitioned(args):
        job = Job("summarize", settings.budget, settings.algorithm, args.model, args.explain)
        return _run_partitioned(args, job)
    summarize_jsonl(
        _path_or_dash(args.jsonl),
        _path_or_dash(args.output),
        budget=settings.budget,
        algorithm=settings.algorithm,
        model=args.model,
        explain=args.explain,
    )
    return 0


def cmd_commitments(args: argparse.Namespace) -> int:
    from briefing.evaluation.batch import commitments_jsonl
    from briefing.evaluation.partitions import Job

    if _partitioned(args):
        return _run_partitioned(args, Job("commitments", model=args.model))

    commitments_jsonl(_path_or_dash(args.jsonl), _path_or_dash(args.output), args.model)
    return 0


def cmd_eval_commitments(args: argparse.Namespace) -> int:
    from briefing.evaluation.commitments import (
        evaluate_fixture,
        evaluate_pledges,
        format_fixture,
        format_pledges,
    )

    tree = Path(__file__).resolve().parent.parent  # the source checkout, when there is one
    path = Path(args.fixture) if args.fixture else tree / "tests" / "data" / "commitments.jsonl"
    root = Path(args.root) if args.root else (tree if not args.fixture else Path("."))
    if not path.is_file():
        raise BriefingError("no such fixture; give a labelled JSONL file and --root", str(path))
    print(format_fixture(evaluate_fixture(path, root, args.model), path.name))
    if args.pledges:
        pledges = Path(args.pledges)
        results = evaluate_pledges(pledges, args.model, args.limit)
        print("\n" + format_pledges(results, pledges.name))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from briefing.evaluation.summaries import all_algorithms, evaluate, format_table, load_items

    algorithms = args.algorithms.split(",") if args.algorithms else all_algorithms()
    budget = _summary_settings(args).budget
    items, skipped = load_items(Path(args.data), args.include_damaged, args.limit)
    with _progress("eval") as tick:
        rows = evaluate(items, algorithms, budget, args.model, tick)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
    else:
        print(format_table(rows, Path(args.data).name, budget, skipped))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from briefing.evaluation.training import (
        check_target,
        collect,
        report_held_out,
        train,
        write_weights,
    )

    paths = [Path(p) for p in args.data]
    for path in paths:
        if not path.is_file():
            raise BriefingError("no such file", str(path))
    out = Path(args.out)
    check_target(out, args.replace_shipped)  # before the slow part
    examples = collect(paths, args.limit)
    if args.folds and args.folds > 1:
        print(report_held_out(examples, args.folds))
    write_weights(train(paths, args.limit, examples), out, args.replace_shipped)
    print(out)
    return 0


@contextmanager
def _progress(label: str):
    """A progress bar on a terminal, called with (done, total); silent elsewhere."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(desc=label, file=sys.stderr, leave=False) as bar:

        def tick(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        yield tick


def _path_or_dash(value: str) -> Path | None:
    return None if value == "-" else Path(value)


COMMANDS = {
    "build": cmd_build,
    "summarize": cmd_summarize,
    "send": cmd_send,
    "commitments": cmd_commitments,
    "eval-commitments": cmd_eval_commitments,
    "eval": cmd_eval,
    "train": cmd_train,
}


if __name__ == "__main__":
    sys.exit(main())
