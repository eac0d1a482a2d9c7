#!/usr/bin/env bash
# Starts and stops the local Keycloak with the Workforce Insight demo realm.
#
#   scripts/keycloak.sh start|stop|wait|status [run|test]
#
#   run  -> http://127.0.0.1:8180 (management 9180), used by scripts/run.sh
#   test -> http://127.0.0.1:8181 (management 9181), used by scripts/test.sh
#
# Each start uses a fresh data/ directory, so the realm is always imported from
# docker/keycloak/workforce-insight-realm.json as it is now. The token issuer is
# always http://127.0.0.1:PORT/realms/workforce-insight.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  echo "usage: $0 start|stop|wait|status [run|test]" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
action="$1"
mode="${2:-run}"
[[ "${mode}" == "run" || "${mode}" == "test" ]] || usage
read -r KC_PORT KC_MGMT_PORT <<<"$(keycloak_ports "${mode}")"
KC_HOME="${WI_CACHE}/keycloak-${mode}"
KC_PIDFILE="${WI_CACHE}/keycloak-${mode}.pid"
KC_LOG="${WI_LOGS}/keycloak-${mode}.log"
KC_ISSUER="http://127.0.0.1:${KC_PORT}/realms/${KEYCLOAK_REALM}"
KC_WAIT_SECONDS="${KC_WAIT_SECONDS:-300}"

extract_dist() {
  local marker="${KC_HOME}/.wi-keycloak-version"
  if [[ -x "${KC_HOME}/bin/kc.sh" && -f "${marker}" && "$(cat "${marker}")" == "${KEYCLOAK_VERSION}" ]]; then
    return 0
  fi
  ensure_keycloak_dist
  log "extracting Keycloak ${KEYCLOAK_VERSION} into ${KC_HOME}"
  rm -rf "${KC_HOME}"
  mkdir -p "${KC_HOME}"
  tar -xzf "$(keycloak_tarball)" -C "${KC_HOME}" --strip-components=1
  printf '%s\n' "${KEYCLOAK_VERSION}" > "${marker}"
}

wait_ready() {
  wait_http "${KC_ISSUER}/.well-known/openid-configuration" "${KC_WAIT_SECONDS}" "${KC_PIDFILE}" "${KC_LOG}" \
    || die "Keycloak (${mode}) did not become ready; log: ${KC_LOG}"
}

start() {
  if pid_alive "${KC_PIDFILE}"; then
    log "Keycloak (${mode}) is already running (pid $(cat "${KC_PIDFILE}")); waiting for it"
    wait_ready
    return 0
  fi
  if port_in_use "${KC_PORT}" || port_in_use "${KC_MGMT_PORT}"; then
    die "port ${KC_PORT} or ${KC_MGMT_PORT} is already in use by another process; stop it and run again"
  fi
  [[ -f "${KEYCLOAK_REALM_FILE}" ]] || die "realm file not found: ${KEYCLOAK_REALM_FILE}"
  have java || die "java is not installed (Java 17+ is needed)"
  extract_dist

  # Fresh data every start: the realm is imported from the current JSON.
  rm -rf "${KC_HOME}/data"
  mkdir -p "${KC_HOME}/data/import"
  cp "${KEYCLOAK_REALM_FILE}" "${KC_HOME}/data/import/"

  log "starting Keycloak ${KEYCLOAK_VERSION} (${mode}) on http://127.0.0.1:${KC_PORT}, log: ${KC_LOG}"
  # setsid: its own process group, so Ctrl-C in the terminal reaches our trap, not Keycloak.
  # A local admin account (master realm) for the admin console; only on 127.0.0.1.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    setsid "${KC_HOME}/bin/kc.sh" start-dev \
      --import-realm \
      --http-host=127.0.0.1 \
      --http-port="${KC_PORT}" \
      --http-management-port="${KC_MGMT_PORT}" \
      --hostname="http://127.0.0.1:${KC_PORT}" \
      --health-enabled=true \
      >"${KC_LOG}" 2>&1 </dev/null &
  echo "$!" > "${KC_PIDFILE}"
  wait_ready
  log "Keycloak (${mode}) is ready: issuer ${KC_ISSUER}"
}

stop() {
  stop_pidfile "${KC_PIDFILE}" "Keycloak (${mode})"
}

case "${action}" in
  start) start ;;
  stop) stop ;;
  wait) wait_ready ;;
  status)
    if pid_alive "${KC_PIDFILE}"; then
      echo "Keycloak (${mode}) running, pid $(cat "${KC_PIDFILE}"), issuer ${KC_ISSUER}"
    else
      echo "Keycloak (${mode}) not running"
      exit 1
    fi
    ;;
  *) usage ;;
esac
