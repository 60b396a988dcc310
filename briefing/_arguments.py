"""The ``briefing`` command line's parser: subcommands and options, no behaviour."""

from __future__ import annotations

import argparse

from briefing._version import __version__
from briefing.settings import (
    DEFAULT_MAX_BYTES,
    MEMORY_FILE,
    OUTPUT_FORMATS,
    SECTIONS,
    Mail,
    Settings,
    Smtp,
)
from briefing.summary.rankers import RANKERS

DESCRIPTION = "The ``briefing`` command: a thin layer over the library."
EXIT_ERROR = 1
EXIT_PARTIAL = 3  # with --fail-on-skip: built, but some inputs were skipped
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    """The ``briefing`` command line: its subcommands and their options."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    common.add_argument("--config", help="settings file (default: ./briefing.toml if present)")
    common.add_argument("--model", help="spaCy model name (default: en_core_web_sm if installed)")

    budget = argparse.ArgumentParser(add_help=False)
    group = budget.add_mutually_exclusive_group()
    group.add_argument("--sentences", type=positive_int, help="sentences per summary (default 3)")
    group.add_argument("--words", type=positive_int, help="at most this many words per summary")
    group.add_argument("--ratio", type=float, help="this share of the sentences, e.g. 0.2")
    budget.add_argument("--algorithm", help=f"sentence ranker: {', '.join(RANKERS)}")

    smtp = argparse.ArgumentParser(add_help=False)
    smtp.add_argument("--smtp-host", help=f"default {Smtp.host}")
    smtp.add_argument(
        "--smtp-port", type=int, help="default 25, 587 with --starttls, 465 with --ssl"
    )
    security = smtp.add_mutually_exclusive_group()
    security.add_argument(
        "--starttls", action="store_true", default=None, help="upgrade with STARTTLS"
    )
    security.add_argument(
        "--ssl", action="store_true", default=None, help="connect over TLS from the start"
    )
    smtp.add_argument("--user", help="SMTP login; the password comes from BRIEFING_SMTP_PASSWORD")
    smtp.add_argument(
        "--dry-run", action="store_true", default=None, help="show what would be sent"
    )
    smtp.add_argument(
        "--resend", action="store_true", default=None, help="send even if the sent log has it"
    )

    parser = argparse.ArgumentParser(prog="briefing", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.set_defaults(debug=False)
    sub = parser.add_subparsers(dest="command")

    build = sub.add_parser(
        "build", parents=[common, budget, smtp], help="build a briefing from articles"
    )
    build.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="file, folder, .jsonl, feed, or - (stdin)"
    )
    build.add_argument(
        "--format", help=f"comma list of: {', '.join(OUTPUT_FORMATS)} (default md,html)"
    )
    build.add_argument("--mail-from", help=f"the email's From (default {Mail.sender})")
    build.add_argument("--mail-to", action="append", help="the email's To (repeatable)")
    build.add_argument("--subject", help="the email's subject (default: title and date)")
    build.add_argument("--send-to", action="append", help="build, then send to this address")
    build.add_argument(
        "--send", action="store_true", default=None, help="build, then send to the email's To"
    )
    build.add_argument("--out", help=f"output folder (default: {Settings.out}/)")
    build.add_argument("--name", help="output file name without extension")
    build.add_argument("--title", help=f"default {Settings.title!r}")
    build.add_argument(
        "--date", help="the brief's day: only articles published that day (default: today, any)"
    )
    build.add_argument(
        "--since", metavar="AGE", help="only articles from the last AGE, e.g. 24h, 90m, 2d"
    )
    build.add_argument("--workers", type=positive_int, help="processes parsing in parallel")
    build.add_argument(
        "--sections",
        help=f"comma list of the sections to show (default: all of {','.join(SECTIONS)})",
    )
    build.add_argument(
        "--no-fit", action="store_true", default=None, help="keep every point past one page"
    )
    build.add_argument(
        "--memory",
        metavar="FILE",
        help=f"what earlier briefs told (default: {MEMORY_FILE} in --out)",
    )
    build.add_argument(
        "--no-memory", action="store_true", default=None, help="neither read nor update it"
    )
    build.add_argument("--intro", help="a short note in Markdown at the top")
    build.add_argument("--template", metavar="DIR", help="folder of templates that override ours")
    build.add_argument(
        "--explain", action="store_true", default=None, help="say why each sentence was chosen"
    )
    build.add_argument(
        "--max-bytes",
        type=positive_int,
        help=f"refuse any input file larger than this (default {DEFAULT_MAX_BYTES:,})",
    )
    build.add_argument(
        "--max-article-chars",
        type=positive_int,
        help="read a longer article only up to this many characters (default 200,000)",
    )
    build.add_argument(
        "--max-articles",
        type=positive_int,
        help="refuse a brief of more articles than this (default 20,000)",
    )
    build.add_argument(
        "--deadline",
        type=positive_int,
        metavar="SECONDS",
        help="give up, writing nothing, when fetching and parsing take longer (default 3600)",
    )
    build.add_argument(
        "--fetch-timeout",
        type=positive_int,
        metavar="SECONDS",
        help="give up on a page or feed that takes longer to fetch (default 20)",
    )
    build.add_argument(
        "--fail-on-skip",
        action="store_true",
        help=f"exit {EXIT_PARTIAL} if a bad or non-English item was skipped (default: exit 0)",
    )

    summarize = sub.add_parser(
        "summarize", parents=[common, budget], help="summarise a JSONL batch"
    )
    summarize.add_argument("--jsonl", required=True, metavar="IN", help="input JSONL, or -")
    summarize.add_argument("--output", required=True, metavar="OUT", help="output JSONL, or -")
    summarize.add_argument(
        "--explain", action="store_true", help='add "explain": score, rank and why, per sentence'
    )
    engine_arguments(summarize)

    send = sub.add_parser("send", parents=[common, smtp], help="send a briefing .eml by SMTP")
    send.add_argument("file", metavar="FILE.eml")
    send.add_argument("--to", action="append", help="recipient (repeatable; default: mail.to)")

    commitments = sub.add_parser(
        "commitments", parents=[common], help="commitments of every article in a JSONL batch"
    )
    commitments.add_argument("--jsonl", required=True, metavar="IN", help="input JSONL, or -")
    commitments.add_argument("--output", required=True, metavar="OUT", help="output JSONL, or -")
    engine_arguments(commitments)

    fixture = sub.add_parser(
        "eval-commitments",
        parents=[common],
        help="precision and recall of commitments against a labelled fixture",
    )
    fixture.add_argument(
        "fixture", nargs="?", help="labelled JSONL (default: the source tree's fixture)"
    )
    fixture.add_argument(
        "--root", help="folder the fixture's paths start from (default: the source tree)"
    )
    fixture.add_argument("--pledges", metavar="JSONL", help="also score manifesto pledges")
    fixture.add_argument("--limit", type=positive_int, help="only the first N pledge rows")

    evaluate = sub.add_parser(
        "eval", parents=[common, budget], help="ROUGE of every ranker on a reference file"
    )
    evaluate.add_argument("data", metavar="DATA.jsonl", help="rows with reference summaries")
    evaluate.add_argument("--algorithms", help="comma list (default: all rankers and the oracle)")
    evaluate.add_argument("--limit", type=positive_int, help="only the first N usable rows")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.add_argument(
        "--include-damaged", action="store_true", help="keep rows flagged lowercased/tokenized"
    )

    train = sub.add_parser(
        "train", parents=[common], help="train the default ranker on reference summaries"
    )
    train.add_argument("--data", nargs="+", required=True, metavar="DATA.jsonl")
    train.add_argument("--out", required=True, metavar="WEIGHTS.json", help="where to write")
    train.add_argument("--limit", type=positive_int, help="only the first N rows of each file")
    train.add_argument("--folds", type=positive_int, help="first report k-fold held-out ROUGE")
    train.add_argument(
        "--replace-shipped", action="store_true", help="allow --out to be the shipped weights"
    )
    return parser


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def engine_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "partitioned input (a folder or glob of .jsonl/.jsonl.gz; OUT is then a folder)"
    )
    group.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="where to run (default local)"
    )
    group.add_argument(
        "--scheduler", metavar="ADDRESS", help="a running dask.distributed scheduler"
    )
    group.add_argument(
        "--dask-workers",
        type=positive_int,
        metavar="N",
        help="workers of the LocalCluster started without --scheduler (default: every core)",
    )
