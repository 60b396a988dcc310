"""How well articles are grouped into stories, at several similarity thresholds.

    .venv/bin/python bench/cluster_eval.py [../shared/eval/multinews_longbench.dev.jsonl]

Every document of every row is pooled and shuffled into one day; the documents of one row
report one event, so they should form one story. Prints pairwise precision, recall and F1
(over pairs of documents put in the same story), B-cubed F1 (per document: the share of its
story that is its event, and of its event that is in its story), how many rows came out
whole, the B-cubed F1 of the brief's own reading (pages of nothing but furniture skipped:
scored as stories of their own, and left out), and the ceiling an oracle reaches on the same
vectors.

    .venv/bin/python bench/cluster_eval.py --one-outlet 60

pools that many BBC dev articles (shuffled, seed 11) as one outlet's day, where nearly
every article is its own event, and prints how many end up in multi-article stories, with
their titles, with the outlet named ("BBC News") and without.
"""

from __future__ import annotations

import argparse
import json
import random
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "multinews_longbench.dev.jsonl"
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
CEILING_FLOORS = (0.05, 0.1, 0.15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT))
    parser.add_argument("--one-outlet", type=int, metavar="N")
    args = parser.parse_args()
    if args.one_outlet:
        one_outlet(args.one_outlet)
        return

    from briefing.nlp import model as nlp_module
    from briefing.nlp.vocabulary import tfidf
    from briefing.stories.grouping import cluster, similarities, topic_terms

    docs, truth = [], []
    for row_number, line in enumerate(Path(args.data).read_text().splitlines()):
        row = json.loads(line)
        for document in row.get("documents", []):
            if document.get("text", "").strip():
                docs.append(document["text"][:20_000])
                truth.append(row_number)
    order = list(range(len(docs)))
    random.Random(0).shuffle(order)
    nlp = nlp_module.load_model(None, "full")
    terms = [topic_terms(nlp_module.parse(nlp, docs[i])) for i in order]
    vectors = tfidf(terms)
    labels = [truth[i] for i in order]
    same = {(a, b) for a, b in combinations(range(len(labels)), 2) if labels[a] == labels[b]}
    rows = len(set(labels))
    print(f"{len(docs)} documents from {rows} rows of {Path(args.data).name}")
    print("threshold  precision  recall     F1  B-cubed F1  rows whole and alone")
    for threshold in THRESHOLDS:
        groups = cluster(vectors, threshold)
        together = {(a, b) for g in groups for a, b in combinations(sorted(g), 2)}
        hits = len(same & together)
        precision = hits / len(together) if together else 1.0
        recall = hits / len(same) if same else 1.0
        f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
        whole = sum(
            1
            for g in groups
            if len({labels[i] for i in g}) == 1 and len(g) == labels.count(labels[g[0]])
        )
        bcubed = b_cubed(groups, labels)
        print(
            f"{threshold:9.2f}  {precision:9.3f}  {recall:6.3f}  {f1:5.3f}  {bcubed:10.3f}"
            f"  {whole}/{rows}"
        )
    as_the_brief_reads(terms, [docs[i] for i in order], labels)
    print("ceiling: an oracle that joins only documents of one row, linked by a chain of")
    print("pairs at least this similar (the best a threshold that low could do on these vectors)")
    sims = similarities(vectors)
    for floor in CEILING_FLOORS:
        print(f"{floor:9.2f}  B-cubed F1 {b_cubed(oracle(sims, labels, floor), labels):.3f}")


def as_the_brief_reads(terms, docs: list[str], labels: list[int]) -> None:
    """The brief skips a page of nothing but furniture (Twitter's location notice, a
    reprints notice): grouped without them, scored with them alone and without them; the
    outlets are those the texts credit ("WASHINGTON (Reuters) -")."""
    from briefing.ingest.credit import credited_outlet
    from briefing.ingest.furniture import is_furniture_page
    from briefing.nlp.vocabulary import tfidf
    from briefing.stories.grouping import SAME_STORY, cluster

    skipped = {i for i, text in enumerate(docs) if is_furniture_page(text)}
    keep = [i for i in range(len(docs)) if i not in skipped]
    outlets = [credited_outlet(docs[i]) for i in keep]  # "(AP) —", as the brief reads them
    vectors = tfidf([terms[i] for i in keep])
    grouped = [[keep[k] for k in g] for g in cluster(vectors, outlets=outlets)]
    alone = grouped + [[i] for i in sorted(skipped)]
    rest = b_cubed([[keep.index(i) for i in g] for g in grouped], [labels[i] for i in keep])
    with_them = b_cubed(alone, labels)
    print(f"as the brief reads them ({len(skipped)} furniture pages skipped), at {SAME_STORY}: "
          f"B-cubed F1 {with_them:.3f} with them alone, {rest:.3f} without them")  # fmt: skip


def one_outlet(count: int) -> None:
    from briefing.nlp import model as nlp_module
    from briefing.nlp.vocabulary import tfidf
    from briefing.stories.grouping import cluster, topic_terms

    rows = [json.loads(x) for x in (DEFAULT.parent / "bbc_news_summary.dev.jsonl").open()]
    random.Random(11).shuffle(rows)
    rows = rows[:count]
    nlp = nlp_module.load_model(None, "full")
    vectors = tfidf([topic_terms(nlp_module.parse(nlp, r["text"])) for r in rows])
    for outlet in ("BBC News", ""):
        groups = [g for g in cluster(vectors, outlets=[outlet] * count) if len(g) > 1]
        print(f"outlet {outlet or '(none)'!r}: {sum(map(len, groups))} of {count} articles in "
              f"{len(groups)} multi-article stories")  # fmt: skip
        for g in groups:
            print("   ", " | ".join(rows[i]["title"] for i in g))


def oracle(sims, labels: list[int], floor: float) -> list[list[int]]:
    """The true rows, split where no chain of pairs at ``floor`` or above links them."""
    import numpy as np
    from scipy.sparse.csgraph import connected_components

    truth = np.array(labels)
    linked = (sims >= floor) & (truth[:, None] == truth[None, :])
    count, component = connected_components(linked, directed=False)
    return [np.flatnonzero(component == k).tolist() for k in range(count)]


def b_cubed(groups: list[list[int]], labels: list[int]) -> float:
    """B-cubed F1 of a grouping against the true labels, averaged over documents."""
    group_of = {i: g for g in groups for i in g}
    size = {label: labels.count(label) for label in set(labels)}
    precision = recall = 0.0
    for i, label in enumerate(labels):
        same = sum(1 for j in group_of[i] if labels[j] == label)
        precision += same / len(group_of[i])
        recall += same / size[label]
    precision, recall = precision / len(labels), recall / len(labels)
    return 2 * precision * recall / (precision + recall)


if __name__ == "__main__":
    main()
