"""Word (.docx) drafts: read part by part with caps, redacted where each value lives."""
