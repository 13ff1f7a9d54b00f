"""The AI service's quality figures in local mode (see ai-eval.sh), on the seeded catalog: retrieval hit@5 and MRR,
answer citation correctness, refusals, quiz questions answerable from their lesson, recommendation precision@5 on
held-out enrollments, and the tutor's latency through the gateway (and directly, for the ratio)."""
import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from graph import running_graph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services" / "ai"))
QUESTIONS = json.loads((ROOT / "bench" / "ai-eval" / "questions.json").read_text(encoding="utf-8"))
ADMIN_EMAIL, ADMIN_PASSWORD = "admin@bench.har.academy", "Bench-Admin-Password-1"
DEMO_PASSWORD = "Bench-Demo-Password-1"
INSTRUCTORS = ("amina.haddad@demo.har.academy", "lucas.martin@demo.har.academy")
PASSWORD = "Correct-Horse-Battery-9"
LEARNERS = int(os.environ.get("BENCH_LEARNERS", "40"))
HELD_OUT = int(os.environ.get("BENCH_HELD_OUT", "12"))
LOAD_REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))


def call(method: str, url: str, body: dict | None = None, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
        return json.loads(text) if text else {}


def login(gateway: str, email: str, password: str) -> tuple[str, str]:
    session = call("POST", f"{gateway}/api/v1/auth/login", {"email": email, "password": password})
    return session["access_token"], session["user"]["id"]


def plain(text: str) -> str:
    """Case-, accent-, Markdown- and spacing-insensitive form, to compare an answer with a lesson."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[`*_#>|\[\]()\"«»“”’']", " ", text)).strip()


def wait_for_index(aidb: str, published: int) -> None:
    import psycopg
    conninfo = __import__("app.core.config", fromlist=["npgsql_to_libpq"]).npgsql_to_libpq(aidb)
    deadline = time.time() + 300
    while time.time() < deadline:
        with psycopg.connect(conninfo) as connection:
            indexed = connection.execute("SELECT count(*) FROM courses WHERE status = 'published'").fetchone()[0]
        if indexed >= published:
            return
        time.sleep(1)
    raise RuntimeError(f"only {indexed} of {published} courses indexed")


def catalog_ids(aidb: str) -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, dict]]:
    import psycopg
    conninfo = __import__("app.core.config", fromlist=["npgsql_to_libpq"]).npgsql_to_libpq(aidb)
    with psycopg.connect(conninfo) as connection:
        courses = {title: str(id_) for id_, title in connection.execute("SELECT id, title FROM courses WHERE status = 'published'")}
        lessons = {(str(course), title): str(id_) for id_, course, title in connection.execute("SELECT id, course_id, title FROM lessons")}
        texts = {str(id_): {"course": str(course), "type": kind, "text": text}
                 for id_, course, kind, text in connection.execute("SELECT id, course_id, type, text FROM lessons")}
    return courses, lessons, texts


async def retrieval_ranks(addresses: dict, items: list[tuple[str, str, str]]) -> list[int | None]:
    """The rank (1-based) of the expected lesson among the retriever's passages, for each (course, question, lesson)."""
    from app.clients.chroma import ChromaClient
    from app.core import db
    from app.core.config import npgsql_to_libpq
    from app.indexing.embedding_models import EmbeddingModels
    from app.tutor.retrieval import Retriever
    import httpx

    pool = db.create_pool(npgsql_to_libpq(addresses["aidb"]))
    await pool.open(wait=True)
    async with httpx.AsyncClient(base_url=addresses["chroma"], timeout=30) as chroma_http:
        retriever = Retriever(pool, EmbeddingModels(ChromaClient(chroma_http)))
        ranks = []
        for course_id, question, lesson_id in items:
            passages = await retriever.search(uuid.UUID(course_id), question, limit=10)
            lessons = list(dict.fromkeys(passage.lesson_id for passage in passages))
            ranks.append(lessons.index(lesson_id) + 1 if lesson_id in lessons else None)
    await pool.close()
    return ranks


def answerable(question: dict, lesson_text: str) -> bool:
    """The question's right answer can be read in its source sentence, and that sentence is in the lesson."""
    source, lesson = plain(question["source_sentence"]), plain(lesson_text)
    if not source or source[:60] not in lesson:
        return False
    kind = question["type"]
    if kind == "short_answer":
        return any(plain(answer) in source for answer in question["accepted_answers"])
    if kind in ("single_choice", "multiple_choice"):
        return all(plain(question["options"][index]) in source for index in question["correct_options"])
    if kind == "true_false":
        # True: the statement is the sentence; false: a term of it was swapped, so the statement is not in the lesson.
        return question["correct_boolean"] is True or plain(question["prompt"])[:40] not in lesson
    return False


def subscribe(gateway: str, token: str) -> None:
    """A pro plan through the sandbox checkout (every course open to its subscriber), as a buyer would."""
    checkout = call("POST", f"{gateway}/api/v1/payments/checkout", {"plan": "pro"}, token)
    session = checkout["checkout_url"].rstrip("/").split("/")[-1]
    call("POST", f"{gateway}/api/v1/payments/sandbox/sessions/{session}/confirm", {"card_number": "4242424242424242"}, token)


def enroll(gateway: str, token: str, course_id: str) -> None:
    for _ in range(100):  # the subscription reaches the courses service through events: moments after the payment
        try:
            call("POST", f"{gateway}/api/v1/enrollments", {"course_id": course_id}, token)
            return
        except urllib.error.HTTPError as error:
            if error.code not in (402, 403, 409):
                raise
            time.sleep(0.2)
    raise RuntimeError(f"could not enroll in {course_id}")


def hey(url: str, token: str, body: dict, requests: int, concurrency: int) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p95 ms, answers other than 200) of POSTs with hey."""
    output = subprocess.run(["hey", "-n", str(requests), "-c", str(concurrency), "-m", "POST", "-T", "application/json",
                             "-H", f"Authorization: Bearer {token}", "-d", json.dumps(body), url],
                            capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = float(re.search(r"50%% in ([\d.]+) secs".replace("%%", "%"), output).group(1)) * 1000
    p95 = float(re.search(r"95% in ([\d.]+) secs", output).group(1)) * 1000
    statuses = re.findall(r"\[(\d{3})\]\s+(\d+) responses", output)
    return rate, p50, p95, sum(int(count) for code, count in statuses if code != "200")


def first_token_ms(gateway: str, token: str, course_id: str, question: str) -> float:
    request = urllib.request.Request(f"{gateway}/api/v1/ai/chat", method="POST", data=json.dumps({"course_id": course_id, "message": question}).encode(),
                                     headers={"Content-Type": "application/json", "Accept": "text/event-stream", "Authorization": f"Bearer {token}"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        for line in response:
            if line.startswith(b"event: token"):
                return (time.perf_counter() - started) * 1000
    raise RuntimeError("no token event")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    settings = {
        "auth": {"Seed__AdminEmail": ADMIN_EMAIL, "Seed__AdminPassword": ADMIN_PASSWORD, "Seed__DemoPassword": DEMO_PASSWORD, "Auth__BcryptWorkFactor": "4",
                 "Auth__Throttle__MaxRegistrationsPerIp": "100000", "Auth__Throttle__MaxLoginAttemptsPerIp": "100000"},
        "gateway": {"Gateway__RateLimit__PerUser": "1000000", "Gateway__RateLimit__AuthPerIp": "1000000", "Gateway__RateLimit__PerAnonymousIp": "1000000"},
        "ai": {"Ai__Chat__MessagesPerMinute": "1000000"},
    }
    with running_graph(settings, without=(), parameters={"seed-catalog": "true"}) as addresses:
        gateway, ai = addresses["gateway_replicas"][0], addresses["ai"]
        published = call("GET", f"{gateway}/api/v1/courses?page_size=100")["total"]
        started = time.time()
        wait_for_index(addresses["aidb"], published)
        print(f"== {published} published courses indexed {time.time() - started:.1f} s after the graph was healthy", flush=True)
        courses, lessons, texts = catalog_ids(addresses["aidb"])
        owners: dict[str, str] = {}
        for email in INSTRUCTORS:
            token, user_id = login(gateway, email, DEMO_PASSWORD)
            owners[user_id] = token
        token_for = {course_id: owners[call("GET", f"{gateway}/api/v1/courses/{course_id}")["instructor_id"]] for course_id in courses.values()}

        # Retrieval (the service's own retriever, in this process, on the graph's index).
        items = [(courses[q["course"]], q["question"], lessons[(courses[q["course"]], q["lesson"])]) for q in QUESTIONS["answerable"]]
        ranks = asyncio.run(retrieval_ranks(addresses, items))
        hit5 = sum(1 for rank in ranks if rank and rank <= 5) / len(ranks)
        mrr = statistics.fmean(1 / rank if rank else 0 for rank in ranks)
        print(f"== retrieval over {len(ranks)} questions: hit@5 {hit5:.2f}, MRR {mrr:.2f} (hit@1 {sum(1 for r in ranks if r == 1) / len(ranks):.2f})")

        # Answers through the gateway, as each course's instructor (the tutor answers enrolled learners and its staff).
        latencies, cited_first, cited_any, answered, terms = [], 0, 0, 0, 0
        for (course_id, question, lesson_id), spec in zip(items, QUESTIONS["answerable"]):
            started = time.perf_counter()
            reply = call("POST", f"{gateway}/api/v1/ai/chat", {"course_id": course_id, "message": question}, token_for[course_id])
            latencies.append((time.perf_counter() - started) * 1000)
            assert reply["mode"] == "local"
            if reply["answered_from_course"]:
                answered += 1
                cited = [citation["lesson_id"] for citation in reply["citations"]]
                cited_first += bool(cited) and cited[0] == lesson_id
                cited_any += lesson_id in cited
                terms += all(plain(term) in plain(reply["answer"]) for term in spec["expected_terms"])
        n = len(items)
        print(f"== answers to {n} answerable questions: answered {answered / n:.2f}, first citation is the right lesson {cited_first / n:.2f}, "
              f"right lesson among the citations {cited_any / n:.2f}, answer holds the expected terms {terms / n:.2f}")
        refused = 0
        for spec in QUESTIONS["unanswerable"]:
            course_id = courses[spec["course"]]
            reply = call("POST", f"{gateway}/api/v1/ai/chat", {"course_id": course_id, "message": spec["question"]}, token_for[course_id])
            refused += not reply["answered_from_course"]
        print(f"== refusals: {refused}/{len(QUESTIONS['unanswerable'])} unanswerable questions refused ({refused / len(QUESTIONS['unanswerable']):.2f}); "
              f"answerable ones wrongly refused {(n - answered) / n:.2f}")
        print(f"== tutor latency, sequential (through the gateway, {n} questions): median {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms")

        # Quiz generation: every text or video lesson with text, 5 questions each.
        generated, good = 0, 0
        for lesson_id, lesson in texts.items():
            if lesson["type"] not in ("text", "video") or len(lesson["text"]) < 200:
                continue
            try:
                draft = call("POST", f"{gateway}/api/v1/ai/quizzes/generate", {"course_id": lesson["course"], "lesson_id": lesson_id, "count": 5}, token_for[lesson["course"]])
            except urllib.error.HTTPError as error:
                if error.code == 422:
                    continue
                raise
            for question in draft["questions"]:
                generated += 1
                good += answerable(question, lesson["text"])
        print(f"== quiz generation: {generated} questions from the catalog's lessons, {good / generated:.2f} answerable from their source sentence in the lesson")

        # Recommendations: synthetic learners with a favourite domain; some have one enrollment held out.
        rng = random.Random(13)
        catalog = call("GET", f"{gateway}/api/v1/courses?page_size=100")["items"]
        by_domain: dict[str, list[str]] = {}
        for course in catalog:
            by_domain.setdefault(course["domain"], []).append(course["id"])
        held_out: list[tuple[str, str]] = []
        for index in range(LEARNERS):
            email = f"eval-{uuid.uuid4().hex[:10]}@example.com"
            session = call("POST", f"{gateway}/api/v1/auth/register", {"email": email, "password": PASSWORD, "first_name": "Eval", "last_name": "Learner"})
            token = session["access_token"]
            subscribe(gateway, token)
            domain = rng.choice([d for d, ids in by_domain.items() if len(ids) >= 3])
            taken = rng.sample(by_domain[domain], min(len(by_domain[domain]), rng.choice((3, 4))))
            if rng.random() < 0.3:
                taken.append(rng.choice([c["id"] for c in catalog if c["id"] not in taken]))
            if index < HELD_OUT:
                held_out.append((token, taken.pop()))
            for course_id in taken:
                enroll(gateway, token, course_id)
        time.sleep(3)  # the last enrollments reach the AI service through the stream
        precision, hits = [], 0
        for token, withheld in held_out:
            items5 = call("GET", f"{gateway}/api/v1/ai/recommendations?limit=5", token=token)["items"]
            found = withheld in [item["course_id"] for item in items5]
            precision.append(found / 5)
            hits += found
        print(f"== recommendations for {len(held_out)} learners with one enrollment held out ({LEARNERS} learners in all): "
              f"precision@5 {statistics.fmean(precision):.3f} (the most one held-out course allows is 0.200), hit rate@5 {hits / len(held_out):.2f}")

        # Latency under load: one question, concurrency 4, through the gateway and directly.
        course_id, question, _ = items[0]
        token = token_for[course_id]
        body = {"course_id": course_id, "message": question}
        hey(f"{gateway}/api/v1/ai/chat", token, body, 20, 2)  # warm-up
        for _ in range(3):
            via = hey(f"{gateway}/api/v1/ai/chat", token, body, LOAD_REQUESTS, 4)
            direct = hey(f"{ai}/api/v1/ai/chat", token, body, LOAD_REQUESTS, 4)
            print(f"== chat under load (c=4, {LOAD_REQUESTS} requests): via gateway {via[0]:.0f}/s p50 {via[1]:.0f} ms p95 {via[2]:.0f} ms; "
                  f"direct {direct[0]:.0f}/s p50 {direct[1]:.0f} ms p95 {direct[2]:.0f} ms; p95 ratio {via[2] / direct[2]:.2f}; "
                  f"answers other than 200: {via[3]} via the gateway, {direct[3]} direct", flush=True)
        firsts = [first_token_ms(gateway, token, course_id, question) for _ in range(30)]
        print(f"== streamed (server-sent events through the gateway): first token after median {statistics.median(firsts):.0f} ms, p95 {percentile(firsts, 0.95):.0f} ms")


if __name__ == "__main__":
    main()
