"""Stage 4, stories: articles grouped by event, summarised together, ranked, and
checked against the memory of earlier briefs."""
