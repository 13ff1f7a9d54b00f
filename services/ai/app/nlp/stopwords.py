"""Hand-written French and English stop-word lists.

Both lists are removed from every text (course material mixes languages: French prose
around English function names), so a word only needs to be in one of them. Elided
forms (l', d', qu') appear as the bare letters the tokenizer leaves behind, and a few
greetings are included because they carry no course content: "Bonjour !" must not
match a video transcript that happens to start with "Bonjour à tous".
"""

from __future__ import annotations

import unicodedata

FRENCH_STOP_WORDS: frozenset[str] = frozenset("""
au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les
leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu
que qui quoi sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m
n s t y été étant suis es est sommes êtes sont sera seront serait seraient était
étaient fut ai as avons avez ont aura auront aurait avait avaient eu ceci cela ça ci
comme comment quand alors aussi autre autres avant après bien car chaque ici donc dont
encore entre fait faire faut peu peut peuvent plus pendant pourquoi quel quelle quelles
quels sans selon si sous tout tous toute toutes très trop vers voici voilà va vais vont
celui celle ceux celles lequel laquelle lesquels lesquelles chez non oui ainsi puis
déjà tant tel telle soit là etc jusqu lorsqu puisqu quelqu cf p ex afin lors dès
parce depuis tandis moins beaucoup souvent toujours jamais rien chose peut-être
bonjour bonsoir salut merci coucou
""".split())

ENGLISH_STOP_WORDS: frozenset[str] = frozenset("""
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only
or other our ours out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your
yours yourself yourselves also may might must shall get gets got let us e.g i.e etc
don doesn didn isn aren wasn weren won can't cannot ll ve re d s t m
hello hi hey thanks thank please
""".split())

STOP_WORDS: frozenset[str] = FRENCH_STOP_WORDS | ENGLISH_STOP_WORDS

# Students often type without accents ("deja", "a"), so the accent-less spellings
# count as stop words too. Folding is inlined here (not imported from text.py)
# to keep this module a dependency-free leaf.
_FOLDED_STOP_WORDS: frozenset[str] = frozenset(
    "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    for word in STOP_WORDS
)


def is_stop_word(token: str) -> bool:
    """True when a lowercase token (accented or not) is a French or English stop word."""
    return token in STOP_WORDS or token in _FOLDED_STOP_WORDS
