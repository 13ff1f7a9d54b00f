"""A small bilingual course corpus (Excel, R, pandas, SQL, statistics, Python) for NLP tests."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.nlp.chunking import Chunk, chunk_lesson


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    type: str  # "text" (Markdown), "video" (transcript) or "exercise"
    language: str
    text: str


FRENCH_LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "fr-excel-recherchev",
        "La fonction RECHERCHEV",
        "text",
        "fr",
        """# La fonction RECHERCHEV

La fonction **RECHERCHEV** permet de chercher une valeur dans la première colonne d'un tableau
et de renvoyer la valeur d'une autre colonne sur la même ligne. Elle prend quatre arguments :
la valeur cherchée, la plage, le numéro de colonne et le type de correspondance.

## Syntaxe

`=RECHERCHEV(A2;Produits!A:C;3;FAUX)`

Le dernier argument FAUX impose une correspondance exacte. Avec VRAI, Excel accepte une correspondance
approximative et la première colonne doit être triée par ordre croissant.

## Erreurs fréquentes

Si la valeur cherchée est absente, Excel renvoie l'erreur #N/A. On peut l'intercepter avec la fonction
SIERREUR. Les fonctions de recherche d'Excel sont RECHERCHEV, RECHERCHEH, INDEX et EQUIV.
""",
    ),
    Lesson(
        "fr-r-moyenne",
        "Moyenne et valeurs manquantes en R",
        "text",
        "fr",
        """# Moyenne et valeurs manquantes en R

En R, la fonction `mean()` calcule la moyenne arithmétique d'un vecteur numérique. Lorsque le vecteur
contient des valeurs manquantes, codées `NA`, le résultat de `mean(x)` est lui aussi `NA`.

Pour ignorer les valeurs manquantes, ajoutez l'argument `na.rm = TRUE` : `mean(x, na.rm = TRUE)` calcule
la moyenne des seules valeurs présentes. Le même argument existe pour `sum()`, `median()`, `min()` et `max()`.

La fonction `is.na()` renvoie un vecteur logique qui indique quelles valeurs sont manquantes.
Ainsi, `sum(is.na(x))` compte le nombre de valeurs manquantes.
""",
    ),
    Lesson(
        "fr-pandas-read-csv",
        "Importer un fichier CSV avec pandas",
        "text",
        "fr",
        """# Importer un fichier CSV avec pandas

La bibliothèque pandas lit un fichier CSV avec la fonction `pd.read_csv()`, qui renvoie un DataFrame.
Par défaut, le séparateur est la virgule ; pour un fichier séparé par des points-virgules, passez `sep=";"`.

```python
import pandas as pd
ventes = pd.read_csv("ventes.csv", sep=";", decimal=",")
ventes.head()
```

L'argument `decimal=","` indique que la virgule sert de séparateur décimal.
La méthode `head()` affiche les 5 premières lignes du DataFrame, ce qui permet de vérifier l'import.
""",
    ),
    Lesson(
        "fr-sql-jointures",
        "Les jointures en SQL",
        "text",
        "fr",
        """# Les jointures en SQL

Une jointure combine les lignes de deux tables à partir d'une colonne commune. La clause INNER JOIN
ne conserve que les lignes qui ont une correspondance dans les deux tables.

La clause LEFT JOIN conserve toutes les lignes de la table de gauche, même sans correspondance ;
les colonnes de la table de droite valent alors NULL.

| Jointure | Lignes conservées |
|---|---|
| INNER JOIN | correspondances uniquement |
| LEFT JOIN | toute la table de gauche |

Exemple : `SELECT c.nom, f.montant FROM clients c LEFT JOIN factures f ON f.client_id = c.id;`
""",
    ),
    Lesson(
        "fr-stats-mediane",
        "Moyenne ou médiane ?",
        "video",
        "fr",
        """Bonjour à tous, dans cette vidéo nous comparons la moyenne et la médiane.
La moyenne est la somme des valeurs divisée par le nombre de valeurs.
La médiane est la valeur qui partage la série ordonnée en deux moitiés de même effectif.
La médiane est moins sensible aux valeurs extrêmes que la moyenne.
Par exemple, pour des salaires de 1500, 1600, 1700 et 12000 euros, la moyenne vaut 4200 euros alors que la médiane vaut 1650 euros.
Quand la distribution est asymétrique, préférez donc la médiane pour décrire une valeur typique.
""",
    ),
    Lesson(
        "fr-python-listes",
        "Les listes en Python",
        "video",
        "fr",
        """Dans cette vidéo, nous découvrons les listes en Python.
Une liste est une séquence modifiable d'éléments, écrite entre crochets.
La méthode append() ajoute un élément à la fin de la liste.
La fonction len() renvoie le nombre d'éléments d'une liste.
Les indices commencent à 0 : ma_liste[0] désigne le premier élément.
Une compréhension de liste comme [x * 2 for x in valeurs] crée une nouvelle liste en une seule ligne.
""",
    ),
    Lesson(
        "fr-excel-tcd",
        "Exercice : tableau croisé dynamique",
        "exercise",
        "fr",
        """À partir du fichier ventes.xlsx, créez un tableau croisé dynamique qui affiche le chiffre d'affaires par région et par mois. Placez la région en lignes, le mois en colonnes et la somme du montant en valeurs.
Un tableau croisé dynamique résume une grande table sans écrire de formule.
""",
    ),
)

ENGLISH_LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "en-excel-vlookup",
        "The VLOOKUP function",
        "text",
        "en",
        """# The VLOOKUP function

**VLOOKUP** lets you search for a value in the first column of a table and return the value from another
column in the same row. It takes four arguments: the lookup value, the table range, the column index
and the match type.

`=VLOOKUP(A2, Products!A:C, 3, FALSE)`

The last argument FALSE forces an exact match. With TRUE, Excel accepts an approximate match and the
first column must be sorted in ascending order. When the value is missing, Excel returns the #N/A error,
which you can catch with IFERROR. The main lookup functions are VLOOKUP, HLOOKUP, INDEX and MATCH.
""",
    ),
    Lesson(
        "en-r-mean",
        "Mean and missing values in R",
        "text",
        "en",
        """# Mean and missing values in R

In R, the `mean()` function computes the arithmetic mean of a numeric vector. When the vector contains
missing values, coded as `NA`, the result of `mean(x)` is `NA` as well.

To ignore missing values, add the argument `na.rm = TRUE`: `mean(x, na.rm = TRUE)` averages only the
values that are present. The same argument exists for `sum()`, `median()`, `min()` and `max()`.

The `is.na()` function returns a logical vector telling which values are missing, so `sum(is.na(x))`
counts them.
""",
    ),
    Lesson(
        "en-pandas-read-csv",
        "Reading CSV files with pandas",
        "text",
        "en",
        """# Reading CSV files with pandas

The pandas library reads a CSV file with `pd.read_csv()`, which returns a DataFrame. The default
separator is the comma; for a semicolon-separated file, pass `sep=";"`.

```python
import pandas as pd
sales = pd.read_csv("sales.csv", sep=";")
sales.head()
```

The `head()` method shows the first 5 rows of the DataFrame, which is a quick way to check the import.
""",
    ),
    Lesson(
        "en-sql-joins",
        "SQL joins",
        "text",
        "en",
        """# SQL joins

A join combines rows from two tables using a shared column. An INNER JOIN keeps only the rows that have a
match in both tables.

A LEFT JOIN keeps every row of the left table, even without a match; the columns of the right table are
then NULL.

Example: `SELECT c.name, i.amount FROM customers c LEFT JOIN invoices i ON i.customer_id = c.id;`
""",
    ),
    Lesson(
        "en-stats-median",
        "Mean or median?",
        "video",
        "en",
        """Hello everyone, in this video we compare the mean and the median.
The mean is the sum of the values divided by the number of values.
The median is the value that splits the ordered data into two halves of equal size.
The median is less sensitive to extreme values than the mean.
For salaries of 1500, 1600, 1700 and 12000 dollars, the mean is 4200 dollars while the median is 1650 dollars.
When the distribution is skewed, prefer the median to describe a typical value.
""",
    ),
    Lesson(
        "en-python-lists",
        "Python lists",
        "video",
        "en",
        """In this video we discover Python lists.
A list is a mutable sequence of items, written between square brackets.
The append() method adds an item to the end of the list.
The len() function returns the number of items in a list.
Indexes start at 0, so my_list[0] is the first item.
A list comprehension such as [x * 2 for x in values] builds a new list in a single line.
""",
    ),
    Lesson(
        "en-excel-pivot",
        "Exercise: pivot tables",
        "exercise",
        "en",
        """Using the file sales.xlsx, create a pivot table that shows revenue by region and by month.
Put the region in rows, the month in columns and the sum of the amount in values.
A pivot table summarises a large table without writing a single formula.
""",
    ),
)

ALL_LESSONS: tuple[Lesson, ...] = FRENCH_LESSONS + ENGLISH_LESSONS


def lesson(lesson_id: str) -> Lesson:
    return next(item for item in ALL_LESSONS if item.id == lesson_id)


@lru_cache(maxsize=None)
def corpus_chunks(max_words: int = 60) -> tuple[Chunk, ...]:
    """Every lesson chunked as the indexer would; small chunks give several per lesson."""
    return tuple(c for item in ALL_LESSONS for c in chunk_lesson(item.id, item.title, item.text, item.type, max_words))
