"""Benchmark of recognising a typed State (prompts/countries.match) and of sorting by ICU.

    python -m bench.countries

Prints, in milliseconds: the one-off cost of building the index (first call after start-up),
then per call (the matcher's cache of recent answers cleared) the median and the worst of exact
names (resolved by one dictionary look-up),
ambiguous names, near misses (scored word by word against every known name) and nonsense;
and the time to sort the 198 names in each language with ICU collation. No targets: a person
types a name every few seconds; the figures show what a near miss costs a running bot.
"""

from __future__ import annotations

import statistics
import time

from prompts import LANGUAGES, collation, countries

EXACT = ["Kenya", "Republic of Korea", "Federación de Rusia", "中国", "الاتحاد الروسي", "Côte d'Ivoire", "UK"]
AMBIGUOUS = ["Congo", "Guinea", "Korea", "Конго"]
NEAR = ["Republic of Corea", "Keny", "Germny", "Untied Kingdom", "Russian Federaton", "Saint Kits and Nevis"]
NONSENSE = ["zzzz", "Atlantis", "qwerty uiop"]


def timed(texts: list[str], rounds: int = 20) -> tuple[float, float]:
    figures = []
    for _ in range(rounds):
        for text in texts:
            countries._match.cache_clear()  # each call scored afresh, not answered from the cache
            start = time.perf_counter()
            countries.match(text)
            figures.append((time.perf_counter() - start) * 1000)
    return statistics.median(figures), max(figures)


def main() -> None:
    start = time.perf_counter()
    countries.match("Kenya")
    countries.match("Keny")
    print(f"index built on first use: {(time.perf_counter() - start) * 1000:.0f} ms")
    for label, texts in (("exact", EXACT), ("ambiguous", AMBIGUOUS), ("near miss", NEAR), ("nonsense", NONSENSE)):
        median, worst = timed(texts)
        print(f"{label:>10}: median {median:.2f} ms, worst {worst:.2f} ms")
    codes = [c.code for c in countries.all_countries()]
    for language in LANGUAGES:
        names = [countries.name(code, language) for code in codes]
        start = time.perf_counter()
        for _ in range(20):
            collation.sorted_for(language, names)
        print(f"sort {len(names)} names ({language}): {(time.perf_counter() - start) * 1000 / 20:.2f} ms")


if __name__ == "__main__":
    main()
