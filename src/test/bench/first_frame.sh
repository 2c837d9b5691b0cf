#!/usr/bin/env bash
# Starts the game N times (default 5) in an 80x24 tmux window, as a player would with ./play,
# quits it, and prints each start's first frame (the menu) and whole first screen, in ms after the
# JVM started, from the game's own log, then the medians. Usage: src/test/bench/first_frame.sh [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
n="${1:-5}"
saves="$(mktemp -d)"
sock="vp-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$saves"' EXIT
"$here/play" --version >/dev/null # builds the jar and the class-data archive first, if needed
for i in $(seq 1 "$n"); do
  tmux -L "$sock" new-session -d -s bench -x 80 -y 24 "$here/play --profile bench$i --saves $saves"
  for _ in $(seq 1 100); do
    grep -qs "profile bench$i: first frame" "$saves"/logs/*.log* && break
    sleep 0.1
  done
  tmux -L "$sock" send-keys -t bench q
  for _ in $(seq 1 50); do tmux -L "$sock" has-session -t bench 2>/dev/null || break; sleep 0.1; done
done
figures="$(grep -h ": first frame" "$saves"/logs/*.log* |
  sed -E 's/.*profile (bench[0-9]+): first frame ([0-9]+) ms[^(]*(\(the menu; the whole screen at ([0-9]+) ms\))?.*/\1 \2 \4/' |
  awk '{ print $1, $2, ($3 == "" ? $2 : $3) }')"
echo "$figures" | awk '{ printf "%s: first frame %d ms, whole screen %d ms\n", $1, $2, $3 }'
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "median of $(echo "$figures" | wc -l) starts: first frame $(echo "$figures" | cut -d' ' -f2 | median) ms," \
  "whole screen $(echo "$figures" | cut -d' ' -f3 | median) ms"
