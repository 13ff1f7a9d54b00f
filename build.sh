#!/usr/bin/env bash
# Har Academy: the two commands.
#   ./build.sh run    install what is missing, build, and start the whole graph (Aspire AppHost + dashboard)
#   ./build.sh test   install what is missing, build, and run every test suite; the last line is
#                     "N passed, N failed[, N skipped]" summed over all suites
#   ./build.sh bench  build, then run the benchmarks (figures for issue notes; not tests)
# Everything comes from Debian's packages, NuGet and npm (docs/environment.md).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIGURATION=${CONFIGURATION:-Debug}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the graph and the tests use.
# nginx serves the web app's production build and Chromium drives it in the browser tests (fonts for its screenshots).
APT_PACKAGES=(redis-server postgresql-15 wrk hey curl python3-venv python3-uvicorn libicu72 ffmpeg nginx-light chromium fonts-dejavu-core)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_apt_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # The PostgreSQL package may start a system cluster on 5432; the AppHost runs its own server, so stop that one.
  if command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | grep -q online; then
    as_root pg_ctlcluster 15 main stop 2>/dev/null || true
  fi
}

install_npm_packages() {
  # Each folder with a package-lock.json gets `npm ci` when its node_modules is missing or older than the lock.
  for lock in tools/chroma/package-lock.json web/package-lock.json; do
    [ -f "$lock" ] || continue
    local dir; dir=$(dirname "$lock")
    if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules/.package-lock.json" ]; then
      log "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done
}

install_python_venvs() {
  # Python apps run on Debian's interpreter with Debian's packages (no PyPI here).
  for requirements in services/*/debian-packages.txt; do
    [ -f "$requirements" ] || continue
    local dir; dir=$(dirname "$requirements")
    mapfile -t packages < <(grep -v '^\s*#' "$requirements" | grep -v '^\s*$')
    APT_PACKAGES+=("${packages[@]}")
    install_apt_packages
    if [ ! -x "$dir/.venv/bin/python" ]; then
      log "creating $dir/.venv"
      /usr/bin/python3 -m venv --system-site-packages "$dir/.venv"
    fi
  done
}

build_dotnet() {
  log "dotnet build ($CONFIGURATION)"
  dotnet build HarAcademy.sln -c "$CONFIGURATION" -nologo -clp:ErrorsOnly -v:q
}

restore_dotnet_tools() {
  # The Aspire CLI (aspire describe, aspire otel, aspire resource) and dotnet-ef, pinned in .config/dotnet-tools.json.
  dotnet tool restore >/dev/null
}

build_web() {
  # Type-checks and builds the web app (web/dist): the browser tests and the static mode serve that build.
  log "web: type check and production build"
  (cd web && npm run build --silent -- --logLevel warn)
}

setup() {
  install_apt_packages
  install_npm_packages
  install_python_venvs
  restore_dotnet_tools
  build_dotnet
  build_web
}

# Runs one xUnit v3 test assembly from its build output and adds its counts to the totals.
PASSED=0 FAILED=0 SKIPPED=0
FAILURES=()
run_dotnet_suite() {
  local project=$1 name; name=$(basename "$project" .csproj)
  local assembly="$(dirname "$project")/bin/$CONFIGURATION/net10.0/$name.dll"
  local output; output=$(mktemp)
  log "tests: $name"
  set +e
  dotnet "$assembly" -noColor -noLogo 2>&1 | tee "$output"
  set -e
  # Failed tests' names and first lines are repeated at the end, where a truncated CI log still shows them.
  mapfile -t -O "${#FAILURES[@]}" FAILURES < <(grep -A3 -F "[FAIL]" "$output" | grep -v "^--$" || true)
  local summary; summary=$(grep -E "^\s*$name\s+Total: " "$output" | tail -1 || true)
  if [ -z "$summary" ]; then
    echo "!! $name ended without a summary: counted as one failure" >&2
    FAILED=$((FAILED + 1))
  else
    local total errors failed skipped notrun
    total=$(sed -E 's/.*Total: ([0-9]+).*/\1/' <<<"$summary")
    errors=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$summary")
    failed=$(sed -E 's/.*Failed: ([0-9]+).*/\1/' <<<"$summary")
    skipped=$(sed -E 's/.*Skipped: ([0-9]+).*/\1/' <<<"$summary")
    notrun=$(sed -E 's/.*Not Run: ([0-9]+).*/\1/' <<<"$summary")
    PASSED=$((PASSED + total - failed - skipped - notrun))
    FAILED=$((FAILED + failed + errors))
    SKIPPED=$((SKIPPED + skipped + notrun))
  fi
  rm -f "$output"
}

# Runs the web app's unit tests (Vitest: components, hooks, pure logic) and adds their counts to the totals.
run_web_unit_tests() {
  local report="$ROOT/test-results/web/vitest.json"
  mkdir -p "$(dirname "$report")"
  log "tests: web (vitest)"
  rm -f "$report"
  set +e
  (cd web && npx vitest run --reporter=default --reporter=json --outputFile="$report")
  set -e
  if [ ! -f "$report" ]; then
    echo "!! web unit tests ended without a report: counted as one failure" >&2
    FAILED=$((FAILED + 1))
    return
  fi
  local counts; counts=$(node -e 'const r=require(process.argv[1]); const broken=r.testResults.filter(f=>f.status==="failed"&&f.assertionResults.length===0).length; console.log(r.numPassedTests, r.numFailedTests + broken, r.numPendingTests + r.numTodoTests)' "$report")
  read -r passed failed skipped <<<"$counts"
  PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed)); SKIPPED=$((SKIPPED + skipped))
  if [ "$failed" -gt 0 ]; then
    mapfile -t -O "${#FAILURES[@]}" FAILURES < <(node -e 'const r=require(process.argv[1]); for (const f of r.testResults) { if (f.status==="failed"&&f.assertionResults.length===0) console.log("[FAIL] web: " + f.name + ": " + f.message); for (const t of f.assertionResults) if (t.status==="failed") console.log("[FAIL] web: " + t.fullName); }' "$report")
  fi
}

# Runs a Python service's pytest suite (from its venv: Debian's packages) and adds its counts to the totals. The suite
# starts its own copy of the graph (PostgreSQL, Redis, Chroma, auth, courses) through HarAcademy.Bench's graph command.
run_python_suite() {
  local dir=$1 name; name=$(basename "$dir")
  local report="$ROOT/test-results/python/$name.xml"
  mkdir -p "$(dirname "$report")"
  rm -f "$report"
  log "tests: $name (pytest)"
  set +e
  # Each test has its own limit (pytest.ini); this one bounds the whole run, whatever hangs: an interrupted pytest still
  # writes its report, so the tests it ran are counted and the other suites run.
  (cd "$dir" && CONFIGURATION="$CONFIGURATION" timeout --signal=INT --kill-after=60 1200 \
    .venv/bin/python -m pytest -q -p no:cacheprovider --junitxml="$report")
  local status=$?
  set -e
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    FAILURES+=("[FAIL] $name: the run was stopped after 20 minutes")
    FAILED=$((FAILED + 1))
  fi
  if [ ! -f "$report" ]; then
    echo "!! $name ended without a report: counted as one failure" >&2
    FAILED=$((FAILED + 1))
    return
  fi
  local counts; counts=$(/usr/bin/python3 -c '
import sys, xml.etree.ElementTree as tree
suites = tree.parse(sys.argv[1]).getroot()
suites = [suites] if suites.tag == "testsuite" else list(suites)
total, failed, skipped = (sum(int(s.get(k, 0)) for s in suites) for k in ("tests", "failures", "skipped"))
failed += sum(int(s.get("errors", 0)) for s in suites)
print(total - failed - skipped, failed, skipped)
for case in (c for s in suites for c in s.iter("testcase")):
    if case.find("failure") is not None or case.find("error") is not None:
        print("[FAIL] %s::%s" % (case.get("classname"), case.get("name")), file=sys.stderr)
' "$report" 2>"$report.failures")
  read -r passed failed skipped <<<"$counts"
  PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed)); SKIPPED=$((SKIPPED + skipped))
  mapfile -t -O "${#FAILURES[@]}" FAILURES < "$report.failures"
}

run_tests() {
  setup
  run_web_unit_tests
  for dir in services/*/; do
    if [ -f "$dir/pytest.ini" ]; then run_python_suite "${dir%/}"; fi
  done
  for project in tests/*/*.Tests.csproj; do
    run_dotnet_suite "$project"
  done
  if [ ${#FAILURES[@]} -gt 0 ]; then
    log "failed tests"
    printf '%s\n' "${FAILURES[@]}"
  fi
  local line="$PASSED passed, $FAILED failed"
  [ "$SKIPPED" -gt 0 ] && line="$line, $SKIPPED skipped"
  echo "$line"
  [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
}

run_graph() {
  setup
  log "starting the AppHost; open the dashboard with the login link it prints; Ctrl+C stops everything"
  # dotnet run applies the AppHost's launch profile (Development, the dashboard's ports), as `aspire run` and IDEs do.
  exec dotnet run --project HarAcademy.AppHost --no-build -c "$CONFIGURATION" -- "$@"
}

run_benchmarks() {
  setup
  for bench in bench/*.sh; do
    log "benchmark: $bench"
    bash "$bench"
  done
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  run) run_graph "$@" ;;
  test) run_tests ;;
  bench) run_benchmarks ;;
  *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
