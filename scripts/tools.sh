#!/usr/bin/env bash
# Installs what a fresh machine lacks, idempotently. Called by run.sh and test.sh.
#
#   scripts/tools.sh [run|test]
#
#   both: Maven 3.9.x into .cache/maven and the Keycloak distribution into
#         .cache/downloads (both from Maven Central through the machine's Maven),
#         and `npm ci` in frontend/ when node_modules is missing or
#         package-lock.json changed.
#   test: also Chromium (end-to-end tests) and docker-compose (compose file check)
#         from Debian's packages, when missing and when running as root.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purpose="${1:-test}"
case "${purpose}" in
  run | test) ;;
  *) die "usage: $0 [run|test]" ;;
esac

have java || die "java is not installed (Java 17+ is needed)"
have curl || die "curl is not installed"
have node || die "node is not installed (Node.js 20+ is needed)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
(( node_major >= 20 )) || die "Node.js 20+ is needed (found $(node -v))"

ensure_maven
ensure_keycloak_dist

if [[ "${purpose}" == "test" ]]; then
  ensure_apt_package chromium chromium
  # Only the compose client is needed (to check docker/compose.yaml), not the engine.
  ensure_apt_package docker-compose docker-compose --no-install-recommends
fi

ensure_frontend_deps

log "tools ready: $("${MAVEN_HOME_DIR}/bin/mvn" -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g'), node $(node -v), Keycloak ${KEYCLOAK_VERSION}"
