"""From text to findings: segments, language, spaCy models, rules as presidio recognizers."""
