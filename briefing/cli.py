"""The ``briefing`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns
library errors into a one-line message and a non-zero exit.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .errors import BriefingError, InputError
from .ingest import DEFAULT_MAX_BYTES
from .rankers import RANKERS
from .settings import OUTPUT_FORMATS, SECTIONS, Budget, Mail, Settings

EXIT_ERROR = 1
EXIT_PARTIAL = 3  # with --fail-on-skip: built, but some inputs were skipped
EXIT_INTERRUPTED = 130


def _stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed and old output kept."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        config = _config(argv)
    except BriefingError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    parser = _parser(config)
    args = parser.parse_args(argv)
    _stop_on_sigterm()
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args) or 0
    except BriefingError as exc:
        if args.debug:
            raise
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("briefing: interrupted; no output was changed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # never a traceback for the user, unless asked
        if args.debug:
            raise
        print(
            f"briefing: internal error: {type(exc).__name__}: {exc} (rerun with --debug)",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _config(argv: list[str]) -> dict:
    from .config import load_config

    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--config")
    early.add_argument("command", nargs="?")
    known, _ = early.parse_known_args(argv)
    if known.command not in ("build", "send"):
        return {}  # only these two read the settings file
    return load_config(known.config)


def _config_defaults(config: dict) -> dict:
    """Config values as argparse defaults; flags given on the command line win."""
    mail, smtp = config.get("mail", {}), config.get("smtp", {})
    budget = {k: config[k] for k in ("sentences", "words", "ratio") if k in config}
    pairs = {
        "title": config.get("title"),
        "format": ",".join(config["formats"]) if "formats" in config else None,
        "sections": ",".join(config["sections"]) if "sections" in config else None,
        "out": config.get("out"),
        "template": config.get("template"),
        "intro": config.get("intro"),
        "model": config.get("model"),
        "algorithm": config.get("algorithm"),
        "since": config.get("since"),
        "workers": config.get("workers"),
        "no_memory": (not config["memory"]) if "memory" in config else None,
        "config_budget": budget or None,
        "config_sources": config.get("sources"),
        "mail_from": mail.get("from"),
        "config_mail_to": mail.get("to"),
        "subject": mail.get("subject"),
        "smtp_host": smtp.get("host"),
        "smtp_port": smtp.get("port"),
        "user": smtp.get("user"),
        "config_password": smtp.get("password"),
        "starttls": smtp.get("security") == "starttls" or None,
        "ssl": smtp.get("security") == "ssl" or None,
    }
    return {k: v for k, v in pairs.items() if v is not None}


def _parser(config: dict | None = None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    common.add_argument("--config", help="settings file (default: ./briefing.toml if present)")
    common.add_argument("--model", help="spaCy model name (default: en_core_web_sm if installed)")

    budget = argparse.ArgumentParser(add_help=False)
    group = budget.add_mutually_exclusive_group()
    group.add_argument("--sentences", type=_positive_int, help="sentences per summary (default 3)")
    group.add_argument("--words", type=_positive_int, help="at most this many words per summary")
    group.add_argument("--ratio", type=float, help="this share of the sentences, e.g. 0.2")
    budget.add_argument(
        "--algorithm", default="default", help=f"sentence ranker: {', '.join(RANKERS)}"
    )

    smtp = argparse.ArgumentParser(add_help=False)
    smtp.add_argument("--smtp-host", default="localhost")
    smtp.add_argument(
        "--smtp-port", type=int, help="default 25, 587 with --starttls, 465 with --ssl"
    )
    security = smtp.add_mutually_exclusive_group()
    security.add_argument(
        "--starttls", action="store_true", help="upgrade the connection with STARTTLS"
    )
    security.add_argument("--ssl", action="store_true", help="connect over TLS from the start")
    smtp.add_argument("--user", help="SMTP login; the password comes from BRIEFING_SMTP_PASSWORD")
    smtp.add_argument(
        "--dry-run", action="store_true", help="show what would be sent, send nothing"
    )
    smtp.add_argument("--resend", action="store_true", help="send even if the sent log has it")

    parser = argparse.ArgumentParser(prog="briefing", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.set_defaults(debug=False)
    sub = parser.add_subparsers(dest="command")

    build = sub.add_parser(
        "build", parents=[common, budget, smtp], help="build a briefing from articles"
    )
    build.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="file, folder, .jsonl, feed, or - (stdin)"
    )
    build.add_argument("--format", default="md,html", help="comma list of: md, html, json, email")
    build.add_argument("--mail-from", default="briefing@localhost", help="the email's From")
    build.add_argument("--mail-to", action="append", help="the email's To (repeatable)")
    build.add_argument("--subject", help="the email's subject (default: title and date)")
    build.add_argument("--send-to", action="append", help="build, then send to this address")
    build.add_argument("--send", action="store_true", help="build, then send to the email's To")
    build.add_argument("--out", default="out", help="output folder (default: out/)")
    build.add_argument("--name", help="output file name without extension")
    build.add_argument("--title", default="Briefing")
    build.add_argument(
        "--date", help="the brief's day: only articles published that day (default: today, any)"
    )
    build.add_argument(
        "--since", metavar="AGE", help="only articles from the last AGE, e.g. 24h, 90m, 2d"
    )
    build.add_argument(
        "--workers", type=_positive_int, default=1, help="processes parsing in parallel"
    )
    build.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma list of the sections to show (default: all of {','.join(SECTIONS)})",
    )
    build.add_argument(
        "--no-fit", action="store_true", help="keep every story and point past one page"
    )
    build.add_argument(
        "--memory",
        metavar="FILE",
        help="what earlier briefs told (default: briefing-memory.sqlite in --out)",
    )
    build.add_argument(
        "--no-memory", action="store_true", help="neither read nor update the memory"
    )
    build.add_argument("--intro", default="", help="a short note in Markdown at the top")
    build.add_argument("--template", metavar="DIR", help="folder of templates that override ours")
    build.add_argument("--explain", action="store_true", help="say why each sentence was chosen")
    build.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse any input file larger than this (default {DEFAULT_MAX_BYTES:,})",
    )
    build.add_argument(
        "--fail-on-skip",
        action="store_true",
        help=f"exit {EXIT_PARTIAL} if a bad or non-English item was skipped (default: exit 0)",
    )
    build.set_defaults(func=cmd_build)

    summarize = sub.add_parser(
        "summarize", parents=[common, budget], help="summarise a JSONL batch"
    )
    summarize.add_argument("--jsonl", required=True, metavar="IN", help="input JSONL, or -")
    summarize.add_argument("--output", required=True, metavar="OUT", help="output JSONL, or -")
    summarize.add_argument(
        "--explain", action="store_true", help='add "explain": score, rank and why, per sentence'
    )
    summarize.set_defaults(func=cmd_summarize)

    send = sub.add_parser("send", parents=[common, smtp], help="send a briefing .eml by SMTP")
    send.add_argument("file", metavar="FILE.eml")
    send.add_argument("--to", action="append", help="recipient (repeatable; default: mail.to)")
    send.set_defaults(func=cmd_send)

    commitments = sub.add_parser(
        "commitments", parents=[common], help="commitments of every article in a JSONL batch"
    )
    commitments.add_argument("--jsonl", required=True, metavar="IN", help="input JSONL, or -")
    commitments.add_argument("--output", required=True, metavar="OUT", help="output JSONL, or -")
    commitments.set_defaults(func=cmd_commitments)

    fixture = sub.add_parser(
        "eval-commitments",
        parents=[common],
        help="precision and recall of commitments against a labelled fixture",
    )
    fixture.add_argument(
        "fixture", nargs="?", default="tests/data/commitments.jsonl", help="labelled JSONL"
    )
    fixture.add_argument("--root", default=".", help="folder the fixture's paths start from")
    fixture.add_argument("--pledges", metavar="JSONL", help="also score manifesto pledges")
    fixture.add_argument("--limit", type=_positive_int, help="only the first N pledge rows")
    fixture.set_defaults(func=cmd_eval_commitments)

    evaluate = sub.add_parser(
        "eval", parents=[common, budget], help="ROUGE of every ranker on a reference file"
    )
    evaluate.add_argument("data", metavar="DATA.jsonl", help="rows with reference summaries")
    evaluate.add_argument("--algorithms", help="comma list (default: all rankers and the oracle)")
    evaluate.add_argument("--limit", type=_positive_int, help="only the first N usable rows")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.add_argument(
        "--include-damaged", action="store_true", help="keep rows flagged lowercased/tokenized"
    )
    evaluate.set_defaults(func=cmd_eval)
    defaults = {"config_budget": None, "config_sources": None, "config_mail_to": None}
    defaults |= {"config_password": None}
    for command in (build, send):
        command.set_defaults(**(defaults | _config_defaults(config or {})))
    return parser


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _budget(args: argparse.Namespace) -> Budget:
    from .summarizer import get_ranker

    get_ranker(args.algorithm)  # an unknown name fails here, before any work
    given = {"sentences": args.sentences, "words": args.words, "ratio": args.ratio}
    given = {k: v for k, v in given.items() if v is not None}
    try:
        return Budget(**(given or getattr(args, "config_budget", None) or {}))
    except ValueError as exc:
        raise BriefingError(str(exc)) from exc


def cmd_build(args: argparse.Namespace) -> int:
    from .ingest import load_articles
    from .memory import FILENAME as MEMORY_FILE
    from .memory import Memory
    from .pipeline import build_briefing, default_name, write_briefing
    from .rendering import check_template_dir
    from .window import make_window, split_by_window

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    unknown = [f for f in formats if f not in OUTPUT_FORMATS]
    if unknown or not formats:
        choices = ", ".join(OUTPUT_FORMATS)
        raise BriefingError(f"unknown format {','.join(unknown)!r}; choose from: {choices}")
    check_template_dir(args.template)
    sections = tuple(x.strip() for x in args.sections.split(",") if x.strip())
    unknown = [x for x in sections if x not in SECTIONS]
    if unknown or "stories" not in sections:
        raise BriefingError(
            f"bad --sections {args.sections!r}: use a comma list of {', '.join(SECTIONS)}"
            " that includes stories"
        )
    settings = Settings(
        budget=_budget(args),
        algorithm=args.algorithm,
        model=args.model,
        title=args.title,
        date=args.date,
        intro=args.intro,
        template_dir=args.template,
        formats=formats,
        explain=args.explain,
        window=make_window(args.date, args.since),
        workers=args.workers,
        fit_page=not args.no_fit,
        sections=sections,
        mail=Mail(
            args.mail_from,
            args.mail_to or args.config_mail_to or args.send_to or [],
            args.subject or "",
        ),
    )
    skipped: list[InputError] = []
    inputs = args.inputs or args.config_sources or []
    articles = load_articles(inputs, max_bytes=args.max_bytes, skipped=skipped)
    for error in skipped:
        print(f"briefing: warning: skipped {error}", file=sys.stderr)
    articles, outside = split_by_window(articles, settings.window)
    if outside:
        print(
            f"briefing: {len(outside)} article(s) published outside the window left out",
            file=sys.stderr,
        )
    if not articles:
        raise InputError("no articles published in the window", ", ".join(inputs))
    memory = None
    if not args.no_memory:
        memory = Memory(args.memory or Path(args.out) / MEMORY_FILE)
    with _progress(len(articles), "parsing") as tick:
        briefing = build_briefing(articles, settings, memory=memory, progress=tick)
    if not briefing.stories:
        print("briefing: nothing new since the last brief", file=sys.stderr)
    paths = write_briefing(briefing, args.out, args.name or default_name(briefing), settings)
    if memory is not None:
        memory.commit()
    for path in paths:
        print(path)
    if args.explain:
        for s in briefing.summary:
            print(f"[{s.source_id}] {s.text}\n    {s.why}")
    recipients = args.send_to or (settings.mail.recipients if args.send else [])
    if recipients:
        from .mailing import compose

        _send(compose(briefing, settings.mail, settings.template_dir), recipients, args)
    return EXIT_PARTIAL if skipped and args.fail_on_skip else 0


def cmd_send(args: argparse.Namespace) -> int:
    from email import policy
    from email.parser import BytesParser

    path = Path(args.file)
    try:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    if not message["Message-ID"] or not message.get_body(("html", "plain")):
        raise InputError("not a briefing email (.eml with a Message-ID and a body)", str(path))
    _send(message, args.to or args.config_mail_to or [], args, log_dir=path.parent)
    return 0


def _send(message, recipients: list[str], args: argparse.Namespace, log_dir=None) -> None:
    import os

    from .sending import PASSWORD_VARIABLE, SENT_LOG, Smtp, send

    smtp = Smtp(
        host=args.smtp_host,
        port=args.smtp_port or (465 if args.ssl else 587 if args.starttls else 25),
        security="ssl" if args.ssl else "starttls" if args.starttls else "none",
        user=args.user,
        password=os.environ.get(PASSWORD_VARIABLE) or args.config_password,
    )
    if args.user and not smtp.password:
        raise BriefingError(
            f"--user needs a password: set {PASSWORD_VARIABLE} or smtp.password in the config"
        )
    if args.dry_run:
        print(
            f"would send {message['Message-ID']} ({message['Subject']}) to "
            f"{', '.join(recipients)} via {smtp.host}:{smtp.port} ({smtp.security})"
        )
        return
    log = Path(log_dir or args.out) / SENT_LOG
    outcome = send(message, recipients, smtp, log=log, resend=args.resend)
    if outcome.sent:
        print(f"sent {outcome.message_id} to {', '.join(recipients)}")
    else:
        print(f"not sent: {outcome.note}", file=sys.stderr)


def cmd_summarize(args: argparse.Namespace) -> int:
    from .batch import summarize_jsonl

    summarize_jsonl(
        _path_or_dash(args.jsonl),
        _path_or_dash(args.output),
        budget=_budget(args),
        algorithm=args.algorithm,
        model=args.model,
        explain=args.explain,
    )
    return 0


def cmd_commitments(args: argparse.Namespace) -> int:
    from .batch import commitments_jsonl

    commitments_jsonl(_path_or_dash(args.jsonl), _path_or_dash(args.output), args.model)
    return 0


def cmd_eval_commitments(args: argparse.Namespace) -> int:
    from .commitment_eval import (
        evaluate_fixture,
        evaluate_pledges,
        format_fixture,
        format_pledges,
    )

    path = Path(args.fixture)
    print(format_fixture(evaluate_fixture(path, Path(args.root), args.model), path.name))
    if args.pledges:
        pledges = Path(args.pledges)
        results = evaluate_pledges(pledges, args.model, args.limit)
        print("\n" + format_pledges(results, pledges.name))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from .evaluate import all_algorithms, evaluate, format_table, load_items

    algorithms = args.algorithms.split(",") if args.algorithms else all_algorithms()
    items, skipped = load_items(Path(args.data), args.include_damaged, args.limit)
    with _progress(len(items), "eval") as advance:
        rows = evaluate(items, algorithms, _budget(args), args.model, advance)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
    else:
        print(format_table(rows, Path(args.data).name, _budget(args), skipped))
    return 0


@contextmanager
def _progress(total: int, label: str):
    """A progress bar on a terminal; silent when stderr is not one."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=label, file=sys.stderr, leave=False) as bar:
        yield bar.update


def _path_or_dash(value: str) -> Path | None:
    return None if value == "-" else Path(value)


if __name__ == "__main__":
    sys.exit(main())
