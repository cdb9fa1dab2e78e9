"""The detection engine: taxonomy entities only, offsets into the whole document, French NER."""

import json
import subprocess
import sys

from lint.detection.rules import Rule
from lint.pipeline import check
from lint.vocabulary import ENTITIES

NOISY = (
    "On 3 June 2024 I met the Acme Corporation team in Paris, France; the French "
    "delegation visited https://www.acme.com and Google. Version 2.4 shipped in Q3.\n"
)


def test_presidio_noisy_entities_never_reach_the_user(rules: tuple[Rule, ...]) -> None:
    findings = check(NOISY, rules=rules)
    assert all(f.entity in ENTITIES for f in findings)
    assert [NOISY[f.start : f.end] for f in findings] == []


def test_offsets_are_into_the_whole_document_across_paragraphs(rules: tuple[Rule, ...]) -> None:
    text = (
        "First paragraph in English, nothing to see here.\n\n"
        "Deuxième paragraphe en français : appelez le 06 12 34 56 78 ce soir.\n"
    )
    (finding,) = check(text, rules=rules)
    assert text[finding.start : finding.end] == "06 12 34 56 78"
    assert finding.language == "fr"


def test_french_loads_without_compiling_the_token_match_regex(rules: tuple[Rule, ...]) -> None:
    from lint.detection.spacy_models import load_pipeline

    nlp = load_pipeline("fr", "fr_core_news_sm", True)
    assert nlp.tokenizer.token_match is None
    # Neither spaCy's French tokenizer exceptions nor a stand-in for them stay imported.
    assert "spacy.lang.fr.tokenizer_exceptions" not in sys.modules
    # The model's own exceptions and punctuation rules are still there.
    assert [t.text for t in nlp("Aujourd'hui, l'équipe est-elle prête ?")][:4] == [
        "Aujourd'hui",
        ",",
        "l'",
        "équipe",
    ]
    names = [e.text for e in nlp("Merci à Jean-Baptiste Moreau pour son aide.").ents]
    assert "Jean-Baptiste Moreau" in names


def test_a_bad_checksum_next_to_its_label_is_still_reported_one_severity_lower(
    rules: tuple[Rule, ...],
) -> None:
    typo = "FR76 3000 3018 4700 0517 3826 436"  # the last digit is off: the checksum fails
    (labelled,) = check(f"My IBAN: {typo}", rules=rules)
    assert (labelled.entity, labelled.severity) == ("FINANCIAL_ACCOUNT", "warning")
    assert check(f"Order {typo} shipped.", rules=rules) == []
    (valid,) = check("My IBAN: FR76 3000 3018 4700 0517 3826 435", rules=rules)
    assert valid.severity == "error"


FRENCH_AFTER = (
    "import hashlib, json, sys\n"
    "import spacy\n"
    "nlp = spacy.blank('fr')\n"
    "import spacy.lang.fr.tokenizer_exceptions as exceptions\n"
    "import spacy.lang.fr\n"
    "print(json.dumps({\n"
    "    'tokens': [t.text for t in nlp(\"Aujourd'hui, c'est-à-dire le saut-de-ski.\")],\n"
    "    'tokenizer': hashlib.sha256(nlp.tokenizer.to_bytes(exclude=['vocab'])).hexdigest(),\n"
    "    'token_match': nlp.tokenizer.token_match == exceptions.TOKEN_MATCH is not None,\n"
    "    'exceptions': len(exceptions.TOKENIZER_EXCEPTIONS),\n"
    "    'submodules': [hasattr(spacy.lang.fr, m) for m in ('stop_words', 'punctuation')],\n"
    "    'scan': scan}))"
)


def test_spacys_french_after_a_french_scan_is_the_one_a_fresh_process_gets() -> None:
    scan = (
        "from lint import check\n"
        "text = 'Merci à Jean-Baptiste Moreau pour son aide, elle est prête.'\n"
        "scan = [text[f.start:f.end] for f in check(text, language='fr')]\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for code in (scan + FRENCH_AFTER, "scan = None\n" + FRENCH_AFTER)
    ]
    (after_scan, fresh) = [json.loads(run.communicate(timeout=240)[0]) for run in runs]
    assert after_scan.pop("scan") == ["Jean-Baptiste Moreau"]
    assert fresh.pop("scan") is None
    assert after_scan == fresh
    assert fresh["tokens"][:2] == ["Aujourd'hui", ","]
    assert "saut-de-ski" in fresh["tokens"]  # spaCy's token_match, which draftlint skips
    assert fresh["token_match"] is True
    assert fresh["submodules"] == [True, True]
