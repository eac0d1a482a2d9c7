#!/usr/bin/env bash
# README command 2: runs every test. Exits non-zero on the first failure and always
# stops what it started.
#
#   scripts/test.sh
#
#  1. tools: Maven 3.9, Keycloak, Chromium, docker-compose, npm packages (when missing)
#  2. docker-compose -f docker/compose.yaml config -q
#  3. front end: contract lint, generated types up to date, type check, unit tests, build
#  4. Keycloak with the demo realm on 127.0.0.1:8181
#  5. backend: mvn verify (contract drift, unit and integration tests against embedded
#     PostgreSQL, real Keycloak token tests)
#  6. the packaged app on 127.0.0.1:8089 (fresh embedded database, demo data) and the
#     end-to-end tests in Chromium against it
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_URL="http://127.0.0.1:8181"
ISSUER="${KC_URL}/realms/${KEYCLOAK_REALM}"
E2E_PORT=8089
E2E_URL="http://127.0.0.1:${E2E_PORT}"
APP_JAR="${WI_ROOT}/backend/target/quarkus-app/quarkus-run.jar"
APP_PIDFILE="${WI_CACHE}/app-test.pid"
APP_LOG="${WI_LOGS}/app-e2e.log"
FRONTEND="${WI_ROOT}/frontend"
E2E_DB_DIR=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  trap '' PIPE  # the reader of a pipe may be gone already (Ctrl-C on `test.sh | tee`)
  set +e
  stop_pidfile "${APP_PIDFILE}" "end-to-end app"
  "${WI_ROOT}/scripts/keycloak.sh" stop test
  if [[ -n "${E2E_DB_DIR}" && -d "${E2E_DB_DIR}" ]]; then
    rm -rf "${E2E_DB_DIR}"
  fi
  if [[ "${rc}" -ne 0 ]]; then
    if [[ -n "${WI_PHASE_NAME}" ]]; then
      printf '%s [%s] FAILED during: %s\n' "$(date +%H:%M:%S)" "${wi_script_name}" "${WI_PHASE_NAME}" >&2
    fi
    print_timings
    echo "test.sh: FAILED (exit ${rc}) after $(elapsed_total)s"
  fi
  exit "${rc}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# free_port FROM: the first port from FROM upwards that nothing listens on.
free_port() {
  local p="$1"
  while port_in_use "${p}"; do
    p=$((p + 1))
  done
  echo "${p}"
}

phase "tools"
"${WI_ROOT}/scripts/tools.sh" test

phase "compose file check (docker-compose config -q)"
( cd "${WI_ROOT}" && docker-compose -f docker/compose.yaml config -q )
log "docker/compose.yaml is valid"

phase "front end: contract lint (Redocly)"
[[ -f "${FRONTEND}/package.json" ]] || die "frontend/package.json not found"
( cd "${FRONTEND}" && npm run lint:contract )

phase "front end: generated API types are up to date"
( cd "${FRONTEND}" && npm run check:types )

phase "front end: type check"
( cd "${FRONTEND}" && npm run typecheck )

phase "front end: unit tests"
( cd "${FRONTEND}" && npm test )

phase "front end: build"
( cd "${FRONTEND}" && npm run build )

# Fresh each run: the realm is imported from the current JSON.
"${WI_ROOT}/scripts/keycloak.sh" stop test
stop_pidfile "${APP_PIDFILE}" "earlier end-to-end app"
if port_in_use "${E2E_PORT}"; then
  die "port ${E2E_PORT} is already in use by another process; stop it and run again"
fi

phase "start Keycloak (test realm, ${KC_URL})"
"${WI_ROOT}/scripts/keycloak.sh" start test

phase "backend: mvn verify (embedded PostgreSQL, real Keycloak tokens)"
run_maven -B -ntp verify -Dkeycloak.url="${KC_URL}"

phase "start packaged app for end-to-end tests (${E2E_URL})"
[[ -f "${APP_JAR}" ]] || die "${APP_JAR} not found after mvn verify"
E2E_DB_DIR="$(mktemp -d "${TMPDIR:-/tmp}/wi-e2e-db.XXXXXX")"
E2E_DB_PORT="$(free_port 55433)"
log "app log: ${APP_LOG} (embedded PostgreSQL in ${E2E_DB_DIR}, port ${E2E_DB_PORT})"
WORKFORCE_DEMO_DATA_ENABLED=true \
WORKFORCE_EMBEDDED_DB_DIR="${E2E_DB_DIR}/postgres" \
WORKFORCE_EMBEDDED_DB_PORT="${E2E_DB_PORT}" \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT="${E2E_PORT}" \
QUARKUS_OIDC_AUTH_SERVER_URL="${ISSUER}" \
  setsid java -jar "${APP_JAR}" >"${APP_LOG}" 2>&1 </dev/null &
echo "$!" > "${APP_PIDFILE}"
wait_http "${E2E_URL}/q/health/ready" 600 "${APP_PIDFILE}" "${APP_LOG}" \
  || die "the end-to-end app did not become ready; log: ${APP_LOG}"

phase "end-to-end tests in Chromium (npm run e2e)"
( cd "${FRONTEND}" && \
  E2E_BASE_URL="${E2E_URL}" \
  E2E_KEYCLOAK_URL="${KC_URL}" \
  E2E_CHROMIUM_PATH="$(command -v chromium)" \
  npm run e2e )

phase "stop services"
stop_pidfile "${APP_PIDFILE}" "end-to-end app"
"${WI_ROOT}/scripts/keycloak.sh" stop test
phase_end

print_timings
echo "test.sh: all passed in $(elapsed_total)s"
