"""Language tools every stage shares: the spaCy model, sentence spans, the tokenizer sumy
uses, and the lexicon of word lists."""
