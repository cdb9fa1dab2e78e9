"""draftlint web: a page on 127.0.0.1 for people who do not use a terminal, and its JSON API."""
