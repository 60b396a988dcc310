"""Stage 1, ingest: files, folders, feeds, OPML and URLs become ``Article`` records."""
