"""One module per source; each exposes ``candidates(page) -> list[Candidate]``."""
