"""List what a report missed and what it flagged wrongly, against a corpus's gold spans.

    python scripts/corpus_errors.py GOLD.jsonl REPORT.json [ENTITY ...]

score.py gives the numbers; this shows the spans behind them, for rule work.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path


def main(gold_path: str, report_path: str, entities: list[str]) -> None:
    docs = {d["id"]: d for d in map(json.loads, Path(gold_path).read_text("utf-8").splitlines())}
    predicted = defaultdict(list)
    for finding in json.loads(Path(report_path).read_text("utf-8"))["findings"]:
        doc_id = Path(finding["path"]).name.removesuffix(".txt")
        predicted[doc_id].append((finding["start"], finding["end"], finding["entity"]))
    for doc_id, doc in docs.items():
        text, gold = doc["text"], doc["spans"]
        for span in gold:
            if span["type"] == "IGNORE" or (entities and span["type"] not in entities):
                continue
            hit = any(s < span["end"] and e > span["start"] for s, e, _ in predicted[doc_id])
            if not hit:
                print(f"MISS  {doc_id} {span['type']:<16} {text[span['start'] : span['end']]!r}")
        for start, end, entity in predicted[doc_id]:
            if entities and entity not in entities:
                continue
            if not any(g["start"] < end and g["end"] > start for g in gold):
                context = text[max(0, start - 30) : start].replace("\n", " ")
                print(f"FALSE {doc_id} {entity:<16} {text[start:end]!r}  after {context!r}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
