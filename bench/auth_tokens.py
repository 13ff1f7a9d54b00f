"""Starts the graph, then measures sign-in and refresh on the auth service directly (see auth-tokens.sh)."""
import json
import os
import re
import subprocess
import tempfile
import time
import urllib.request

from graph import CONFIGURATION, running_graph

PASSWORD = "Correct-Horse-Battery-9"
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))


def post(url: str, body: dict) -> tuple[dict, str]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        # Sign-up and sign-in set two cookies (the refresh token, the device cookie): read them all.
        cookies = "\n".join(response.headers.get_all("Set-Cookie") or [])
        return json.load(response), re.search(r"har_refresh=([^;]+)", cookies).group(1)


def main() -> None:
    with running_graph() as addresses:
        auth = addresses["auth"]
        bound = subprocess.run(["dotnet", f"bench/HarAcademy.Bench/bin/{CONFIGURATION}/net10.0/HarAcademy.Bench.dll",
                                "bcrypt-rate", "12", "16", str(SECONDS)], capture_output=True, text=True, check=True).stdout
        bcrypt_rate = float(bound.split()[1])
        print(bound.strip())

        # Sixteen people signing in at once, one account each (a classroom): every sign-in checks a password, and the
        # per-account limit (which counts attempts in flight) is never what stops them.
        stamp = int(time.time())
        emails = [f"bench-{stamp}-{i}@example.com" for i in range(16)]
        for email in emails:
            post(f"{auth}/api/v1/auth/register", {"email": email, "password": PASSWORD, "first_name": "Bench", "last_name": "Mark"})
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as accounts:
            accounts.write("\n".join(emails) + "\n")
        wrk = subprocess.run(["wrk", "-t16", "-c16", f"-d{SECONDS}s", "--timeout", "30s", "-s", "bench/login.lua", auth],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "LOGIN_ACCOUNTS": accounts.name, "LOGIN_PASSWORD": PASSWORD}).stdout
        line = next(line for line in wrk.splitlines() if line.startswith("login:"))
        login_rate = float(re.search(r"([\d.]+) signed in/s", line).group(1))
        print(f"{line}; {100 * login_rate / bcrypt_rate:.0f}% of the raw BCrypt.Verify rate (goal >= 90%)")

        email = emails[0]
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as tokens:
            for _ in range(16):
                tokens.write(post(f"{auth}/api/v1/auth/login", {"email": email, "password": PASSWORD})[1] + "\n")
        wrk = subprocess.run(["wrk", "-t16", "-c16", f"-d{SECONDS}s", "-s", "bench/refresh.lua", auth],
                             capture_output=True, text=True, check=True, env={**os.environ, "REFRESH_TOKENS": tokens.name}).stdout
        print(next(line for line in wrk.splitlines() if line.startswith("refresh:")) + " (goal p95 <= 5 ms)")


if __name__ == "__main__":
    main()
