"""Stage 3, who and what: actors, quotes, commitments and what's next, per article."""
