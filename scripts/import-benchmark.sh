#!/usr/bin/env bash
# The import benchmark (issue 4): generates a caseload snapshot CSV file (100,000 rows by
# default: 2,000 workers x 50 weeks), imports it over real HTTP into a fresh embedded
# PostgreSQL (every row created), imports it again (every row unchanged) and dry-runs it,
# printing rows per second and peak heap of each. Needs no Keycloak. See docs/imports.md.
#
#   scripts/import-benchmark.sh [--workers N] [--weeks N] [--heap SIZE]
#
#   --workers   workers in the file (default 2000)
#   --weeks     weekly snapshots per worker (default 50)
#   --heap      the test JVM's maximum heap (default 256m: the import must fit in it)
#
# The table is also written to backend/target/benchmark/import-benchmark.txt.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REPORT="${WI_ROOT}/backend/target/benchmark/import-benchmark.txt"
BENCH_LOG="${WI_LOGS}/import-benchmark-maven.log"
props=()
heap="256m"

usage() {
  sed -n '7,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --workers) props+=("-Dworkforce.import-benchmark.workers=${2:?--workers needs a number}"); shift 2 ;;
    --weeks) props+=("-Dworkforce.import-benchmark.weeks=${2:?--weeks needs a number}"); shift 2 ;;
    --heap) heap="${2:?--heap needs a size such as 256m}"; shift 2 ;;
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
    echo "import-benchmark.sh: FAILED (exit ${rc}) after $(elapsed_total)s; Maven log: ${BENCH_LOG}"
  fi
  exit "${rc}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

phase "tools (Maven 3.9)"
have java || die "java is not installed (Java 17+ is needed)"
ensure_maven

phase "import benchmark: generate the file and import it three times"
rm -f "${REPORT}"
log "Maven log: ${BENCH_LOG}; progress lines start with BENCHMARK"
# the production size limit (50 MB) rather than the tests' 8 MB, so that --workers/--weeks can grow the file
set +e
run_maven -B -ntp -pl backend test \
  -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dworkforce.import-benchmark=true "-DargLine=-Xmx${heap}" \
  "-D%test.workforce.imports.max-bytes=52428800" "${props[@]}" 2>&1 \
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
echo "import-benchmark.sh: done in $(elapsed_total)s"
