#!/usr/bin/env bash
# Lighthouse (mobile profile) on signed-in pages of an already running app: the overview as the
# workforce lead and a team page as a team manager. A measurement, not a test: it is not part of
# scripts/test.sh. docs/frontend-quality.md has the figures and what they mean.
#
#   scripts/lighthouse.sh [BASE_URL]          (default http://127.0.0.1:8089)
#
# Environment:
#   CHROME_PATH         the browser to audit with (default /usr/bin/chromium; none is ever downloaded)
#   LIGHTHOUSE_OUT      where the JSON and HTML reports go (default frontend/test-results/lighthouse)
#   LIGHTHOUSE_RUNS     runs per page; the median run by performance score is reported (default 3)
#   LIGHTHOUSE_PASSWORD the demo users' password (default demo)
#
# Lighthouse comes from the npm registry at the exact versions in scripts/lighthouse/package-lock.json,
# installed into .cache/lighthouse (kept out of frontend/package.json: the app's build and CI need none
# of its ~100 packages). Its install runs no package scripts, so nothing can fetch a browser.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

base_url="${1:-http://127.0.0.1:8089}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROME_DOWNLOAD=1 PUPPETEER_SKIP_CHROME_HEADLESS_SHELL_DOWNLOAD=1
export LIGHTHOUSE_OUT="${LIGHTHOUSE_OUT:-${WI_ROOT}/frontend/test-results/lighthouse}"

[[ -x "${CHROME_PATH}" ]] || die "no browser at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)"
curl -sf "${base_url}/q/health/ready" >/dev/null || die "the app is not running at ${base_url}"

# Installed again only when the pinned lockfile changed.
src="${WI_ROOT}/scripts/lighthouse"
dest="${WI_CACHE}/lighthouse"
if ! cmp -s "${src}/package-lock.json" "${dest}/package-lock.json" || [[ ! -d "${dest}/node_modules/lighthouse" ]]; then
  log "installing Lighthouse into ${dest}"
  rm -rf "${dest}"
  mkdir -p "${dest}"
  cp "${src}/package.json" "${src}/package-lock.json" "${dest}/"
  (cd "${dest}" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"${WI_LOGS}/lighthouse-install.log" 2>&1) \
    || { tail -20 "${WI_LOGS}/lighthouse-install.log"; die "npm ci for Lighthouse failed"; }
fi

mkdir -p "${LIGHTHOUSE_OUT}"
# Beside its node_modules, so that its imports resolve to the pinned Lighthouse.
cp "${src}/audit.mjs" "${dest}/audit.mjs"
node "${dest}/audit.mjs" "${base_url}"
