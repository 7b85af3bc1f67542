#!/usr/bin/env bash
# Every output a speed change must leave as it was, written by one build as processes (bin/ropa.js), to be compared with
# another build's by `cmp`: `gaps` in text, JSON, SARIF and Markdown, `notice` (Markdown and HTML, nb, nn and en, draft and
# final) and `report` (xlsx), on each registry given. Run both builds from the same folder (the outputs hold paths relative to it).
#
#   bench/same-bytes.sh BUILD OUT REGISTRY...      # writes OUT/<registry>.<output>
#   bench/same-bytes.sh --compare OUT_A OUT_B      # names what differs; exit 1 if anything does
#
# docs/performance.md (session 42) names the registries it was run on: the example, generated ones (bench/generate.js),
# corpus bases and a copy with characters outside Latin-1 (Greek, Cyrillic, ſ, K, ǅ, an astral letter) in its texts.
set -u
if [ "${1:-}" = "--compare" ]; then
  a=$2 b=$3 n=0 bad=0
  for f in $(cd "$a" && ls) $(cd "$b" && ls); do echo "$f"; done | sort -u > /tmp/same-bytes-names.$$
  while read -r f; do
    n=$((n + 1))
    if ! cmp -s "$a/$f" "$b/$f"; then bad=$((bad + 1)); echo "differs: $f"; fi
  done < /tmp/same-bytes-names.$$
  rm -f /tmp/same-bytes-names.$$
  echo "$n outputs, $bad differ"
  [ "$bad" -eq 0 ]
  exit
fi
build=$1 out=$2
shift 2
mkdir -p "$out"
ropa() { NO_COLOR=1 ROPA_JOBS=1 node "$build/bin/ropa.js" "$@"; }
for reg in "$@"; do
  name=$(echo "$reg" | tr '/' '_')
  for f in text json sarif markdown; do
    ropa gaps "$reg" --today 2026-12-05 -f "$f" > "$out/$name.gaps.$f" 2>&1; echo "exit $?" >> "$out/$name.gaps.$f"
  done
  ropa notice "$reg" --draft -f md > "$out/$name.notice.md" 2>&1; echo "exit $?" >> "$out/$name.notice.md"
  # The notice in every language and format, a draft and not (a language the registry lacks is refused: that too must stay).
  for lang in nb nn en; do
    for f in md html; do
      ropa notice "$reg" --draft --lang "$lang" -f "$f" > "$out/$name.notice.$lang.draft.$f" 2>&1; echo "exit $?" >> "$out/$name.notice.$lang.draft.$f"
      ropa notice "$reg" --lang "$lang" -f "$f" > "$out/$name.notice.$lang.$f" 2>&1; echo "exit $?" >> "$out/$name.notice.$lang.$f"
    done
  done
  ropa report "$reg" -f xlsx -o "$out/$name.report.xlsx" > "$out/$name.report.log" 2>&1; echo "exit $?" >> "$out/$name.report.log"
done
