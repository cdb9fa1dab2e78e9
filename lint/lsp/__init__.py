"""draftlint as a language server: diagnostics, fixes and explanations in the editor."""
