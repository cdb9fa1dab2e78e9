"""What draftlint leaves unloaded to start fast: nothing a scan needs, all there on demand."""

import json
import subprocess
import sys
from pathlib import Path

import srsly

from lint.detection.spacy_models import (
    DEFAULT_MODELS,
    TOKENIZER_PARTS_LEFT_OUT,
    load_pipeline,
    model_data_dir,
    ner_components,
)

DRAFT = "Please contact my colleague Jane Doe on +33 6 12 34 56 78 or jane@acme.fr."
UNUSED_AFTER_A_SCAN = (
    "presidio_analyzer.predefined_recognizers.generic.url_recognizer",
    "presidio_analyzer.predefined_recognizers.country_specific.india.in_pan_recognizer",
    "spacy.cli._util",
    "requests",
    "tldextract",
)


def _run(code: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_scan_loads_neither_presidios_predefined_recognizers_nor_spacys_cli() -> None:
    result = _run(
        "import json, sys\n"
        "from lint import check\n"
        f"found = check({DRAFT!r})\n"
        f"print(json.dumps({{'found': len(found), 'loaded': [m for m in {UNUSED_AFTER_A_SCAN!r}"
        " if m in sys.modules]}))"
    )
    assert result == {"found": 3, "loaded": []}


def test_the_deferred_modules_load_in_full_when_something_uses_them() -> None:
    result = _run(
        "import inspect, json\n"
        "from lint.detection.deferred_imports import deferring\n"
        "with deferring():\n"
        "    import spacy\n"
        "    from presidio_analyzer import RecognizerRegistry\n"
        "from presidio_analyzer.predefined_recognizers import UrlRecognizer\n"
        "registry = RecognizerRegistry()\n"
        "registry.load_predefined_recognizers()\n"
        "found = UrlRecognizer().analyze('see https://example.com', ['URL'])\n"
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "names = [r.name for r in registry.recognizers]\n"
        "print(json.dumps({'recognizers': names, 'urls': len(found),\n"
        "    'spacy': spacy.info()['spacy_version'] == spacy.__version__,\n"
        "    'info': 'markdown' in str(inspect.signature(info)),\n"
        "    'cli': sorted(c for c in ('info', 'download', 'train') if hasattr(spacy.cli, c))}))"
    )
    assert {"UrlRecognizer", "EmailRecognizer", "CreditCardRecognizer"} <= set(
        result["recognizers"]
    )
    assert result["urls"] == 1
    assert result["spacy"] is True
    # Imported after draftlint's imports, a deferred function is spaCy's own.
    assert result["info"] is True
    assert result["cli"] == ["download", "info", "train"]


def test_importing_lint_defers_nothing() -> None:
    result = _run(
        "import json, sys\n"
        "import lint\n"
        "from lint import check\n"
        "finders = [type(f).__module__ for f in sys.meta_path]\n"
        "import presidio_analyzer\n"
        "print(json.dumps({'finders': finders, 'predefined_loaded': \n"
        f"    {UNUSED_AFTER_A_SCAN[0]!r} in sys.modules}}))"
    )
    assert "lint.detection.deferred_imports" not in result["finders"]
    assert result["predefined_loaded"] is True


def test_a_scan_leaves_no_finder_behind() -> None:
    result = _run(
        "import json, sys\n"
        "from lint import check\n"
        f"found = check({DRAFT!r})\n"
        "print(json.dumps([type(f).__module__ for f in sys.meta_path]))"
    )
    assert "lint.detection.deferred_imports" not in result


def test_star_import_from_a_deferred_module_gets_the_real_names() -> None:
    result = _run(
        "import json\n"
        "from lint.detection.deferred_imports import deferring\n"
        "with deferring():\n"
        "    import presidio_analyzer\n"
        "    import spacy\n"
        "import presidio_analyzer.predefined_recognizers as predefined\n"
        "listed = 'UrlRecognizer' in dir(predefined)\n"
        "from presidio_analyzer.predefined_recognizers import *\n"
        "import spacy.cli\n"
        "names = dir(spacy.cli)\n"
        "print(json.dumps({'url': UrlRecognizer.__name__, 'iban': IbanRecognizer.__name__,\n"
        "    'listed': listed, 'cli': 'download' in names and 'app' in names}))"
    )
    assert result == {"url": "UrlRecognizer", "iban": "IbanRecognizer", "listed": True, "cli": True}


def test_each_pipeline_has_its_models_own_tokenizer_settings() -> None:
    # English skips reading a tokenizer identical to its defaults; French (whose exceptions
    # differ from the stand-in's) reads it: either way the result is the model's own.
    for language, model in DEFAULT_MODELS.items():
        left_out = TOKENIZER_PARTS_LEFT_OUT.get(language, ())
        stored = srsly.msgpack_loads((model_data_dir(model) / "tokenizer").read_bytes())
        loaded = load_pipeline(language, model, True).tokenizer.to_bytes(
            exclude=["vocab", *left_out]
        )
        expected = {key: value for key, value in stored.items() if key not in left_out}
        assert srsly.msgpack_loads(loaded) == expected, language


def test_ner_runs_alone_unless_it_listens_to_a_shared_embedding() -> None:
    own = {"components": {"ner": {"model": {"tok2vec": {"@architectures": "spacy.Tok2Vec.v2"}}}}}
    listener = {
        "components": {
            "ner": {"model": {"tok2vec": {"@architectures": "spacy.Tok2VecListener.v1"}}}
        }
    }
    named = {
        "components": {
            "ner": {
                "model": {
                    "tok2vec": {
                        "@architectures": "spacy.Tok2VecListener.v1",
                        "upstream": "shared_embed",
                    }
                }
            }
        }
    }
    assert ner_components(own) == ("ner",)
    assert ner_components(listener) == ("ner", "tok2vec")
    assert ner_components(named) == ("ner", "shared_embed")
    for language, model in DEFAULT_MODELS.items():
        assert load_pipeline(language, model, True).pipe_names == ["ner"]


def test_a_deferred_module_runs_only_when_an_unserved_name_is_read(tmp_path: Path) -> None:
    package = tmp_path / "heavypkg"
    (package / "light").mkdir(parents=True)
    (package / "__init__.py").write_text("from heavypkg.parts import Cheap\n")
    (package / "parts").mkdir()
    (package / "parts" / "__init__.py").write_text(
        "import pathlib\n"
        "pathlib.Path(__file__).with_name('ran').write_text('yes')\n"
        "from heavypkg.light.cheap import Cheap\n"
        "Costly = 'costly'\n"
        "Moved = 'in the package itself'\n"
    )
    (package / "light" / "__init__.py").write_text("")
    (package / "light" / "cheap.py").write_text("Cheap = 'cheap'\n")
    result = _run(
        "import json, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from lint.detection import deferred_imports as d\n"
        "d.DEFERRALS['heavypkg.parts'] = d.Deferral(served_by={\n"
        "    'Cheap': 'heavypkg.light.cheap', 'Moved': 'heavypkg.light.gone'})\n"
        "with d.deferring():\n"
        "    import heavypkg\n"
        "import pathlib\n"
        "ran = pathlib.Path(heavypkg.__file__).parent / 'parts' / 'ran'\n"
        "before = ran.exists()\n"
        "from heavypkg.parts import Moved\n"
        "after_moved = ran.exists()\n"
        "from heavypkg.parts import Costly\n"
        "print(json.dumps([heavypkg.Cheap, before, Moved, after_moved, Costly]))"
    )
    # Cheap came from the light module; Moved, whose light module is gone, and Costly
    # made the package's own code run.
    assert result == ["cheap", False, "in the package itself", True, "costly"]


def test_star_import_runs_a_deferred_module_and_follows_its_all(tmp_path: Path) -> None:
    package = tmp_path / "starpkg"
    for name, body in (
        ("listed", "__all__ = ['Costly']\nCostly = 1\nHidden = 2\n"),
        ("unlisted", "Public = 1\n_private = 2\n"),
    ):
        (package / name).mkdir(parents=True)
        (package / name / "__init__.py").write_text(
            f"import pathlib\npathlib.Path(__file__).with_name('ran').write_text('yes')\n{body}"
        )
    (package / "__init__.py").write_text("")
    result = _run(
        "import json, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from lint.detection import deferred_imports as d\n"
        "d.DEFERRALS['starpkg.listed'] = d.DEFERRALS['starpkg.unlisted'] = d.Deferral()\n"
        "with d.deferring():\n"
        "    import starpkg.listed, starpkg.unlisted\n"
        "import pathlib\n"
        "ran = [(pathlib.Path(starpkg.__file__).parent / n / 'ran').exists()\n"
        "       for n in ('listed', 'unlisted')]\n"
        "from starpkg.listed import *\n"
        "from starpkg.unlisted import *\n"
        "names = sorted(n for n in ('Costly', 'Hidden', 'Public', '_private') if n in globals())\n"
        "print(json.dumps({'ran_before': ran, 'names': names}))"
    )
    assert result == {"ran_before": [False, False], "names": ["Costly", "Public"]}
