#!/usr/bin/env bash
# The measures benchmark (issue 3, "Speed"): builds the large council (DemoCouncilGenerator,
# Size.BENCHMARK: about 10,000 workers in post, 5 years, every record type) in a fresh
# embedded PostgreSQL, then prints median and 95th percentile times of the measures API
# and of the hand-written SQL floor. Needs no Keycloak. See docs/benchmarks.md.
#
#   scripts/benchmark.sh [--copies N] [--weeks N] [--runs N] [--warmup N] [--cold-runs N] [--end-date YYYY-MM-DD]
#                        [--jvm-options "..."]
#
#   --copies    copies of the demo organisation (default 25, the benchmark size; 2 for a quick check)
#   --weeks     weeks of history (default 261, five years)
#   --runs      timed requests of each kind (default 30)
#   --warmup    untimed requests of each kind first (default 50)
#   --cold-runs timed requests right after a write, each reloading the read model (default 5)
#   --end-date  the council's last day and the as-at date (default 2026-11-22)
#   --jvm-options options for the JVM that runs the app (default none), e.g. the image's fixed,
#               pre-touched heap: "-XX:InitialRAMPercentage=25 -XX:+AlwaysPreTouch"
#
# The table is also written to backend/target/benchmark/measures-benchmark.txt.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REPORT="${WI_ROOT}/backend/target/benchmark/measures-benchmark.txt"
BENCH_LOG="${WI_LOGS}/benchmark-maven.log"
props=()

usage() {
  sed -n '7,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --copies) props+=("-Dworkforce.benchmark.copies=${2:?--copies needs a number}"); shift 2 ;;
    --weeks) props+=("-Dworkforce.benchmark.weeks=${2:?--weeks needs a number}"); shift 2 ;;
    --runs) props+=("-Dworkforce.benchmark.runs=${2:?--runs needs a number}"); shift 2 ;;
    --warmup) props+=("-Dworkforce.benchmark.warmup=${2:?--warmup needs a number}"); shift 2 ;;
    --cold-runs) props+=("-Dworkforce.benchmark.coldRuns=${2:?--cold-runs needs a number}"); shift 2 ;;
    --end-date) props+=("-Dworkforce.benchmark.endDate=${2:?--end-date needs a date}"); shift 2 ;;
    --jvm-options) props+=("-DargLine=${2:?--jvm-options needs the options}"); shift 2 ;;
    -h | --help) usage 0 ;;
    *) warn "unknown option '$1'"; usage 2 ;;
  esac
done

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [[ "${rc}" -ne 0 ]]; then
    [[ -f "${BENCH_LOG}" ]] && tail -n 80 "${BENCH_LOG}" >&2
    print_timings
    echo "benchmark.sh: FAILED (exit ${rc}) after $(elapsed_total)s; Maven log: ${BENCH_LOG}"
  fi
  exit "${rc}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

phase "tools (Maven 3.9)"
have java || die "java is not installed (Java 17+ is needed)"
ensure_maven

phase "benchmark: build, load and time the large council (takes minutes)"
rm -f "${REPORT}"
log "Maven log: ${BENCH_LOG}; progress lines start with BENCHMARK"
# Only the backend module: the benchmark needs neither the front end nor Keycloak.
# The log is kept whole; the BENCHMARK lines are shown as they come.
set +e
run_maven -B -ntp -pl backend test \
  -Dtest=MeasuresBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dworkforce.benchmark=true "${props[@]}" 2>&1 \
  | tee "${BENCH_LOG}" | grep --line-buffered '^BENCHMARK'
status="${PIPESTATUS[0]}"
set -e
[[ "${status}" -eq 0 ]] || die "the benchmark failed (Maven exit ${status})"
[[ -s "${REPORT}" ]] || die "the benchmark ran but wrote no report (${REPORT}); was it skipped?"
phase_end

echo
cat "${REPORT}"
echo
print_timings
echo "benchmark.sh: done in $(elapsed_total)s"
