"""Stage 5, the page: fitting to one printed page, rendering templates, writing files
atomically."""
