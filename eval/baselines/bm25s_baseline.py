#!/usr/bin/env python3
"""BM25 baseline of shared/BASELINES.md, run on exactly the passages and queries the TS eval wrote.

bm25s 0.3.x, Lucene BM25 (k1=1.5, b=0.75), PyStemmer's German Snowball stemmer and bm25s's German
stop words (the NLTK list), default token pattern (?u)\\b\\w\\w+\\b, lowercased.

Usage: bm25s_baseline.py <input.jsonl>

Input lines (written by server/src/eval/bm25s-baseline.ts):
  {"type": "config", "dataset": str, "hit": "passage" | "answer" | "label", "k": 10}
  {"type": "passage", "id": str, "text": str, "label"?: str}
  {"type": "query", "id": str, "question": str, "gold": str | [str]}
      hit == "passage": gold is the id of the gold passage
      hit == "answer":  gold is the answer text; a passage is a hit when it contains it
                        (both sides NFC-normalised with whitespace runs collapsed)
      hit == "label":   gold is a list of accepted labels; a passage is a hit when its label is one
                        of them (laws: "<document>|<norm>", so any chunk of an accepted norm counts)

Prints one JSON object on stdout: versions, settings, metrics (recall@1/5/10, MRR@10), timings and,
per query, the ranked passage ids (only results with a score > 0) and the rank of the first hit.
Exit code 2 when bm25s / PyStemmer are missing (message on stderr).
"""
import json
import re
import sys
import time
import unicodedata


def package_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:  # noqa: BLE001 - informational only
        return "unknown"


def normalise(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def main(argv):
    if len(argv) != 2:
        print("usage: bm25s_baseline.py <input.jsonl>", file=sys.stderr)
        return 64
    try:
        import bm25s
        import numpy as np
        import Stemmer
    except ImportError as error:  # reported by the TS runner as "baseline unavailable"
        print(f"missing Python package: {error.name} (pip install -r eval/baselines/requirements.txt)", file=sys.stderr)
        return 2

    config, passages, queries = None, [], []
    with open(argv[1], encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            kind = record.get("type")
            if kind == "config":
                config = record
            elif kind == "passage":
                passages.append(record)
            elif kind == "query":
                queries.append(record)
    if config is None:
        print("input has no config line", file=sys.stderr)
        return 65
    k = int(config.get("k", 10))
    hit_kind = config["hit"]

    stemmer = Stemmer.Stemmer("german")
    started = time.perf_counter()
    corpus_tokens = bm25s.tokenize([p["text"] for p in passages], stopwords="de", stemmer=stemmer, show_progress=False)
    retriever = bm25s.BM25(k1=1.5, b=0.75, method="lucene")
    retriever.index(corpus_tokens, show_progress=False)
    index_seconds = time.perf_counter() - started

    normalised = [normalise(p["text"]) for p in passages] if hit_kind == "answer" else None
    depth = min(k, len(passages))
    results, total_query_seconds = [], 0.0
    for query in queries:
        # Timed per query, tokenisation included, the way the service handles one request.
        t0 = time.perf_counter()
        tokens = bm25s.tokenize([query["question"]], stopwords="de", stemmer=stemmer, show_progress=False, return_ids=False)
        if tokens[0]:
            docs, scores = retriever.retrieve(tokens, k=depth, show_progress=False, n_threads=1)
            ranked = [(int(d), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
        else:
            ranked = []
        total_query_seconds += time.perf_counter() - t0

        if hit_kind == "passage":
            hits = [passages[d]["id"] == query["gold"] for d, _ in ranked]
        elif hit_kind == "label":
            accepted = set(query["gold"])
            hits = [passages[d].get("label") in accepted for d, _ in ranked]
        else:
            answer = normalise(query["gold"])
            hits = [answer in normalised[d] for d, _ in ranked]
        rank = next((i + 1 for i, hit in enumerate(hits) if hit), None)
        results.append({"id": query["id"], "rank": rank, "top": [passages[d]["id"] for d, _ in ranked],
                        "scores": [round(s, 4) for _, s in ranked]})

    ranks = [r["rank"] for r in results]
    n = len(ranks) or 1
    metrics = {
        "queries": len(ranks),
        "recallAt1": sum(1 for r in ranks if r is not None and r <= 1) / n,
        "recallAt5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "recallAt10": sum(1 for r in ranks if r is not None and r <= 10) / n,
        "mrrAt10": sum(1.0 / r for r in ranks if r is not None and r <= 10) / n,
    }
    output = {
        "system": "bm25s",
        "versions": {"bm25s": package_version("bm25s"), "PyStemmer": package_version("PyStemmer"),
                     "numpy": np.__version__, "python": sys.version.split()[0]},
        "settings": {"k1": 1.5, "b": 0.75, "method": "lucene", "stemmer": "german (Snowball, PyStemmer)",
                     "stopwords": "bm25s 'de' (NLTK German list)", "token_pattern": r"(?u)\b\w\w+\b", "k": k},
        "passages": len(passages),
        "metrics": metrics,
        "indexSeconds": index_seconds,
        "msPerQuery": 1000 * total_query_seconds / max(1, len(queries)),
        "queries": results,
    }
    json.dump(output, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
