"""Whether PyStemmer (C) and snowballstemmer's pure-Python English stemmer agree on every
word of ../shared/eval: the ranker was trained on the pure-Python stems.

    .venv/bin/python bench/stems_check.py
"""

from __future__ import annotations

import re
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def main() -> int:
    import Stemmer
    from snowballstemmer import EnglishStemmer

    words: set[str] = set()
    for path in sorted(SHARED.glob("*.dev.jsonl")):
        words.update(re.findall(r"[a-z0-9']+", path.read_text(encoding="utf-8").lower()))
    fast, pure = Stemmer.Stemmer("english"), EnglishStemmer()
    differ = sorted(w for w in words if fast.stemWord(w) != pure.stemWord(w))
    print(f"{len(words)} words, {len(differ)} stemmed differently: {differ[:10]}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
