"""Rule-based quiz drafts built from a lesson's own sentences.

Each question comes from exactly one source sentence and its answer is a span of that
sentence, so it is answerable from the lesson and a teacher can check it at a glance.
Drafts are reviewed before publication, so the generator returns fewer questions
rather than padding with weak ones.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from app.nlp.stopwords import is_stop_word
from app.nlp.text import analyze, fold_accents, is_identifier, lesson_prose, split_sentences, strip_markdown, surface_tokens

MAX_QUESTIONS = 20
MIN_SENTENCE_WORDS = 6  # shorter lines are headings or fragments without a checkable fact
MAX_SENTENCE_WORDS = 45  # longer ones make unreadable prompts
IDENTIFIER_WEIGHT = 2.0  # `read_csv`, VLOOKUP: the terms a course actually teaches
# A plain word must occur at least twice (salience 1 + ln 2) to be blanked or used as a
# distractor: one-off words are mostly verbs and fillers ("permet", "Using").
MIN_WORD_SALIENCE = 1.5
_BLANK = "_____"
_TYPE_ROTATION = ("single_choice", "true_false", "short_answer")

_DEFINITION_RE = {
    "fr": re.compile(
        r"\b(?:est|sont)\s+(?:un|une|le|la|les|des|l['’])|\bpermet(?:tent)?\s+d|\bsert\s+à|\bsignifie|\bcorrespond",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:is|are)\s+(?:a|an|the)\b|\blets?\s+you\b|\ballows?\b|\bis\s+used\s+to\b|\bmeans\b|\breturns?\b",
        re.IGNORECASE,
    ),
}
# "A, B et C" / "A, B and C": items of one to three words; the first and last captures
# may swallow neighbouring words and are trimmed to the width of the middle item.
_ITEM = r"[\w'’.()-]+(?:\s+[\w'’.()-]+){0,2}"
_ENUMERATION_RE = {
    "fr": re.compile(rf"({_ITEM}(?:\s*,\s*{_ITEM})+)\s*,?\s+(?:et|ou)\s+({_ITEM})"),
    "en": re.compile(rf"({_ITEM}(?:\s*,\s*{_ITEM})+)\s*,?\s+(?:and|or)\s+({_ITEM})"),
}
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_CAMEL_CASE_RE = re.compile(r"[a-z][A-Z]")
_COMPLETE_SENTENCE_RE = re.compile(r"[.!…][\"'»”’)\]]*$")  # excludes headings, table rows, code
_PROSE_WORD_RE = re.compile(r"[«\"“(]?[^\W\d_][^\W\d_'’-]*[»\"”),.;:!?]*")
_ELISION_RE = re.compile(r"^(?:[cdjlmnst]|qu)['’]", re.IGNORECASE)

_TEMPLATES = {
    "fr": {
        "short_answer": "Complétez la phrase : « {cloze} »",
        "single_choice": "Quel terme complète la phrase ? « {cloze} »",
        "true_false": "Vrai ou faux ? « {statement} »",
        "multiple_choice": "Quels éléments complètent la phrase ? (plusieurs réponses possibles) « {cloze} »",
        "explanation": "Dans la leçon « {title} » : « {sentence} »",
    },
    "en": {
        "short_answer": 'Fill in the blank: "{cloze}"',
        "single_choice": 'Which term completes the sentence? "{cloze}"',
        "true_false": 'True or false? "{statement}"',
        "multiple_choice": 'Which items complete the sentence? (select all that apply) "{cloze}"',
        "explanation": 'In the lesson "{title}": "{sentence}"',
    },
}


@dataclass(frozen=True)
class DraftQuestion:
    type: str  # "single_choice" | "multiple_choice" | "true_false" | "short_answer"
    prompt: str
    options: list[str]
    correct_options: list[int]
    correct_boolean: bool | None
    accepted_answers: list[str]
    explanation: str
    source_sentence: str


@dataclass(frozen=True)
class _Context:
    """What every question builder needs about the lesson."""

    language: str
    title: str
    salience: dict[str, tuple[str, float]]  # term key -> (surface form, salience)
    pool: list[str]  # distractor candidates, lesson terms first


def extract_key_terms(text: str, language: str, limit: int = 30) -> list[str]:
    """Salient surface forms (identifiers weigh double), most salient first.

    Markdown is stripped first so link targets and markup never become terms.
    """
    ranked = _ranked_terms(_salience(strip_markdown(text), _language(language)))
    return [surface for surface, _ in ranked][: max(limit, 0)]


def generate_questions(
    lesson_title: str,
    text: str,
    lesson_type: str,
    language: str,
    count: int,
    distractor_terms: Sequence[str] = (),
    seed: int = 0,
) -> list[DraftQuestion]:
    """Up to `count` (clamped to 1..20) questions, deterministic for the same inputs."""
    lang = _language(language)
    plain = lesson_prose(lesson_type, text)
    salience = _salience(plain, lang)
    lesson_terms = [surface for surface, score in _ranked_terms(salience) if score >= MIN_WORD_SALIENCE]
    context = _Context(lang, lesson_title, salience, lesson_terms + list(distractor_terms))
    wanted = min(max(count, 1), MAX_QUESTIONS)
    questions: list[DraftQuestion] = []
    for sentence in _ranked_sentences(plain, context):
        if len(questions) == wanted:
            break
        # Seeding with the sentence keeps each question stable when others change.
        rng = random.Random(f"{seed}|{sentence}")
        preferred = _TYPE_ROTATION[(len(questions) + seed) % len(_TYPE_ROTATION)]
        question = _multiple_choice(sentence, context, rng) or _cloze_question(sentence, preferred, context, rng)
        if question is not None:
            questions.append(question)
    return questions


def _language(language: str) -> str:
    return "fr" if language.lower().startswith("fr") else "en"


def _kind(term: str) -> str:
    """Distractors must look like the answer: numbers, code, capitalised names (VLOOKUP, NULL) or words."""
    if _NUMBER_RE.fullmatch(term):
        return "number"
    if is_identifier(term) or "(" in term or _CAMEL_CASE_RE.search(term):  # "(": listed calls, "sum()"
        return "code"
    return "caps" if len(term) > 1 and term.isupper() else "word"


def _term_key(token: str, language: str) -> str:
    """Grouping key so "moyenne"/"moyennes" or "Médiane"/"mediane" count as one term."""
    terms = analyze(token, language)
    return terms[0] if terms else fold_accents(token.lower())


def _salience(text: str, language: str) -> dict[str, tuple[str, float]]:
    """Term key -> (most frequent spelling, sublinear frequency x kind weight)."""
    spellings: dict[str, Counter[str]] = {}
    for token in surface_tokens(text):
        kind = _kind(token)
        too_short = len(token) < (3 if kind == "word" else 2)
        if kind == "number" or too_short or is_stop_word(token.lower()):
            continue
        spellings.setdefault(_term_key(token, language), Counter())[token] += 1
    salience: dict[str, tuple[str, float]] = {}
    for key, counter in spellings.items():
        surface = counter.most_common(1)[0][0]
        weight = 1.0 if _kind(surface) == "word" else IDENTIFIER_WEIGHT
        salience[key] = (surface, (1.0 + math.log(sum(counter.values()))) * weight)
    return salience


def _ranked_terms(salience: dict[str, tuple[str, float]]) -> list[tuple[str, float]]:
    """(surface, salience) most salient first; ties keep first appearance in the lesson."""
    return sorted(salience.values(), key=lambda item: -item[1])


def _ranked_sentences(plain: str, context: _Context) -> list[str]:
    """Prose sentences, most informative first (definitions, identifiers, numbers, key terms)."""
    top = max((score for _, score in context.salience.values()), default=1.0)
    scored: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    for position, raw in enumerate(split_sentences(plain)):
        sentence = " ".join(raw.split())
        words = sentence.split()
        if sentence.lower() in seen or not MIN_SENTENCE_WORDS <= len(words) <= MAX_SENTENCE_WORDS:
            continue
        # Questions, list introductions, headings and code lines state no checkable fact.
        prose_words = sum(bool(_PROSE_WORD_RE.fullmatch(w)) for w in words)
        if not _COMPLETE_SENTENCE_RE.search(sentence) or prose_words < len(words) / 2:
            continue
        seen.add(sentence.lower())
        tokens = surface_tokens(sentence)
        kinds = {_kind(t) for t in tokens}
        keys = {_term_key(t, context.language) for t in tokens}
        best_term = max((context.salience[k][1] for k in keys if k in context.salience), default=0.0) / top
        score = (
            (1.0 if _DEFINITION_RE[context.language].search(sentence) else 0.0)
            + (0.5 if kinds & {"code", "caps"} else 0.0)
            + (0.3 if "number" in kinds else 0.0)
            + best_term
        )
        scored.append((score, position, sentence))
    return [sentence for _, _, sentence in sorted(scored, key=lambda item: (-item[0], item[1]))]


def _choose_blank(sentence: str, context: _Context) -> str | None:
    """The sentence's most salient token: code and names first, then numbers, then repeated words."""
    best: str | None = None
    best_score = 0.0
    for token in surface_tokens(sentence):
        if len(token) < 2 or is_stop_word(token.lower()):
            continue
        kind = _kind(token)
        entry = context.salience.get(_term_key(token, context.language))
        if kind != "number" and (entry is None or entry[1] < MIN_WORD_SALIENCE):
            continue
        bonus = {"code": 2.0, "caps": 2.0, "number": 0.5}.get(kind, 0.0)
        score = (entry[1] if entry else 0.0) + bonus
        if score > best_score:
            best, best_score = token, score
    return best


def _blank_out(sentence: str, term: str, replacement: str = _BLANK) -> str:
    """Replace every whole-token occurrence so the answer is not given away elsewhere."""
    pattern = re.compile(r"(?<![\w.])" + re.escape(term) + r"(?!\w|\.\w)", re.IGNORECASE)
    return pattern.sub(lambda _: replacement, sentence)  # a function: no backslash escapes


def _distractors(answer: str, sentence: str, context: _Context, rng: random.Random, needed: int) -> list[str]:
    """`needed` wrong options of the answer's kind, none already in the sentence; [] if short."""
    kind = _kind(answer)
    candidates = _number_variants(answer) if kind == "number" else [t for t in context.pool if _kind(t) == kind]
    taken = {_term_key(t, context.language) for t in surface_tokens(sentence)} | {_term_key(answer, context.language)}
    unique: list[str] = []
    for candidate in candidates:
        key = _term_key(candidate, context.language)
        if key not in taken and not is_stop_word(candidate.lower()):
            taken.add(key)
            unique.append(candidate)
    if len(unique) < needed:
        return []
    return rng.sample(unique[: needed * 3], needed)  # most salient few, varied by seed


def _number_variants(number: str) -> list[str]:
    """Plausible wrong numbers: scaled for large values (1500 -> 3000, 750), shifted for small ones."""
    decimals = len(number.partition(".")[2])
    value = float(number)
    variants = [value * 2, value / 2, value * 1.5, value * 10] + ([value + 1, value + 2] if value < 10 else [])
    return [f"{v:.{decimals}f}" for v in variants]


def _answer_variants(answer: str) -> list[str]:
    variants = [answer, answer.lower(), fold_accents(answer), fold_accents(answer).lower()]
    return list(dict.fromkeys(variants))


def _cloze_question(sentence: str, preferred: str, context: _Context, rng: random.Random) -> DraftQuestion | None:
    answer = _choose_blank(sentence, context)
    if answer is None:
        return None
    templates = _TEMPLATES[context.language]
    cloze = _blank_out(sentence, answer)
    explanation = templates["explanation"].format(title=context.title, sentence=sentence)
    if preferred == "single_choice":
        distractors = _distractors(answer, sentence, context, rng, 3)
        if distractors:
            options = [answer, *distractors]
            rng.shuffle(options)
            prompt = templates["single_choice"].format(cloze=cloze)
            return DraftQuestion(
                "single_choice", prompt, options, [options.index(answer)], None, [], explanation, sentence
            )
    if preferred == "true_false":
        swap = _distractors(answer, sentence, context, rng, 1) if rng.random() < 0.5 else []
        statement = _blank_out(sentence, answer, swap[0]) if swap else sentence
        prompt = templates["true_false"].format(statement=statement)
        return DraftQuestion("true_false", prompt, [], [], not swap, [], explanation, sentence)
    prompt = templates["short_answer"].format(cloze=cloze)
    return DraftQuestion("short_answer", prompt, [], [], None, _answer_variants(answer), explanation, sentence)


def _multiple_choice(sentence: str, context: _Context, rng: random.Random) -> DraftQuestion | None:
    enumeration = _enumeration(sentence, context.language)
    if enumeration is None:
        return None
    items, start, end = enumeration
    distractors = _distractors(items[0], sentence, context, rng, 2)
    if not distractors:
        return None
    options = [*items, *distractors]
    rng.shuffle(options)
    templates = _TEMPLATES[context.language]
    prompt = templates["multiple_choice"].format(cloze=sentence[:start] + _BLANK + sentence[end:])
    explanation = templates["explanation"].format(title=context.title, sentence=sentence)
    correct = [i for i, option in enumerate(options) if option in items]
    return DraftQuestion("multiple_choice", prompt, options, correct, None, [], explanation, sentence)


def _enumeration(sentence: str, language: str) -> tuple[list[str], int, int] | None:
    """Listed items and the character span they cover, when the sentence enumerates."""
    match = _ENUMERATION_RE[language].search(sentence)
    if match is None:
        return None
    raw = [part.strip() for part in re.split(r"\s*,\s*", match.group(1))] + [match.group(2).strip()]
    width = len(raw[1].split())
    raw[0] = " ".join(raw[0].split()[-width:])
    raw[-1] = " ".join(raw[-1].split()[:width])
    items = [_strip_leading_articles(item) for item in raw]
    if len(items) > 5 or any(not item or any(is_stop_word(w.lower()) for w in item.split()) for item in items):
        return None  # "ouvrez le fichier, cliquez sur Trier et ..." lists steps, not items
    if len({fold_accents(item.lower()) for item in items}) != len(items):
        return None
    start = sentence.find(items[0], match.start())
    end = sentence.rfind(items[-1], 0, match.end()) + len(items[-1])
    return items, start, end


def _strip_leading_articles(item: str) -> str:
    words = item.rstrip(".").split()
    while words and is_stop_word(words[0].lower()):
        words.pop(0)
    if words:
        words[0] = _ELISION_RE.sub("", words[0])
    return " ".join(words)
