"""Rule regexes, compiled once per process with the regex module.

The regex module, not re: it stops a match that backtracks for too long, and it knows
\\p{Lu} and variable-length lookbehind. Its compiler is slow, so each
pattern is compiled once, when its rule is loaded, and shared by every recognizer.
"""

from functools import cache

import regex

# Rules write (?i) where they mean it; MULTILINE lets ^ and $ see the lines of a draft.
FLAGS = regex.MULTILINE


@cache
def compile_pattern(pattern: str) -> "regex.Pattern[str]":
    return regex.compile(pattern, FLAGS)
