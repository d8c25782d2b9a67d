#!/usr/bin/env bash
# Fresh-venv install: wall time, size, and a check that no torch was pulled in.
# Usage: bench/install_bench.sh [REPO_DIR]   (default: this checkout)
set -euo pipefail
repo="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
venv="$(mktemp -d /tmp/shopagent-install-bench.XXXXXX)/venv"
python3 -m venv "$venv"
# shellcheck disable=SC1091
. "$venv/bin/activate"
# The README's install command: the first line that runs `pip install`.
install_cmd="$(grep -m1 -E 'pip install' "$repo/README.md" | sed -e 's/^[[:space:]`$]*//' -e 's/`*[[:space:]]*$//')"
if [ -z "$install_cmd" ]; then
    echo "no pip install line found in $repo/README.md" >&2
    exit 1
fi
echo "install command: $install_cmd"
start=$(date +%s)
(cd "$repo" && eval "$install_cmd") > /tmp/install_bench.log 2>&1
end=$(date +%s)
echo "install wall time           $((end - start)) s (log: /tmp/install_bench.log)"
printf 'venv size                   %s\n' "$(du -sh "$venv" | cut -f1)"
if pip list 2>/dev/null | grep -i torch; then
    echo "torch present: FAIL"
    exit 1
fi
echo "torch present               no"
start=$(date +%s)
SHOPAGENT_HOME="$(mktemp -d)" shopagent catalog stats --json > /dev/null
end=$(date +%s)
echo "first run (catalog stats)   $((end - start)) s"
