"""Findings to reports: text, JSON, SARIF, GitHub annotations, diffs."""
