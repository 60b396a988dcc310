"""Stage 2, key sentences: features, rankers (default and sumy's) and selection under
a budget."""
