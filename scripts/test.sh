#!/bin/sh
# `npm test` (and CI): the build, then every test, while ESLint, Prettier's check and the tests' type check
# (tsconfig.test.json: the build checks src/ only) run beside them.
# The tests need the build (the cli project runs dist/), not the lint; on two cores, lint and format
# fill the time the test run leaves idle (its start, its last file) instead of coming before it. They
# run at a lower priority (nice), so that the build and the tests, which wait on each other, come
# first. The build is incremental (tsconfig.json: dist/.tsbuildinfo, so a fresh clone or an
# `rm -rf dist` builds everything). Lint's and format's reports are printed after the tests, so they
# do not interleave. Everything runs to its end, so one run shows every problem; the status is 1 if
# anything failed. Arguments go to vitest (`npm test -- --reporter=json ...`).
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
nice -n 10 npm run --silent lint >"$out/lint" 2>&1 &
lint=$!
nice -n 10 npm run --silent format:check >"$out/format" 2>&1 &
format=$!
nice -n 10 npm run --silent typecheck:test >"$out/types" 2>&1 &
types=$!
status=0
if npm run build; then
  npx vitest run "$@" || status=1
else
  status=1
  echo 'npm test: the build failed, so the tests did not run' >&2
fi
wait "$lint" || status=1
echo '> npm run lint'
cat "$out/lint"
wait "$format" || status=1
echo '> npm run format:check'
cat "$out/format"
wait "$types" || status=1
echo '> npm run typecheck:test'
cat "$out/types"
[ "$status" -eq 0 ] || echo 'npm test: failed (see above)' >&2
exit "$status"
