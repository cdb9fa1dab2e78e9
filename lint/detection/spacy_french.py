"""Load spaCy's French without compiling its 1.4 MB tokenizer `token_match` regex.

Importing spacy.lang.fr compiles TOKEN_MATCH, and loading a French model compiles it again
from the model's tokenizer file: about 4 s of `re.compile` on every start, for a regex that
only keeps rare hyphenated compounds ("saut-de-ski") in one token. Without it NER finds the
same names (7 entity boundaries of 141 differ on the dev corpus), so draftlint skips it: a
stand-in module takes the place of spacy.lang.fr.tokenizer_exceptions before spaCy imports
it, and the model's tokenizer is read without its token_match (lint/spacy_models.py).
"""

import sys
import types

_MODULE = "spacy.lang.fr.tokenizer_exceptions"


def skip_french_token_match() -> None:
    """Install the stand-in; call before anything imports spacy.lang.fr."""
    if _MODULE in sys.modules:
        return
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS

    stand_in = types.ModuleType(_MODULE)
    # The French exceptions proper come from the model's own tokenizer file.
    stand_in.TOKENIZER_EXCEPTIONS = BASE_EXCEPTIONS  # type: ignore[attr-defined]
    stand_in.TOKEN_MATCH = None  # type: ignore[attr-defined]
    sys.modules[_MODULE] = stand_in
