"""Text primitives shared by retrieval, answering and quiz generation.

Everything here is pure and deterministic: the same text always gives the same
tokens, terms and sentences, which keeps chunk ids and fitted models reproducible.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from app.nlp.stopwords import ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, is_stop_word

# Runs of letters/digits/underscores, optionally joined by dots, so identifiers such as
# `na.rm`, `df.head` or `read_csv` and decimals such as `3.5` stay whole. A sentence's
# final period is not followed by a word character, so it is never absorbed.
_TOKEN_RE = re.compile(r"\w+(?:\.\w+)*")
_FRENCH_ONLY = FRENCH_STOP_WORDS - ENGLISH_STOP_WORDS
_ENGLISH_ONLY = ENGLISH_STOP_WORDS - FRENCH_STOP_WORDS
_ACCENTED = frozenset("àâäçéèêëîïôöùûüÿœæ")
_STEMMER_NAMES = {"fr": "french", "en": "english"}

# A boundary is terminal punctuation, optional closing quotes/brackets (French puts a
# space before "»"), then whitespace.
_BOUNDARY_RE = re.compile(r"([.!?…]+)((?:\s?[\"'»”’)\]])*)\s+")
_BULLET_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
# Lowercased words that end with a period without ending the sentence ("e.g.", "p. ex.", "M.").
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "p", "ex", "m", "mr", "mrs", "ms", "dr", "mme", "mlle", "vs", "cf", "fig", "no", "env", "approx"}
)

_FENCE_RE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_RULE_RE = re.compile(r"^\s*(?:([-*_=])\s*)\1(?:\s*\1)+\s*$")  # "---", "***", setext "==="
_LINK_DEFINITION_RE = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")
_TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_QUOTE_RE = re.compile(r"^\s*>+\s?")
_INLINE_CODE_RE = re.compile(r"(`+)(.+?)\1")
_IMAGE_RE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK_RE = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_HTML_TAG_RE = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>")
_STAR_EMPHASIS_RE = re.compile(r"(\*{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")
# Underscore emphasis only at word edges, so `read_csv` keeps its underscore.
_UNDERSCORE_EMPHASIS_RE = re.compile(r"(?<!\w)(_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")


def surface_tokens(text: str) -> list[str]:
    """Word tokens as written (case kept); quiz generation needs the original spelling."""
    return [t for t in _TOKEN_RE.findall(text) if t.strip("_")]


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens, accents and identifiers (`read_csv`, `na.rm`) kept."""
    return [t.lower() for t in surface_tokens(text)]


def fold_accents(text: str) -> str:
    """Remove diacritics ("médiane" -> "mediane") so accent-less typing still matches."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_identifier(token: str) -> bool:
    """Code-like tokens (`read_csv`, `na.rm`, `x2`) must not be stemmed or folded."""
    return "_" in token or "." in token or any(c.isdigit() for c in token)


_CALL_RE = re.compile(r"(\w+(?:\.\w+)*)\(")  # `ggplot(`, not "la différence (en pratique)"
_PLAIN_CAPITALS = frozenset({"OK", "TV", "PC", "FAQ", "USA", "UK", "EU", "UE"})
# "le package readxl", "the library seaborn": a package is named in lowercase. ("module" is left out: a course's own.)
_PACKAGE_RE = re.compile(r"\b(?:packages?|paquets?|library|libraries|librairies?|biblioth[eè]ques?)\s+[«\"'`“]?\s*([A-Za-z][\w.]*)", re.IGNORECASE)


def named_things(text: str) -> set[str]:
    """What a question names precisely, lowercased: identifiers (`read_csv`, `na.rm`, `ECARTYPE.STANDARD`), functions
    written as calls (`ggplot()`), acronyms or keywords in capitals (`VBA`, `ANOVA`, `HAVING`), and packages (`le
    package readxl`). Plain numbers are not names. A course that never mentions one of them does not teach what the question is about."""
    tokens = surface_tokens(text)
    words = [token for token in tokens if len(token) >= 2 and token.isalpha()]
    # A question typed in capitals names nothing by its capitals.
    shouted = sum(word.isupper() for word in words) > len(words) / 2
    names: set[str] = set()
    for token in tokens:
        if token.replace(".", "").isdigit():
            continue
        capitals = not shouted and len(token) >= 2 and token.isupper() and token not in _PLAIN_CAPITALS
        if is_identifier(token) or capitals:
            names.add(token.lower())
    names.update(match.lower() for match in _CALL_RE.findall(text))
    names.update(match.lower() for match in _PACKAGE_RE.findall(text) if not is_stop_word(match.lower()))
    return names


def guess_language(text: str) -> str | None:
    """"fr" or "en" from language-specific stop words and accents; None without evidence.

    Short queries ("moyenne na.rm") often carry no evidence; callers matching them
    against documents then use the documents' language instead of a blind default.
    """
    tokens = tokenize(text)
    french = sum(t in _FRENCH_ONLY for t in tokens) + 0.5 * sum(any(c in _ACCENTED for c in t) for t in tokens)
    english = sum(t in _ENGLISH_ONLY for t in tokens)
    if french == english:
        return None
    return "fr" if french > english else "en"


def detect_language(text: str) -> str:
    """Guess "fr" or "en" ("en" when the text gives no evidence, e.g. empty)."""
    return guess_language(text) or "en"


@lru_cache(maxsize=65536)
def _stem(word: str, language: str) -> str:
    # Snowball stemmer objects keep state while stemming, so one is built per cache miss
    # instead of sharing one across the threads FastAPI runs sync code in.
    return snowballstemmer.stemmer(_STEMMER_NAMES[language]).stemWord(word)


def analyze(text: str, language: str | None = None) -> list[str]:
    """Index terms: stop words removed, accents folded, stemmed; identifiers kept verbatim.

    Folding happens before stemming so "données" and "donnees" give the same term.
    This is a module-level function because fitted vectorizers pickle a reference to it.
    """
    lang = language if language in _STEMMER_NAMES else detect_language(text)
    terms: list[str] = []
    for token in tokenize(text):
        if is_stop_word(token):
            continue
        terms.append(token if is_identifier(token) else _stem(fold_accents(token), lang))
    return terms


def split_sentences(text: str) -> list[str]:
    """Split FR/EN prose into sentences; every line (bullet, heading, code) ends a sentence."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = _BULLET_RE.sub("", line).strip()
        if line:
            sentences.extend(_split_line(line))
    return sentences


def _split_line(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(line):
        following = line[match.end() : match.end() + 1]
        # A lowercase continuation means the period belonged to an abbreviation or a name.
        if following.islower() or _ends_with_abbreviation(line[start : match.start()], match.group(1)):
            continue
        parts.append(line[start : match.end(2)].strip())
        start = match.end()
    parts.append(line[start:].strip())
    return [part for part in parts if part]


def _ends_with_abbreviation(before: str, terminator: str) -> bool:
    words = before.split()
    return terminator == "." and bool(words) and words[-1].lstrip("([«\"'“").lower() in _ABBREVIATIONS


def lesson_prose(lesson_type: str, text: str) -> str:
    """A lesson's text as prose: a text lesson's Markdown stripped (transcripts and instructions are prose already)."""
    return strip_markdown(text) if lesson_type == "text" else text


def strip_markdown(markdown: str) -> str:
    """Plain text from Markdown, one block per paragraph separated by blank lines.

    Paragraph lines are unwrapped (Markdown soft breaks are spaces); list items, table
    rows and code lines stay one per line so sentence splitting treats them separately.
    """
    blocks: list[list[str]] = [[]]
    previous_kind: str | None = None
    fence: str | None = None
    for raw in markdown.splitlines():
        fence_match = _FENCE_RE.match(raw)
        if fence is not None:
            if fence_match and fence_match.group(1)[0] == fence:
                fence = None
            elif raw.strip():
                previous_kind = _add_line(blocks, previous_kind, "code", raw.rstrip())
            continue
        if fence_match:
            fence = fence_match.group(1)[0]
            continue
        kind, text = _classify(raw)
        if kind == "blank" or text:  # lines that are pure markup (an HTML tag) vanish
            previous_kind = _add_line(blocks, previous_kind, kind, text)
    return "\n\n".join("\n".join(block) for block in blocks if block)


def _add_line(blocks: list[list[str]], previous_kind: str | None, kind: str, text: str) -> str | None:
    """Append a classified line; a change of kind, a heading or a blank starts a new block."""
    if blocks[-1] and (kind in ("blank", "heading") or kind != previous_kind):
        blocks.append([])
    if kind == "blank":
        return None
    if kind == "text" and previous_kind == "text":
        blocks[-1][-1] += " " + text
    else:
        blocks[-1].append(text)
    return kind


def _classify(line: str) -> tuple[str, str]:
    line = _QUOTE_RE.sub("", line)
    if not line.strip() or _RULE_RE.match(line):
        return "blank", ""
    if _LINK_DEFINITION_RE.match(line) or (_TABLE_SEPARATOR_RE.match(line) and "-" in line):
        return "skip", ""
    heading = _HEADING_RE.match(line)
    if heading:
        return "heading", _inline(heading.group(1))
    stripped = line.strip()
    if stripped.startswith("|") or stripped.count("|") >= 2:
        cells = [_inline(cell) for cell in stripped.strip("|").split("|")]
        return "row", " | ".join(cell for cell in cells if cell)
    if _BULLET_RE.match(line):
        return "item", _inline(_BULLET_RE.sub("", line))
    return "text", _inline(stripped)


def _inline(text: str) -> str:
    """Inline Markdown to text; code spans are copied verbatim, never re-formatted."""
    pieces: list[str] = []
    position = 0
    for match in _INLINE_CODE_RE.finditer(text):
        pieces.append(_format_prose(text[position : match.start()]))
        pieces.append(match.group(2).strip())
        position = match.end()
    pieces.append(_format_prose(text[position:]))
    return " ".join("".join(pieces).split())


def _format_prose(text: str) -> str:
    text = _IMAGE_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _HTML_TAG_RE.sub("", text)
    text = _STAR_EMPHASIS_RE.sub(r"\2", text)
    text = _UNDERSCORE_EMPHASIS_RE.sub(r"\2", text)
    return html.unescape(_ESCAPE_RE.sub(r"\1", text))
