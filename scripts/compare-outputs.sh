#!/usr/bin/env bash
# Behaviour unchanged? Runs the CLI of two built checkouts (e.g. `git worktree add /tmp/base
# <commit> && (cd /tmp/base && npm ci)`) on the same inputs — every example and fixture
# contract, both golden cases in every report format with per-lead files, generated HubSpot
# and Salesforce exports on the streaming and DuckDB engines, a joined export, diff, due,
# scorecard, log and the usual errors — and compares every output, stderr and exit code
# byte for byte. Used for refactors that must not change what users see.
# usage: scripts/compare-outputs.sh BASE_DIR HEAD_DIR
set -u
BASE=$1; HEAD=$2; OUT=/tmp/compare; rm -rf $OUT; mkdir -p $OUT/base $OUT/head
DATA=/tmp/compare-data; mkdir -p $DATA
[ -f $DATA/hub.csv ] || (cd $HEAD && node scripts/gen.js --rows 5000 --format hubspot --seed 7 --out $DATA/hub.csv >/dev/null 2>&1 || node scripts/gen.js --rows 5000 --format hubspot --seed 7 > $DATA/hub.csv)
[ -f $DATA/sf.csv ] || (cd $HEAD && node scripts/gen.js --rows 3000 --format salesforce --seed 3 --out $DATA/sf.csv >/dev/null 2>&1 || node scripts/gen.js --rows 3000 --format salesforce --seed 3 > $DATA/sf.csv)
run() { # side name args...
  local side=$1 dir=$2 name=$3; shift 3
  (cd $dir && node bin/revpact.js "$@" > $OUT/$side/$name.out 2> $OUT/$side/$name.err; echo $? > $OUT/$side/$name.rc)
  sed -i "s#$dir#ROOT#g; s#/tmp/compare/$side#OUTDIR#g" $OUT/$side/$name.out $OUT/$side/$name.err
}
cases() {
  local side=$1 dir=$2; local o=$OUT/$side
  run $side $dir validate-all validate contracts/ test/fixtures/valid --format json
  for f in $(cd $dir && ls test/fixtures/invalid/*.yaml); do run $side $dir "validate-$(basename $f)" validate $f; done
  for loc in en es pt ca; do run $side $dir compile-$loc compile contracts/ --out $o/compile-$loc --locale $loc --format md,html,rules,codeowners,ics; done
  run $side $dir compile-sql compile contracts/b2b-saas.yaml --out $o/compile-sql --format sql --period 2026-10 --as-of 2026-11-03T09:00:00+01:00
  for g in first-touch-madrid spring-dst-new-york; do
    for fmt in text json markdown html junit github; do
      run $side $dir check-$g-$fmt check test/golden/$g/contract.yaml --leads test/golden/$g/leads.csv --period 2026-03 --as-of 2026-04-15T09:00:00Z --format $fmt --per-lead $o/perlead-$g-$fmt.csv
    done
  done
  for eng in streaming duckdb; do
    for fmt in json text markdown; do
      run $side $dir check-hub-$eng-$fmt check contracts/b2b-saas.yaml --leads $DATA/hub.csv --mapping hubspot --period 2026 --as-of 2027-01-15T12:00:00+01:00 --format $fmt --engine $eng --by country --per-lead $o/perlead-hub-$eng-$fmt.csv
    done
    run $side $dir check-sf-$eng check contracts/multi-region.yaml --leads $DATA/sf.csv --mapping salesforce --period 2026-Q3 --as-of 2026-11-15T12:00:00Z --format json --engine $eng --show-pii
  done
  run $side $dir check-acme check test/fixtures/exports/../../../contracts/b2b-saas.yaml --leads test/fixtures/exports/acme-leads.csv --leads test/fixtures/exports/acme-deals.csv --mapping test/fixtures/exports/acme.mapping.yaml --period 2026-10 --as-of 2026-11-15T12:00:00Z --format json
  run $side $dir check-fail check contracts/b2b-saas.yaml --leads $DATA/hub.csv --mapping hubspot --period 2026-10 --as-of 2026-11-15T12:00:00Z --fail-on breach
  run $side $dir check-badmap check contracts/b2b-saas.yaml --leads $DATA/hub.csv --mapping nope
  run $side $dir check-nofile check contracts/b2b-saas.yaml --leads /nonexistent.csv
  run $side $dir check-invalid check test/fixtures/invalid/$(cd $dir && ls test/fixtures/invalid | head -1) --leads $DATA/hub.csv
  for fmt in text json markdown; do
    run $side $dir diff-$fmt diff contracts/b2b-saas.yaml test/golden/first-touch-madrid/contract.yaml --format $fmt --leads $DATA/hub.csv --mapping hubspot --period 2026-10 --as-of 2026-11-15T12:00:00Z
    run $side $dir diff2-$fmt diff contracts/worked-example.yaml contracts/b2b-saas.yaml --format $fmt
  done
  for fmt in text json csv; do run $side $dir due-$fmt due contracts/b2b-saas.yaml --leads $DATA/hub.csv --mapping hubspot --within 4bh --as-of 2026-12-01T10:00:00+01:00 --format $fmt; done
  run $side $dir scorecard scorecard contracts/b2b-saas.yaml --format markdown
  run $side $dir log log contracts/b2b-saas.yaml --max-count 3
}
cases base $BASE; cases head $HEAD
if diff -r $OUT/base $OUT/head > $OUT/diff.txt; then echo "identical: $(find $OUT/base -type f | wc -l) files"; else echo "DIFFERENT:"; head -50 $OUT/diff.txt; fi
