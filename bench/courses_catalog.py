"""See courses-catalog.sh."""
import csv
import io
import json
import os
import random
import re
import statistics
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import uuid

from graph import running_graph

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
COURSES = int(os.environ.get("BENCH_COURSES", "10000"))
# Which parts to run: catalog (search pages), progress (updates), plans (EXPLAIN of the catalog's statements).
PARTS = os.environ.get("BENCH_PARTS", "catalog,progress,plans").split(",")
PASSWORD = "Correct-Horse-Battery-9"
CACHED_QUERY = "/api/v1/courses?q=analyse+donn%C3%A9es&domain=Python&price=paid"

# Realistic catalog text: topics per domain, in both languages, combined into titles, descriptions and keywords.
TOPICS = {
    "Excel": {
        "fr": ["tableaux croisés dynamiques", "formules RECHERCHEX", "Power Query", "mise en forme conditionnelle", "macros VBA",
               "graphiques dynamiques", "tableaux de bord", "consolidation de données", "fonctions financières", "Power Pivot"],
        "en": ["pivot tables", "XLOOKUP formulas", "Power Query", "conditional formatting", "VBA macros", "dynamic charts",
               "dashboards", "data consolidation", "financial functions", "Power Pivot"],
    },
    "R": {
        "fr": ["statistiques descriptives", "régression linéaire", "visualisation avec ggplot2", "manipulation avec dplyr",
               "tests d'hypothèses", "séries temporelles", "applications Shiny", "analyse factorielle", "modèles mixtes", "R Markdown"],
        "en": ["descriptive statistics", "linear regression", "ggplot2 visualization", "dplyr data wrangling", "hypothesis testing",
               "time series", "Shiny apps", "factor analysis", "mixed models", "R Markdown reports"],
    },
    "Python": {
        "fr": ["analyse de données avec pandas", "calcul avec NumPy", "visualisation avec Matplotlib", "apprentissage automatique",
               "automatisation de fichiers Excel", "nettoyage de données", "web scraping", "API REST", "notebooks Jupyter", "statistiques avec SciPy"],
        "en": ["data analysis with pandas", "NumPy computing", "Matplotlib visualization", "machine learning with scikit-learn",
               "Excel automation", "data cleaning", "web scraping", "REST APIs", "Jupyter notebooks", "statistics with SciPy"],
    },
    "Other": {
        "fr": ["requêtes SQL", "modélisation de bases de données", "tableaux de bord Power BI", "statistiques pour managers",
               "visualisation de données", "gestion de projet data", "Tableau Software", "bases de l'algorithmique", "Git pour analystes", "Google Sheets"],
        "en": ["SQL queries", "database modeling", "Power BI dashboards", "statistics for managers", "data visualization",
               "data project management", "Tableau Software", "algorithm basics", "Git for analysts", "Google Sheets"],
    },
}
STACKS = {"Excel": ["excel", "power-query", "vba", "power-pivot", "dax"], "R": ["r", "ggplot2", "dplyr", "tidyr", "shiny"],
          "Python": ["python", "pandas", "numpy", "matplotlib", "scikit-learn", "jupyter"], "Other": ["sql", "power-bi", "tableau", "git"]}
CATEGORIES = ["data-analysis", "data-visualization", "statistics", "machine-learning", "automation", "programming-basics", "finance", "databases"]
TITLES = {"fr": ["Maîtriser les {t}", "Les {t} de A à Z", "Introduction aux {t}", "{T} pour les débutants", "{T} : niveau avancé",
                 "Analyse de données : {t}", "{T} en pratique"],
          "en": ["Mastering {t}", "{T} from A to Z", "Introduction to {t}", "{T} for beginners", "Advanced {t}",
                 "Data analysis: {t}", "{T} in practice"]}
SENTENCES = {"fr": ["Ce cours vous apprend les {t} pas à pas, avec des exemples tirés de vrais projets.",
                    "Vous travaillerez sur des données de ventes, de ressources humaines ou de finances.",
                    "Chaque module se termine par un quiz et un exercice corrigé.",
                    "À la fin, vous saurez automatiser vos rapports et présenter vos résultats clairement.",
                    "Les fichiers d'exemple et les corrigés sont fournis.",
                    "Idéal pour les contrôleurs de gestion, les chargés d'études et les analystes.",
                    "Un projet final réunit tout ce que vous aurez appris.",
                    "Les vidéos sont courtes et chaque notion est illustrée par un cas concret.",
                    "Vous gagnerez des heures chaque semaine sur vos tâches répétitives.",
                    "Aucune connaissance préalable n'est nécessaire pour commencer."],
             "en": ["This course teaches {t} step by step, with examples from real projects.",
                    "You will work on sales, human resources or finance data.",
                    "Every module ends with a quiz and a graded exercise.",
                    "By the end you will automate your reports and present your results clearly.",
                    "Sample files and solutions are included.",
                    "Built for business analysts, controllers and researchers.",
                    "A final project brings together everything you learned.",
                    "Videos are short and every idea comes with a concrete case.",
                    "You will save hours every week on repetitive tasks.",
                    "No prior knowledge is needed to start."]}
# Words of the generated text, for distinct (uncached) queries.
QUERY_WORDS = ["analyse", "données", "tableaux", "regression", "visualisation", "statistiques", "pandas", "dashboards", "formules",
               "automatisation", "python", "sql", "machine", "learning", "pivot", "graphiques", "rapports", "cleaning", "series", "finance",
               "ventes", "modeling", "power", "query", "apprentissage", "projets", "exercise", "débutants", "advanced", "practice"]


def post(url: str, body: dict, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def psql_environment(connection_string: str) -> dict[str, str]:
    parts = dict(part.split("=", 1) for part in connection_string.split(";") if "=" in part)
    lower = {key.lower(): value for key, value in parts.items()}
    return {**os.environ, "PGHOST": lower.get("host", "localhost"), "PGPORT": lower.get("port", "5432"),
            "PGUSER": lower.get("username", lower.get("user id", "")), "PGPASSWORD": lower.get("password", ""),
            "PGDATABASE": lower.get("database", "har_courses")}


def psql(environment: dict[str, str], sql: str, stdin: str | None = None) -> str:
    result = subprocess.run(["psql", "-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t", "-c", sql], input=stdin, env=environment,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"psql failed: {result.stderr.strip()}")
    return result.stdout


def array(values: list[str]) -> str:
    return "{" + ",".join('"' + value.replace('"', '') + '"' for value in values) + "}"


def generate_catalog(environment: dict[str, str]) -> None:
    rng = random.Random(42)
    rows = io.StringIO()
    writer = csv.writer(rows)
    now = time.time()
    for _ in range(COURSES):
        domain = rng.choice(list(TOPICS))
        language = "fr" if rng.random() < 0.6 else "en"
        topic = rng.choice(TOPICS[domain][language])
        title = rng.choice(TITLES[language]).format(t=topic, T=topic[0].upper() + topic[1:])
        # The opening names the topic; three more sentences from a pool, as varied as a real catalog's blurbs.
        description = " ".join([SENTENCES[language][0].format(t=topic), *rng.sample(SENTENCES[language][1:], 3)])
        free = rng.random() < 0.3
        price = 0 if free else rng.choice([19, 29, 39, 49, 59, 79, 99])
        reviews = rng.randint(0, 200)
        ratings = sum(rng.choice([3, 4, 4, 5, 5]) for _ in range(reviews))
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now - rng.randint(0, 365 * 86400)))
        writer.writerow([uuid.uuid4(), title[:200], "", description, language, domain,
                         array(rng.sample(STACKS[domain], rng.randint(1, 3))), rng.choice(CATEGORIES),
                         rng.choice(["beginner", "intermediate", "advanced"]), array(topic.split()[:3] + [domain.lower()]),
                         "{}", "{}", uuid.uuid4(), rng.choice(["Amina Haddad", "Lucas Martin", "Claire Dubois", "John Smith"]),
                         price, "EUR", "free" if free else "one_time", "published", created, created, created,
                         rng.randint(5, 60), rng.randint(1800, 36000), rng.randint(0, 5000), reviews, ratings,
                         round(ratings / reviews, 2) if reviews else 0])
    columns = ("id, title, subtitle, description, language, domain, stack, category, level, keywords, learning_outcomes, "
               "prerequisites, instructor_id, instructor_name, price_amount, price_currency, pricing_model, status, created_at, "
               "updated_at, published_at, total_lessons, total_duration_seconds, enrollments_count, reviews_count, ratings_sum, average_rating")
    psql(environment, f"COPY courses ({columns}) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (subtitle))", rows.getvalue())
    psql(environment, "ANALYZE courses")


def progress_course(environment: dict[str, str], lessons: int) -> tuple[str, list[str]]:
    """A free course of many lessons (one module), inserted directly: (course id, lesson ids)."""
    course, module = str(uuid.uuid4()), str(uuid.uuid4())
    lesson_ids = [str(uuid.uuid4()) for _ in range(lessons)]
    psql(environment, f"""
        INSERT INTO courses (id, title, subtitle, description, language, domain, stack, category, level, keywords, learning_outcomes,
            prerequisites, instructor_id, instructor_name, price_amount, price_currency, pricing_model, status, created_at, updated_at,
            published_at, total_lessons, total_duration_seconds, enrollments_count, reviews_count, ratings_sum, average_rating)
        VALUES ('{course}', 'Progress benchmark course', '', 'Many lessons.', 'en', 'Other', '{{}}', 'data-analysis', 'beginner', '{{}}',
            '{{}}', '{{}}', '{uuid.uuid4()}', 'Bench', 0, 'EUR', 'free', 'published', now(), now(), now(), {lessons}, {lessons * 300}, 0, 0, 0, 0);
        INSERT INTO modules (id, course_id, title, description, position) VALUES ('{module}', '{course}', 'All lessons', '', 0);
        """)
    rows = io.StringIO()
    writer = csv.writer(rows)
    for position, lesson in enumerate(lesson_ids):
        writer.writerow([lesson, course, module, f"Lesson {position + 1}", "text", position, 300, "false", "Some text.", "[]",
                         "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"])
    psql(environment, "COPY lessons (id, course_id, module_id, title, type, position, duration_seconds, is_preview, markdown, resources, "
                      "created_at, updated_at) FROM STDIN WITH (FORMAT csv)", rows.getvalue())
    return course, lesson_ids


def wrk(url: str, connections: int, paths: list[str] | None = None, tokens: list[str] | None = None,
        method: str = "GET", bodies: list[str] | None = None) -> tuple[float, float, float]:
    """(requests/s, p50 ms, p95 ms) at the given concurrency, over the paths in turn when given."""
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "WRK_METHOD": method}
        for name, values in (("WRK_PATHS", paths), ("WRK_TOKENS", tokens), ("WRK_BODIES", bodies)):
            if values:
                path = os.path.join(folder, name)
                with open(path, "w") as file:
                    file.write("\n".join(values) + "\n")
                environment[name] = path
        threads = min(2, connections)
        output = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{SECONDS}s", "-s", "bench/percentiles.lua", url],
                                capture_output=True, text=True, check=True, env=environment).stdout
    if non2xx := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        raise RuntimeError(f"{url}: {non2xx.group(1)} non-2xx responses")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return rate, float(re.search(r"P50_MS ([\d.]+)", output).group(1)), float(re.search(r"P95_MS ([\d.]+)", output).group(1))


def distinct_queries(count: int) -> list[str]:
    rng = random.Random(7)
    queries = []
    for _ in range(count):
        parameters = {"q": rng.choice(QUERY_WORDS), "domain": rng.choice(list(TOPICS)), rng.choice(["price", "level", "language"]): None,
                      "min_rating": rng.choice(["3", "3.5", "4", "4.2", "4.5"]), "page": str(rng.randint(1, 3))}
        for key in ("price", "level", "language"):
            if key in parameters:
                parameters[key] = {"price": rng.choice(["free", "paid"]), "level": rng.choice(["beginner", "intermediate", "advanced"]),
                                   "language": rng.choice(["fr", "en"])}[key]
        queries.append("/api/v1/courses?" + urllib.parse.urlencode(parameters))
    return queries


def report(name: str, results: list[tuple[float, float, float]], goal: str = "") -> dict[str, float]:
    summary = {"rate": statistics.median(r[0] for r in results), "p50": statistics.median(r[1] for r in results),
               "p95": statistics.median(r[2] for r in results)}
    print(f"  {name}: median {summary['rate']:.0f} req/s, p50 {summary['p50']:.2f} ms, p95 {summary['p95']:.2f} ms {goal}", flush=True)
    return summary


def main() -> None:
    limits = {"Gateway__RateLimit__PerAnonymousIp": "100000000", "Gateway__RateLimit__PerUser": "100000000",
              "Gateway__RateLimit__AuthPerIp": "100000000"}
    with running_graph({"gateway": limits}) as addresses:
        courses, gateway, auth = addresses["courses"], addresses["gateway_replicas"][0], addresses["auth"]
        environment = psql_environment(addresses["coursesdb"])
        started = time.time()
        generate_catalog(environment)
        print(f"== {COURSES} published courses generated in {time.time() - started:.1f} s", flush=True)

        if "catalog" in PARTS:
            catalog(courses, gateway)
        if "progress" in PARTS:
            progress(environment, courses, auth)
        if "plans" in PARTS:
            plans(environment)


def catalog(courses: str, gateway: str) -> None:
        print("== warm-up", flush=True)
        for _ in range(2):
            wrk(courses + "/api/v1/courses/vocabulary", 64)
            wrk(courses + CACHED_QUERY, 64)
            wrk(gateway + CACHED_QUERY, 64)
            wrk(courses + "/api/v1/courses", 16, paths=distinct_queries(2000))

        trivial, cached, through_gateway, uncached = [], [], [], []
        for round_number in range(1, ROUNDS + 1):
            trivial.append(wrk(courses + "/api/v1/courses/vocabulary", 64))
            cached.append(wrk(courses + CACHED_QUERY, 64))
            through_gateway.append(wrk(gateway + CACHED_QUERY, 64))
            # A new set of queries each round (seeded differently): they were never asked, so never cached.
            rng_paths = distinct_queries(20000)[round_number * 5000:(round_number + 1) * 5000]
            uncached.append(wrk(courses + "/api/v1/courses", 16, paths=rng_paths))
            print(f"  round {round_number}: trivial {trivial[-1][0]:.0f} req/s; cached {cached[-1][0]:.0f} req/s p95 {cached[-1][2]:.2f} ms; "
                  f"gateway {through_gateway[-1][0]:.0f} req/s p95 {through_gateway[-1][2]:.2f} ms; "
                  f"uncached {uncached[-1][0]:.0f} req/s p95 {uncached[-1][2]:.2f} ms", flush=True)

        print("== catalog (medians of the rounds)")
        trivial_summary = report("trivial JSON endpoint (/api/v1/courses/vocabulary), direct, c64", trivial)
        cached_summary = report("cached search page, direct, c64", cached, "(goal p95 <= 10 ms)")
        gateway_summary = report("cached search page, through the gateway, c64", through_gateway)
        report("uncached search (distinct queries), direct, c16", uncached, "(goal p95 <= 50 ms)")
        print(f"  cached / trivial throughput: {cached_summary['rate'] / trivial_summary['rate']:.2f} (goal >= 0.5); "
              f"gateway / direct (cached page): {gateway_summary['rate'] / cached_summary['rate']:.2f}")



def progress(environment: dict[str, str], courses: str, auth: str) -> None:
        print("== progress updates (PUT /api/v1/progress/lessons/{id}, 16 learners, c16)", flush=True)
        course, lessons = progress_course(environment, 600)
        warm_up_course, warm_up_lessons = progress_course(environment, 300)
        tokens = []
        for index in range(16):
            email = f"bench-progress-{index}-{int(time.time())}@example.com"
            post(f"{auth}/api/v1/auth/register", {"email": email, "password": PASSWORD, "first_name": "Bench", "last_name": f"L{index}"})
            token = post(f"{auth}/api/v1/auth/login", {"email": email, "password": PASSWORD})["access_token"]
            post(f"{courses}/api/v1/enrollments", {"course_id": course}, token)
            post(f"{courses}/api/v1/enrollments", {"course_id": warm_up_course}, token)
            tokens.append(token)
        # Warm-up on a course of its own (the JIT tiers the path up under load; the measured lessons stay untouched).
        warm_up = [(token, lesson) for lesson in warm_up_lessons for token in tokens]
        random.Random(5).shuffle(warm_up)
        for _ in range(2):
            wrk(courses + "/api/v1/progress/lessons/x", 16, paths=[f"/api/v1/progress/lessons/{lesson}" for _, lesson in warm_up],
                tokens=[token for token, _ in warm_up], method="PUT", bodies=[json.dumps({"status": "completed"})] * len(warm_up))
        # Each request: one learner, one lesson, completed (its first time: the recount, the events) or time spent.
        pairs = [(token, lesson) for lesson in lessons for token in tokens]
        random.Random(3).shuffle(pairs)
        bodies = [json.dumps({"status": "completed", "time_spent_seconds": 60 + index % 600}) for index in range(len(pairs))]
        progress = []
        for round_number in range(1, ROUNDS + 1):
            progress.append(wrk(courses + "/api/v1/progress/lessons/x", 16, paths=[f"/api/v1/progress/lessons/{lesson}" for _, lesson in pairs],
                                tokens=[token for token, _ in pairs], method="PUT", bodies=bodies))
            print(f"  round {round_number}: {progress[-1][0]:.0f} updates/s p50 {progress[-1][1]:.2f} ms p95 {progress[-1][2]:.2f} ms", flush=True)
        report("progress update, direct, c16", progress, "(goal p95 <= 20 ms)")
        completed = psql(environment, f"SELECT count(*) FROM lesson_progress p JOIN enrollments e ON e.id = p.enrollment_id WHERE e.course_id = '{course}' AND p.completed_at IS NOT NULL").strip()
        exact = psql(environment, f"SELECT count(*) FROM enrollments e WHERE e.course_id = '{course}' AND e.completed_lessons = (SELECT count(*) FROM lesson_progress p WHERE p.enrollment_id = e.id AND p.completed_at IS NOT NULL)").strip()
        print(f"  {completed} lessons completed in all; enrollments whose completed count matches their progress rows: {exact} of 16")



def plans(environment: dict[str, str]) -> None:
        print(f"== query plans (EXPLAIN ANALYZE of the catalog's statements, on the {COURSES} courses)")
        text_query = "(websearch_to_tsquery('har_fr', 'analyse données') || websearch_to_tsquery('har_en', 'analyse données'))"
        for label, sql in [
            ("page", f"SELECT id FROM courses c WHERE c.status = 'published' AND c.search_vector @@ {text_query} AND c.domain = 'Python' "
                     f"AND NOT (c.pricing_model = 'free' OR c.price_amount = 0) ORDER BY ts_rank(c.search_vector, {text_query}) DESC LIMIT 20"),
            ("browse by domain, newest", "SELECT id FROM courses c WHERE c.status = 'published' AND c.domain = 'R' ORDER BY c.published_at DESC LIMIT 20"),
            ("stack filter", "SELECT count(*) FROM courses c WHERE c.status = 'published' AND c.stack @> ARRAY['shiny']::text[]"),
        ]:
            plan = psql(environment, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql)
            used = sorted(set(re.findall(r"(?:Index|Bitmap Index) (?:Only )?Scan (?:Backward )?(?:using|on) (\w+)", plan)))
            execution = re.search(r"Execution Time: ([\d.]+ ms)", plan).group(1)
            print(f"  {label}: indexes {', '.join(used) or 'none (sequential scan)'}; {execution}")


if __name__ == "__main__":
    main()
