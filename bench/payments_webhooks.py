"""Starts the graph, then measures webhook ingestion and checkout-to-enrollment latency (see payments-webhooks.sh)."""
import hashlib
import hmac
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
import urllib.request
import uuid

from graph import running_graph

SECONDS = int(os.environ.get("BENCH_SECONDS", "15"))
LATENCY_EVENTS = int(os.environ.get("BENCH_EVENTS", "200"))
ADMIN_EMAIL, ADMIN_PASSWORD = "admin@bench.har.academy", "Bench-Admin-Password-1"
PASSWORD = "Correct-Horse-Battery-9"


def call(method: str, url: str, body: dict | None = None, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else {}


def psql(connection_string: str, sql: str) -> str:
    """Runs SQL with psql against an Npgsql connection string (Host=…;Port=…;Username=…;Password=…;Database=…)."""
    parts = dict(part.split("=", 1) for part in connection_string.split(";") if "=" in part)
    env = {**os.environ, "PGHOST": parts["Host"], "PGPORT": parts["Port"], "PGUSER": parts["Username"],
           "PGPASSWORD": parts["Password"], "PGDATABASE": parts["Database"]}
    # On stdin: a bulk insert is megabytes, more than one command-line argument may hold.
    return subprocess.run(["psql", "-qAt", "-v", "ON_ERROR_STOP=1"], input=sql, env=env, capture_output=True, text=True, check=True).stdout


def paid_course(gateway: str) -> str:
    """A published paid course by a new instructor (promoted by the admin), through the API."""
    admin = call("POST", f"{gateway}/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})["access_token"]
    email = f"bench-instructor-{uuid.uuid4().hex[:8]}@example.com"
    user = call("POST", f"{gateway}/api/v1/auth/register", {"email": email, "password": PASSWORD, "first_name": "Bench", "last_name": "Teacher"})
    call("PATCH", f"{gateway}/api/v1/users/{user['user']['id']}", {"role": "instructor"}, admin)
    token = call("POST", f"{gateway}/api/v1/auth/login", {"email": email, "password": PASSWORD})["access_token"]
    course = call("POST", f"{gateway}/api/v1/courses", {
        "title": "Benchmark course", "description": "A paid course for the payments benchmark, fifty characters and more.",
        "language": "en", "domain": "Python", "price": {"amount": 49, "currency": "EUR", "pricing_model": "one_time"}}, token)
    module = call("POST", f"{gateway}/api/v1/courses/{course['id']}/modules", {"title": "M"}, token)
    call("POST", f"{gateway}/api/v1/courses/{course['id']}/modules/{module['id']}/lessons", {"title": "L", "type": "text", "markdown": "x"}, token)
    call("POST", f"{gateway}/api/v1/courses/{course['id']}/publish", None, token)
    return course["id"]


def pending_payments(paymentsdb: str, course: str, count: int) -> list[tuple[str, str]]:
    """(transaction id, session id) of `count` pending course payments by distinct learners, inserted in bulk: what
    `count` checkouts leave behind, without timing the checkouts themselves."""
    rows = [(str(uuid.uuid4()), str(uuid.uuid4()), f"cs_bench_{uuid.uuid4().hex}") for _ in range(count)]
    values = ",".join(f"('{t}','{u}','bench@example.com','Bench','fr','course','{course}','Benchmark course',4900,0,'EUR','pending','sandbox','{s}',now())"
                      for t, u, s in rows)
    psql(paymentsdb, "INSERT INTO transactions (id, user_id, user_email, user_name, language, kind, course_id, description, amount, "
                     f"amount_refunded, currency, status, mode, checkout_session_id, created_at) VALUES {values}")
    return [(t, s) for t, _, s in rows]


def signed_event(secret: str, transaction: str, session: str) -> tuple[str, str]:
    """A checkout.session.completed event as Stripe sends it, and its Stripe-Signature."""
    body = json.dumps({
        "id": f"evt_bench_{uuid.uuid4().hex}", "object": "event", "api_version": "2025-09-30.clover", "created": int(time.time()),
        "livemode": False, "type": "checkout.session.completed",
        "data": {"object": {"id": session, "object": "checkout.session", "mode": "payment", "status": "complete", "payment_status": "paid",
                            "client_reference_id": transaction, "amount_total": 4900, "currency": "eur", "payment_intent": f"pi_bench_{uuid.uuid4().hex}",
                            "payment_method_types": ["card"], "metadata": {"transaction_id": transaction}}}}, separators=(",", ":"))
    timestamp = int(time.time())
    mac = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}", body


def ingest(target: str, secret: str, paymentsdb: str, course: str, label: str) -> None:
    # More events than the run can send: each is a distinct payment, none a duplicate. Signed just before the run (300 s tolerance).
    events = [signed_event(secret, t, s) for t, s in pending_payments(paymentsdb, course, 1500 * SECONDS)]
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as file:
        file.write("\n".join(f"{signature}\t{body}" for signature, body in events) + "\n")
    wrk = subprocess.run(["wrk", "-t16", "-c16", f"-d{SECONDS}s", "--timeout", "30s", "-s", "bench/webhooks.lua", target],
                         capture_output=True, text=True, check=True, env={**os.environ, "WRK_EVENTS": file.name, "WRK_THREADS": "16"}).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    p50 = float(re.search(r"P50_MS ([\d.]+)", wrk).group(1))
    p95 = float(re.search(r"P95_MS ([\d.]+)", wrk).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
    print(f"webhook ingestion {label}: {rate:.0f} events/s, p50 {p50:.1f} ms, p95 {p95:.1f} ms at concurrency 16"
          f"{'' if errors is None else f', {errors.group(1)} non-2xx'}")


def warm_up(payments: str, secret: str, paymentsdb: str, course: str) -> None:
    """A few hundred events first, not measured: the services' first requests compile queries and fill pools."""
    for transaction, session in pending_payments(paymentsdb, course, 300):
        signature, body = signed_event(secret, transaction, session)
        request = urllib.request.Request(f"{payments}/api/v1/payments/webhooks/stripe", data=body.encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Stripe-Signature": signature})
        with urllib.request.urlopen(request, timeout=30):
            pass


def drained(paymentsdb: str, coursesdb: str, course: str) -> None:
    """Waits until the courses service has enrolled every buyer of the ingestion runs (its backlog), and says how long."""
    paid = int(psql(paymentsdb, f"SELECT count(*) FROM transactions WHERE course_id = '{course}' AND status = 'completed'"))
    started = time.time()
    while int(psql(coursesdb, f"SELECT count(*) FROM enrollments WHERE course_id = '{course}'")) < paid and time.time() - started < 600:
        time.sleep(1)
    print(f"courses enrolled the {paid} buyers of the runs {time.time() - started:.0f} s after the last event")


def fulfilment_latency(payments: str, secret: str, paymentsdb: str, coursesdb: str, course: str) -> None:
    sent = {}
    for transaction, session in pending_payments(paymentsdb, course, LATENCY_EVENTS):
        signature, body = signed_event(secret, transaction, session)
        request = urllib.request.Request(f"{payments}/api/v1/payments/webhooks/stripe", data=body.encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Stripe-Signature": signature})
        sent[transaction] = time.time()
        with urllib.request.urlopen(request, timeout=30):
            pass
        time.sleep(0.02)
    deadline = time.time() + 60
    ids = ",".join(f"'{t}'" for t in sent)
    while time.time() < deadline:
        rows = psql(coursesdb, f"SELECT payment_id, extract(epoch FROM enrolled_at) FROM enrollments WHERE payment_id IN ({ids})").split()
        if len(rows) == len(sent):
            break
        time.sleep(0.5)
    latencies = sorted((float(at) - sent[payment]) * 1000 for payment, at in (row.split("|") for row in rows))
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"checkout.session.completed -> enrollment visible in courses: median {statistics.median(latencies):.0f} ms, "
          f"p95 {p95:.0f} ms over {len(latencies)} events ({len(sent) - len(latencies)} missing)")


def main() -> None:
    settings = {
        "auth": {"Seed__AdminEmail": ADMIN_EMAIL, "Seed__AdminPassword": ADMIN_PASSWORD, "Auth__BcryptWorkFactor": "4"},
        "gateway": {"Gateway__RateLimit__PerAnonymousIp": "10000000", "Gateway__RateLimit__AuthPerIp": "100000"},
        "payments": {"Payments__ReconciliationInterval": "00:00:00", "Logging__LogLevel__Default": "Warning"},
        "courses": {"Logging__LogLevel__Default": "Warning"},
    }
    with running_graph(settings) as addresses:
        course = paid_course(addresses["gateway"])
        secret = addresses["payments_webhook_secret"]
        warm_up(addresses["payments"], secret, addresses["paymentsdb"], course)
        ingest(addresses["payments"], secret, addresses["paymentsdb"], course, "direct")
        ingest(addresses["gateway"], secret, addresses["paymentsdb"], course, "through the gateway")
        drained(addresses["paymentsdb"], addresses["coursesdb"], course)
        fulfilment_latency(addresses["payments"], secret, addresses["paymentsdb"], addresses["coursesdb"], course)


if __name__ == "__main__":
    main()
