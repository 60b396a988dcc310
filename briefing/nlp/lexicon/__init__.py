"""Every word list the stages use, in one place: this package, one module per theme, each
name importable from ``briefing.nlp.lexicon``. Extend them there.

Lists marked *lemmas* are compared with spaCy's ``token.lemma_`` and hold lemmas only
("sanction", not "sanctions"); ``tests/test_lexicon.py`` checks that each entry is its own
lemma under the shipped model. Lists marked *as written* are compared with the text itself:
names, demonyms, function words and contractions, whose lemmas would lose what they mark.
"""

from briefing.nlp.lexicon.commitment_words import *  # noqa: F403
from briefing.nlp.lexicon.editorial import *  # noqa: F403
from briefing.nlp.lexicon.non_commitments import *  # noqa: F403
from briefing.nlp.lexicon.people import *  # noqa: F403
from briefing.nlp.lexicon.places import *  # noqa: F403
from briefing.nlp.lexicon.sources import *  # noqa: F403
