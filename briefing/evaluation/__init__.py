"""Beside the pipeline: batch commands, ROUGE and commitment evaluation, and training
the default ranker."""
