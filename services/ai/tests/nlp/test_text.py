from __future__ import annotations

import pickle

import pytest

from app.nlp.stopwords import ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, is_stop_word
from app.nlp.text import analyze, detect_language, named_things, split_sentences, strip_markdown, tokenize
from tests.nlp.corpus import ALL_LESSONS


@pytest.mark.parametrize("lesson", ALL_LESSONS, ids=lambda lesson: lesson.id)
def test_detect_language_on_every_corpus_lesson(lesson) -> None:
    assert detect_language(lesson.text) == lesson.language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comment calculer une moyenne en ignorant les valeurs manquantes en R ?", "fr"),
        ("How do I compute a mean while ignoring missing values?", "en"),
        ("Qu'est-ce qu'une médiane ?", "fr"),
        ("", "en"),
        ("   ", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_tokenize_keeps_identifiers_accents_and_drops_operators() -> None:
    tokens = tokenize("Utilisez mean(x, na.rm = TRUE), df.head() et read_csv : VLOOKUP == 3.5, Médiane.")
    assert tokens == [
        "utilisez", "mean", "x", "na.rm", "true", "df.head", "et", "read_csv", "vlookup", "3.5", "médiane",
    ]


def test_analyze_removes_stop_words_and_stems_in_the_detected_language() -> None:
    terms = analyze("Comment calculer une moyenne en ignorant les valeurs manquantes en R ?")
    assert terms == ["calcul", "moyen", "ignor", "valeur", "manqu", "r"]
    assert analyze("Computing the means of missing values") == ["comput", "mean", "miss", "valu"]


def test_analyze_folds_accents_so_unaccented_typing_matches() -> None:
    assert analyze("données médiane", "fr") == analyze("donnees mediane", "fr")
    assert analyze("déjà à été", "fr") == []


def test_analyze_keeps_code_identifiers_unstemmed() -> None:
    assert analyze("read_csv na.rm is.na x2 columns", "en") == ["read_csv", "na.rm", "is.na", "x2", "column"]


def test_analyze_with_explicit_language_overrides_detection() -> None:
    assert analyze("moyennes", "fr") == ["moyen"]
    assert analyze("moyennes", "en") != ["moyen"]


def test_analyze_is_picklable_for_fitted_vectorizers() -> None:
    assert pickle.loads(pickle.dumps(analyze)) is analyze


def test_stop_word_lists_are_substantial_and_include_accentless_forms() -> None:
    assert len(FRENCH_STOP_WORDS) >= 140 and len(ENGLISH_STOP_WORDS) >= 140
    assert is_stop_word("été") and is_stop_word("ete") and is_stop_word("the")
    assert not is_stop_word("moyenne") and not is_stop_word("join")


def test_split_sentences_handles_abbreviations_decimals_and_calls() -> None:
    text = (
        "La moyenne vaut 3.5 ici, p. ex. pour une série courte. Appelez df.head() pour vérifier. "
        "M. Dupont utilise Excel, e.g. VLOOKUP. Attendez... Voilà ! Est-ce vrai ? Oui."
    )
    assert split_sentences(text) == [
        "La moyenne vaut 3.5 ici, p. ex. pour une série courte.",
        "Appelez df.head() pour vérifier.",
        "M. Dupont utilise Excel, e.g. VLOOKUP.",
        "Attendez...",
        "Voilà !",
        "Est-ce vrai ?",
        "Oui.",
    ]


def test_split_sentences_treats_lines_and_bullets_as_sentences() -> None:
    text = "Les fonctions utiles\n- mean() calcule la moyenne\n* median() la médiane\n1. Ouvrez R. Tapez la commande.\n\n"
    assert split_sentences(text) == [
        "Les fonctions utiles",
        "mean() calcule la moyenne",
        "median() la médiane",
        "Ouvrez R.",
        "Tapez la commande.",
    ]


def test_split_sentences_keeps_closing_quotes_with_their_sentence() -> None:
    assert split_sentences('Il a dit « stop. » Puis il est parti. (Voir plus bas.) Fin.') == [
        "Il a dit « stop. »",
        "Puis il est parti.",
        "(Voir plus bas.)",
        "Fin.",
    ]


def test_strip_markdown_produces_plain_blocks() -> None:
    markdown = """# Titre **gras**

Un paragraphe avec *emphase*, [un lien](https://example.com), ![schéma](a.png) et `read_csv`
qui continue ici avec snake_case et <b>du HTML</b> &amp; une __note__.

- item un
- item _deux_

| Fonction | Rôle |
|---|:---:|
| `mean()` | moyenne |

```r
x <- c(1, NA, 3)

mean(x, na.rm = TRUE)
```
---
> Citation finale.
"""
    assert strip_markdown(markdown) == (
        "Titre gras\n\n"
        "Un paragraphe avec emphase, un lien, et read_csv qui continue ici avec snake_case et du HTML & une note.\n\n"
        "item un\nitem deux\n\n"
        "Fonction | Rôle\nmean() | moyenne\n\n"
        "x <- c(1, NA, 3)\nmean(x, na.rm = TRUE)\n\n"
        "Citation finale."
    )


def test_strip_markdown_keeps_code_verbatim() -> None:
    markdown = "```python\ndf = pd.read_csv('a_b.csv')  # **pas** d'emphase\n```"
    assert strip_markdown(markdown) == "df = pd.read_csv('a_b.csv')  # **pas** d'emphase"


def test_strip_markdown_of_plain_text_is_unchanged_in_substance() -> None:
    assert strip_markdown("Une phrase simple.") == "Une phrase simple."
    assert strip_markdown("") == ""


@pytest.mark.parametrize("question, names", [
    ("Comment écrire une macro VBA ?", {"vba"}),
    ("How do I use ROW_NUMBER() OVER (PARTITION BY customer_id)?", {"row_number", "over", "partition", "by", "customer_id"}),
    ("Que fait summary(lm()) ?", {"summary", "lm"}),
    ("ECARTYPE.STANDARD ou ECARTYPE.PEARSON pour 30 valeurs et 2.5 d'écart ?", {"ecartype.standard", "ecartype.pearson"}),
    ("Is it OK to filter with WHERE?", {"where"}),
    ("POURQUOI MA FORMULE NE MARCHE PAS", set()),
    ("Comment calculer une moyenne en R ?", set()),
    ("Quelle différence (en pratique) entre médiane et moyenne ?", set()),
    ("Comment lire un classeur avec le package readxl ?", {"readxl"}),
    ("Which library should I use, the library « seaborn »?", {"seaborn"}),
    ("Que contient le module suivant ?", set()),
])
def test_named_things_are_identifiers_calls_and_capitals(question: str, names: set[str]) -> None:
    assert named_things(question) == names
