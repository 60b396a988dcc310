"""How full the printed one-page brief is, measured in Chromium.

    .venv/bin/python bench/page_fill.py [--articles 30] [--seeds 3] [--folder DIR]

Days: the shipped samples, and real dev days of BBC articles (all five categories, shuffled
with a fixed seed) from ../shared/eval. Each brief is rendered to HTML, laid out by Chromium
with print media at the printable width of the paper (12 mm margins), and its height is
divided by the printable height. Also checked: the PDF has one page. ``--folder`` adds a
day read from a folder (the real web pages of ../shared/eval/pages, say).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from pathlib import Path

from briefing import Settings, build_briefing, load_articles
from briefing.models import Article
from briefing.rendering.templating import render

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MM = 96 / 25.4  # CSS pixels per millimetre
PAPERS = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 12.0


def bbc_day(count: int, seed: int) -> list[Article]:
    rows = [json.loads(x) for x in (SHARED / "bbc_news_summary.dev.jsonl").open()]
    random.Random(seed).shuffle(rows)
    return [
        Article(r["id"], r["text"], title=r.get("title", ""), outlet="BBC News")
        for r in rows[:count]
    ]


def measure(html: str, page) -> dict[str, tuple[float, int]]:
    out = {}
    for paper, (width_mm, height_mm) in PAPERS.items():
        width = round((width_mm - 2 * MARGIN_MM) * MM)
        height = (height_mm - 2 * MARGIN_MM) * MM
        page.set_viewport_size({"width": width, "height": 800})
        page.emulate_media(media="print")
        page.set_content(html)
        used = page.evaluate("document.documentElement.scrollHeight")
        pages = len(re.findall(rb"/Type\s*/Page\b", page.pdf(format=paper)))
        out[paper] = (used / height, pages)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--seeds", type=int, default=3, help="how many BBC days (seeds 1..N)")
    parser.add_argument("--folder", action="append", default=[], help="a folder as one day")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    days = {"samples": load_articles([str(ROOT / "samples")])}
    for seed in range(1, args.seeds + 1):
        days[f"bbc-{args.articles}-seed{seed}"] = bbc_day(args.articles, seed)
    for folder in args.folder:
        # a furniture page is skipped with a warning, as the CLI does
        days[Path(folder).name] = load_articles([folder], skipped=[])
    print("| day | articles | stories shown | points | more | A4 fill | Letter fill | pages |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        for name, articles in days.items():
            brief = build_briefing(articles, Settings(date="2026-03-03", memory=False))
            result = measure(render(brief, "html"), page)
            a4, letter = result["A4"], result["Letter"]
            # the stories' points besides the bottom line, which they would only repeat
            points = sum(1 for s in brief.stories for x in s.summary if x not in brief.bottom_line)
            print(
                f"| {name} | {len(articles)} | {len(brief.stories)} | {points} | "
                f"{len(brief.more)} | {a4[0]:.0%} | {letter[0]:.0%} | {a4[1]}, {letter[1]} |",
                flush=True,
            )
        browser.close()


if __name__ == "__main__":
    main()
