#!/usr/bin/env bash
# README command 1: runs Workforce Insight on this machine with the demo council.
#
#   scripts/run.sh
#
# Fetches what is missing (Maven 3.9, Keycloak, npm packages), builds the front end
# and the backend, starts Keycloak with the demo realm on 127.0.0.1:8180 and the
# app (API + UI, embedded PostgreSQL with the demo data) on 127.0.0.1:8080, then
# stays in the foreground until Ctrl-C, which stops both.
#
# The database lives in .data/postgres and is kept between runs.
#
# Options (environment):
#   WI_SKIP_BUILD=1   start without building (uses the last build)
#   WI_APP_PORT       port of the app (default 8080)
#   WI_APP_JAVA_OPTS  extra JVM options for the app, e.g. "-Xmx1g"
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP_PORT="${WI_APP_PORT:-8080}"
APP_JAR="${WI_ROOT}/backend/target/quarkus-app/quarkus-run.jar"
APP_PIDFILE="${WI_CACHE}/app-run.pid"
APP_LOG="${WI_LOGS}/app-run.log"
DB_DIR="${WI_ROOT}/.data/postgres"
KC_URL="http://127.0.0.1:8180"
ISSUER="${KC_URL}/realms/${KEYCLOAK_REALM}"

stopping=""
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "${stopping}" ]] && return
  stopping=1
  trap - INT TERM
  # Output may go to a pipe whose reader Ctrl-C has already ended (run.sh | tee):
  # writing must not kill us before the services are stopped.
  trap '' PIPE
  stop_pidfile "${APP_PIDFILE}" "Workforce Insight app"
  "${WI_ROOT}/scripts/keycloak.sh" stop run || true
  log "stopped"
  exit "${rc}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

phase "tools (Maven 3.9, Keycloak ${KEYCLOAK_VERSION}, npm packages)"
"${WI_ROOT}/scripts/tools.sh" run


if pid_alive "${APP_PIDFILE}"; then
  die "Workforce Insight is already running (pid $(cat "${APP_PIDFILE}")): stop it first (Ctrl-C where it runs, or kill $(cat "${APP_PIDFILE}"))"
fi
if port_in_use "${APP_PORT}"; then
  die "port ${APP_PORT} is already in use by another process; stop it (or set WI_APP_PORT) and run again"
fi

if [[ "${WI_SKIP_BUILD:-}" != "1" ]]; then
  phase "build front end (frontend/dist)"
  [[ -f "${WI_ROOT}/frontend/package.json" ]] || die "frontend/package.json not found"
  ( cd "${WI_ROOT}/frontend" && npm run build )

  phase "build backend (first build downloads dependencies)"
  run_maven -B -q -DskipTests package
fi
[[ -f "${APP_JAR}" ]] || die "${APP_JAR} not found: the backend build did not produce it"

# A Keycloak left over from a run that was not stopped cleanly: start afresh.
"${WI_ROOT}/scripts/keycloak.sh" stop run

phase "start Keycloak (demo realm, ${KC_URL})"
"${WI_ROOT}/scripts/keycloak.sh" start run

phase "start app (embedded PostgreSQL in .data/postgres, demo data)"
read -r -a app_java_opts <<<"${WI_APP_JAVA_OPTS:-}"
log "app log: ${APP_LOG}"
WORKFORCE_DEMO_DATA_ENABLED=true \
WORKFORCE_EMBEDDED_DB_DIR="${DB_DIR}" \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT="${APP_PORT}" \
QUARKUS_OIDC_AUTH_SERVER_URL="${ISSUER}" \
  setsid java "${app_java_opts[@]}" -jar "${APP_JAR}" >"${APP_LOG}" 2>&1 </dev/null &
echo "$!" > "${APP_PIDFILE}"
wait_http "http://127.0.0.1:${APP_PORT}/q/health/ready" 600 "${APP_PIDFILE}" "${APP_LOG}" \
  || die "the app did not become ready; log: ${APP_LOG}"
phase_end

print_timings
cat <<EOF

  Workforce Insight is running:

      http://localhost:${APP_PORT}      (or http://127.0.0.1:${APP_PORT})

  API: http://127.0.0.1:${APP_PORT}/api/v1    contract: http://127.0.0.1:${APP_PORT}/q/openapi
  Keycloak (demo realm): ${ISSUER}   (re-imported from docker/keycloak/ at each start)
  Keycloak admin console: ${KC_URL}/admin (admin / admin)

  Demo logins (password for all: demo)
    username   role            sees
    lead       workforce-lead  Priya Shah: every service and team in the council
    senior     senior-manager  Martin Hale: every team in "Child Protection and Family Support"
    manager1   team-manager    Amira Khan: their team, "Assessment and Intervention North"
    manager2   team-manager    Tom Price: their team, "Child Protection East"
    hr         hr-absence-officer  Grace Obi: absences with sickness reasons, council-wide
    viewer     viewer          Nia Roberts: measures and benchmarks of every node, never a person
    dpo        data-protection-officer  Daniel Reyes: the audit trail
    norole     (none)          Owen Ellis: can sign in; every data page says access is denied (403)
  Machine clients (client credentials): workforce-insight-integration / integration-demo-secret (machine-read),
    workforce-insight-import / import-demo-secret (machine-read, machine-write)

  Logs: ${APP_LOG}
        ${WI_LOGS}/keycloak-run.log
  Data: ${DB_DIR} (kept between runs)

  Press Ctrl-C to stop.
EOF

app_pid="$(cat "${APP_PIDFILE}")"
# `wait` only works for children of this shell; the app is one.
set +e
wait "${app_pid}"
app_rc=$?
set -e
warn "the app exited (status ${app_rc}); see ${APP_LOG}"
exit "${app_rc}"
