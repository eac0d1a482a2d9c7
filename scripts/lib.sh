# shellcheck shell=bash disable=SC2034
# Shared functions for the Workforce Insight scripts. Source it; do not run it.
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ -n "${WI_LIB_LOADED:-}" ]]; then
  return 0
fi
WI_LIB_LOADED=1

WI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WI_CACHE="${WI_ROOT}/.cache"
WI_LOGS="${WI_CACHE}/logs"
WI_DOWNLOADS="${WI_CACHE}/downloads"

KEYCLOAK_VERSION="26.5.6"
KEYCLOAK_REALM="workforce-insight"
KEYCLOAK_REALM_FILE="${WI_ROOT}/docker/keycloak/workforce-insight-realm.json"
# Maven 3.9.x is needed by quarkus:dev (Debian ships 3.8.7). Tried in this order.
MAVEN_VERSIONS=("3.9.11" "3.9.9")
MAVEN_HOME_DIR="${WI_CACHE}/maven"
# Pinned so the download step does not depend on whichever plugin version is newest.
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

mkdir -p "${WI_LOGS}" "${WI_DOWNLOADS}"

# ---- messages ---------------------------------------------------------------

wi_script_name="$(basename "${0:-wi}")"

log() {
  printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "${wi_script_name}" "$*"
}

warn() {
  printf '%s [%s] WARNING: %s\n' "$(date +%H:%M:%S)" "${wi_script_name}" "$*" >&2
}

die() {
  printf '%s [%s] ERROR: %s\n' "$(date +%H:%M:%S)" "${wi_script_name}" "$*" >&2
  exit 1
}

# ---- timing -----------------------------------------------------------------

WI_T0="${WI_T0:-$(date +%s)}"
WI_PHASE_NAME=""
WI_PHASE_START=0
WI_TIMINGS=()

# phase NAME: ends the current phase (if any) and starts a new one.
phase() {
  phase_end
  WI_PHASE_NAME="$1"
  WI_PHASE_START="$(date +%s)"
  log "==> ${WI_PHASE_NAME}"
}

phase_end() {
  if [[ -n "${WI_PHASE_NAME}" ]]; then
    local secs=$(( $(date +%s) - WI_PHASE_START ))
    WI_TIMINGS+=("$(printf '%5ss  %s' "${secs}" "${WI_PHASE_NAME}")")
    log "<== ${WI_PHASE_NAME} (${secs}s)"
    WI_PHASE_NAME=""
  fi
}

print_timings() {
  phase_end
  local line
  log "timings:"
  for line in "${WI_TIMINGS[@]}"; do
    printf '    %s\n' "${line}"
  done
  printf '    %5ss  total\n' "$(( $(date +%s) - WI_T0 ))"
}

elapsed_total() {
  echo "$(( $(date +%s) - WI_T0 ))"
}

# ---- tools ------------------------------------------------------------------

is_root() {
  [[ "$(id -u)" -eq 0 ]]
}

have() {
  command -v "$1" >/dev/null 2>&1
}

# The Maven to build with: the fetched 3.9.x if present, else the machine's.
maven_cmd() {
  if [[ -x "${MAVEN_HOME_DIR}/bin/mvn" ]]; then
    echo "${MAVEN_HOME_DIR}/bin/mvn"
  elif have mvn; then
    command -v mvn
  else
    die "no Maven found: run scripts/tools.sh (needs a 'mvn' on PATH to bootstrap)"
  fi
}

# fetch_artifact GROUP:ARTIFACT:VERSION:TYPE[:CLASSIFIER] -> copies it into .cache/downloads.
# Uses the machine's Maven and its configured repositories. Runs outside the project
# so that the project's pom.xml is not read.
fetch_artifact() {
  local coords="$1"
  local mvn
  mvn="$(maven_cmd)"
  ( cd "${WI_DOWNLOADS}" && "${mvn}" -B -q "${DEPENDENCY_PLUGIN}:copy" \
      -Dartifact="${coords}" -DoutputDirectory="${WI_DOWNLOADS}" )
}

# ---- processes and readiness ------------------------------------------------

# pid_alive PIDFILE: true when the pid file names a running process.
pid_alive() {
  local pidfile="$1" pid
  [[ -f "${pidfile}" ]] || return 1
  pid="$(cat "${pidfile}" 2>/dev/null || true)"
  [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null
}

# stop_pidfile PIDFILE NAME: TERM, wait up to 30 s, then KILL; removes the pid file.
stop_pidfile() {
  local pidfile="$1" name="$2" pid i
  if ! pid_alive "${pidfile}"; then
    rm -f "${pidfile}"
    return 0
  fi
  pid="$(cat "${pidfile}")"
  log "stopping ${name} (pid ${pid})"
  kill -TERM "${pid}" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "${pid}" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "${pid}" 2>/dev/null; then
    warn "${name} did not stop in 30s; killing it"
    # The scripts start services with setsid, so the pid is also a process group id.
    kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "${pid}" 2>/dev/null || true
  fi
  rm -f "${pidfile}"
}

# port_in_use PORT: true when something listens on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_http URL TIMEOUT_SECONDS [PIDFILE] [LOGFILE]: waits for HTTP 200.
# Fails early if the process in PIDFILE dies; prints the log tail on failure.
wait_http() {
  local url="$1" timeout="$2" pidfile="${3:-}" logfile="${4:-}"
  local deadline=$(( $(date +%s) + timeout ))
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "${url}" 2>/dev/null; then
      return 0
    fi
    if [[ -n "${pidfile}" ]] && ! pid_alive "${pidfile}"; then
      warn "process for ${url} exited before it was ready"
      [[ -n "${logfile}" && -f "${logfile}" ]] && tail -n 60 "${logfile}" >&2
      return 1
    fi
    if (( $(date +%s) >= deadline )); then
      warn "timed out after ${timeout}s waiting for ${url}"
      [[ -n "${logfile}" && -f "${logfile}" ]] && tail -n 60 "${logfile}" >&2
      return 1
    fi
    sleep 1
  done
}

# keycloak_ports MODE -> "HTTP_PORT MANAGEMENT_PORT"
keycloak_ports() {
  case "$1" in
    run) echo "8180 9180" ;;
    test) echo "8181 9181" ;;
    *) die "unknown Keycloak mode '$1' (expected run or test)" ;;
  esac
}

# ---- fetched tools (idempotent) ---------------------------------------------

# ensure_maven: Maven 3.9.x under .cache/maven (from Maven Central via the machine's Maven).
ensure_maven() {
  local v tarball
  if [[ -x "${MAVEN_HOME_DIR}/bin/mvn" ]]; then
    return 0
  fi
  for v in "${MAVEN_VERSIONS[@]}"; do
    tarball="${WI_DOWNLOADS}/apache-maven-${v}-bin.tar.gz"
    if [[ ! -s "${tarball}" ]]; then
      log "fetching Maven ${v}"
      if ! fetch_artifact "org.apache.maven:apache-maven:${v}:tar.gz:bin"; then
        warn "could not fetch Maven ${v}"
        continue
      fi
    fi
    if [[ -s "${tarball}" ]]; then
      rm -rf "${MAVEN_HOME_DIR}.tmp"
      mkdir -p "${MAVEN_HOME_DIR}.tmp"
      tar -xzf "${tarball}" -C "${MAVEN_HOME_DIR}.tmp" --strip-components=1
      rm -rf "${MAVEN_HOME_DIR}"
      mv "${MAVEN_HOME_DIR}.tmp" "${MAVEN_HOME_DIR}"
      log "Maven ${v} installed in ${MAVEN_HOME_DIR}"
      return 0
    fi
  done
  die "could not install Maven 3.9.x (tried ${MAVEN_VERSIONS[*]})"
}

keycloak_tarball() {
  echo "${WI_DOWNLOADS}/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.tar.gz"
}

# ensure_keycloak_dist: the Keycloak distribution tarball in .cache/downloads.
ensure_keycloak_dist() {
  local tarball
  tarball="$(keycloak_tarball)"
  if [[ -s "${tarball}" ]]; then
    return 0
  fi
  log "fetching Keycloak ${KEYCLOAK_VERSION} (about 160 MB)"
  fetch_artifact "org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:tar.gz" \
    || die "could not fetch Keycloak ${KEYCLOAK_VERSION}"
  [[ -s "${tarball}" ]] || die "Keycloak download did not produce ${tarball}"
}

# ensure_apt_package COMMAND PACKAGE [APT_OPTIONS...]: installs a Debian package when
# COMMAND is missing.
ensure_apt_package() {
  local cmd="$1" pkg="$2"
  shift 2
  if have "${cmd}"; then
    return 0
  fi
  if ! is_root; then
    die "'${cmd}' is missing; install the Debian package '${pkg}' (apt-get install ${pkg}) and run again"
  fi
  if ! have apt-get; then
    die "'${cmd}' is missing and apt-get is not available; install '${pkg}' by hand"
  fi
  log "installing ${pkg} with apt-get"
  if [[ -z "${WI_APT_UPDATED:-}" ]]; then
    apt_get update -q
    WI_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt_get install -y -qq "$@" "${pkg}"
  have "${cmd}" || die "installed ${pkg} but '${cmd}' is still missing"
}

# apt_get ARGS...: apt-get that waits (up to 10 minutes) for another apt/dpkg to finish.
apt_get() {
  apt-get -o DPkg::Lock::Timeout=600 "$@"
}

# ensure_frontend_deps: npm ci when node_modules is missing or package-lock.json changed.
ensure_frontend_deps() {
  local fe="${WI_ROOT}/frontend" stamp sum
  if [[ ! -f "${fe}/package.json" ]]; then
    warn "frontend/package.json not found; skipping npm ci"
    return 0
  fi
  [[ -f "${fe}/package-lock.json" ]] || die "frontend/package-lock.json is missing (npm ci needs it)"
  have npm || die "npm is not installed (Node.js 20+ with npm is needed)"
  stamp="${fe}/node_modules/.wi-package-lock.sha256"
  sum="$(sha256sum "${fe}/package-lock.json" | cut -d' ' -f1)"
  if [[ -d "${fe}/node_modules" && -f "${stamp}" && "$(cat "${stamp}")" == "${sum}" ]]; then
    return 0
  fi
  log "npm ci in frontend/"
  ( cd "${fe}" && npm ci --no-audit --no-fund )
  printf '%s\n' "${sum}" > "${stamp}"
}

# run_maven ARGS...: the fetched Maven 3.9, from the repository root.
# (As root, the embedded PostgreSQL still starts: zonky wraps initdb and postgres in
# `unshare -U`, so nothing here needs another user.)
run_maven() {
  local mvn
  mvn="$(maven_cmd)"
  ( cd "${WI_ROOT}" && "${mvn}" "$@" )
}
