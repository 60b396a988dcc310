"""Stage 6, delivery: the briefing as an email message, and sending it by SMTP."""
