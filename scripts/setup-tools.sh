#!/usr/bin/env bash
# The tools outside Python's session venvs, installed the same way for a developer and for CI.
#   bash scripts/setup-tools.sh [python] [node] [redis]     (no argument: all three)
# python: nox (its version is the one pinned in pyproject's dev extra) and uv, from PyPI.
# node:   Prism and Spectral, versions pinned by tools/node/package-lock.json (`npm ci`); without
#         them the Prism cross-check, the Spectral lint and the mock benchmark skip.
# redis:  Debian's redis-server; without it the shared (Redis) rate-limiter tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.9.9
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

python_tools() {
  local nox_pin
  nox_pin=$(grep -o '"nox==[^"]*"' pyproject.toml | tr -d '"')
  python3 -m pip install -q --disable-pip-version-check "$nox_pin" "uv==$UV_VERSION"
}

node_tools() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup-tools: npm not found (install Node.js 20+, e.g. apt-get install nodejs npm)" >&2
    return 1
  fi
  npm ci --prefix tools/node --no-audit --no-fund --loglevel=error
}

redis_tools() {
  if ! command -v redis-server >/dev/null 2>&1; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
      redis-server >/dev/null
  fi
}

steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(python node redis)
for step in "${steps[@]}"; do
  case "$step" in
    python) python_tools ;;
    node) node_tools ;;
    redis) redis_tools ;;
    *) echo "setup-tools: unknown step '$step' (python, node, redis)" >&2; exit 2 ;;
  esac
done
