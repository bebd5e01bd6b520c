#!/usr/bin/env bash
# A newcomer's first minutes, as CI runs them: clone the repository into an empty folder, run
# exactly the README's set-up and quick-start commands and every example command of its Commands
# section (each line of the ```sh blocks in "## Quick start" and "## Commands", in order), and fail
# on a non-zero exit, on a warning printed by npm install, or on a first salesplan run slower than
# 5 s. `npm link` goes into a private prefix, so the machine's global folder is never touched.
#   scripts/newcomer.sh [repository]   (default: the repository this script is in, at its HEAD commit)
set -euo pipefail

repo="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
commit="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet "$repo" "$work/salesplan"
cd "$work/salesplan"
git checkout --quiet "$commit"
export npm_config_prefix="$work/prefix" npm_config_update_notifier=false npm_config_fund=false
export PATH="$work/prefix/bin:$PATH" SALESPLAN_CACHE_DIR="$work/cache"

# The command lines of the README's sh blocks under the two sections a newcomer follows.
mapfile -t commands < <(awk '
  /^## / { section = ($0 ~ /^## (Quick start|Commands)$/) }
  /^```/ { if (inblock) { inblock = 0 } else if (section && $0 ~ /^```sh/) { inblock = 1 }; next }
  inblock && $0 !~ /^[[:space:]]*(#|$)/ { sub(/[[:space:]]+#.*$/, ""); print }
' README.md)
if [ "${#commands[@]}" -lt 3 ]; then
  echo "newcomer: found ${#commands[@]} commands in README.md; expected the quick start and the examples" >&2
  exit 1
fi

first=1
for command in "${commands[@]}"; do
  printf '$ %s\n' "$command"
  start=$(date +%s%N)
  if ! output=$(bash -c "$command" 2>&1); then
    printf '%s\n' "$output"
    echo "newcomer: failed: $command" >&2
    exit 1
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%s\n' "$output" | head -n 5
  echo "  ($ms ms)"
  if [[ "$command" == npm\ * ]] && grep -qiE '^npm (warn|error)|ERESOLVE|peer dep' <<<"$output"; then
    echo "newcomer: $command printed warnings" >&2
    exit 1
  fi
  if [[ "$command" == salesplan\ * && $first == 1 ]]; then
    first=0
    if (( ms > 5000 )); then
      echo "newcomer: the first run took $ms ms (more than 5 s): $command" >&2
      exit 1
    fi
  fi
done
echo "newcomer: ${#commands[@]} commands from README.md passed"
