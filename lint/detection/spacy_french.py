"""spaCy's French without compiling its 1.4 MB tokenizer `token_match` regex.

Importing spacy.lang.fr compiles TOKEN_MATCH, and loading a French model compiles it again
from the model's tokenizer file: seconds of `re.compile` on every start, for a regex that
only keeps rare hyphenated compounds ("saut-de-ski") in one token. Without it NER finds the
same names (7 entity boundaries of 141 differ on the dev corpus), so draftlint skips it.

What stays as spaCy made it, for the rest of the process:
- sys.modules["spacy.lang.fr"] is the real package, deferred: its submodules (stop words)
  import without running its __init__, and the first name read from it runs it in full,
  real tokenizer exceptions included (lint/detection/deferred_imports.py);
- draftlint's own French class is built from that __init__ in a module object of its own,
  with a stand-in for spacy.lang.fr.tokenizer_exceptions in sys.modules only while it runs;
  it is never registered with spaCy. So `spacy.blank("fr")` or `import
  spacy.lang.fr.tokenizer_exceptions` elsewhere gets spaCy's French, as in a fresh process.
The model's tokenizer is read without its token_match (lint/detection/spacy_models.py).
"""

import importlib.util
import sys
import types
from functools import cache

from spacy.language import Language

from lint.detection.deferred_imports import import_deferred

_PACKAGE = "spacy.lang.fr"
_EXCEPTIONS = "spacy.lang.fr.tokenizer_exceptions"


def skip_french_token_match() -> None:
    """Call before importing a submodule of spacy.lang.fr (its stop words): the package's
    __init__, which compiles TOKEN_MATCH, then runs only when a name is read from it."""
    import_deferred(_PACKAGE)


@cache
def french_class() -> type[Language]:
    """spaCy's French Language class, with the base tokenizer exceptions and no token_match."""
    package = import_deferred(_PACKAGE)
    if _EXCEPTIONS in sys.modules:  # spaCy's French was imported in full: nothing to save
        french: type[Language] = package.French
        return french
    own = importlib.util.spec_from_file_location(
        _PACKAGE, package.__file__, submodule_search_locations=list(package.__path__)
    )
    if own is None or own.loader is None:
        raise ImportError(f"cannot find {_PACKAGE}")
    module = importlib.util.module_from_spec(own)
    sys.modules[_EXCEPTIONS] = _stand_in()
    try:
        # Its relative imports find the submodules through the deferred package's __path__.
        own.loader.exec_module(module)
    finally:
        del sys.modules[_EXCEPTIONS]
    french = module.French
    return french


def _stand_in() -> types.ModuleType:
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS

    stand_in = types.ModuleType(_EXCEPTIONS)
    # The French exceptions proper come from the model's own tokenizer file.
    vars(stand_in).update(TOKENIZER_EXCEPTIONS=BASE_EXCEPTIONS, TOKEN_MATCH=None)
    return stand_in
