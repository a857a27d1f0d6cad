#!/usr/bin/env bash
# Publishes the CLI twice, ReadyToRun (the default publish) and native AOT (-p:NativeAot=true), runs the same
# commands with both and compares what they print: the native build must give the same results. Commands whose
# output holds random ids or timings are compared after those are masked. Evaluation commands run only when
# ../shared (the labelled sets) is beside the project.
#
# usage: scripts/check-native-cli.sh [work-folder]   (default: a new temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
echo "publishing into $work"
dotnet publish src/NewsLens.Cli -c Release -r linux-x64 -o "$work/r2r" > "$work/publish-r2r.log" 2>&1
dotnet publish src/NewsLens.Cli -c Release -r linux-x64 -p:NativeAot=true -o "$work/native" > "$work/publish-native.log" 2>&1

cat > "$work/actors.yaml" <<'EOF'
- name: Fikri Isik
  kind: person
  aliases: [Isik, Defence Minister Isik]
  affiliation: Turkey
EOF

commands=(
  "corpus data/s400 --format json"
  "corpus data/s400 --format csv"
  "terms data/s400 --format table"
  "terms data/state-dept --by year --top 5 --format csv"
  "terms data/s400 --ngrams 2 --top 10 --format json"
  "keyness data/s400 --target 'outlet=The Duran' --format csv"
  "collocations data/s400 --format json"
  "kwic data/s400 S-400 --window 4 --format csv"
  "actors data/s400 --format json"
  "actors data/s400 --actors $work/actors.yaml --format csv"
  "quotes data/s400 --format json"
  "sentiment data/s400 --by actor --format csv"
  "sentiment data/s400 --by month --format json"
  "stance data/s400 --target \"Turkey's S-400 purchase\" --terms S-400,S-400s --format json"
  "stance data/s400 --target \"Turkey's S-400 purchase\" --terms S-400,S-400s --by document --format csv"
  "topics data/state-dept -k 8 --seed 1 --iterations 50 --format json"
  "drift data/state-dept -k 8 --seed 1 --iterations 50 --by quarter --format csv"
)
if [ -d ../shared/eval ]; then
  commands+=(
    "eval target-sentiment --data ../shared/eval/newsmtsc/devtest_mt.jsonl"
    "eval sentence-sentiment --data ../shared/eval/vader/tweets_GroundTruth.txt"
    "eval doc-sentiment --data ../shared/eval/persent/dev.csv"
    "eval stance --data ../shared/eval/stance/perspectrum_dev.jsonl"
  )
fi

failed=0
for c in "${commands[@]}"; do
  # Each command is a shell word list: eval splits it, keeping the quoted arguments whole.
  eval "\"$work/r2r/NewsLens.Cli\" $c" > "$work/r2r.out" 2> "$work/r2r.err" || true
  eval "\"$work/native/NewsLens.Cli\" $c" > "$work/native.out" 2> "$work/native.err" || true
  if cmp -s "$work/r2r.out" "$work/native.out" && [ -s "$work/r2r.out" ]; then
    echo "same   newslens $c"
  else
    echo "DIFFER newslens $c"
    diff "$work/r2r.out" "$work/native.out" | head -5 || true
    head -3 "$work/native.err"
    failed=1
  fi
done

# The report with offline plotly.js (scripts/install-plotly.sh) when it is installed, else with the CDN link.
offline=$([ -f .tools/plotly/node_modules/plotly.js-dist-min/plotly.min.js ] && echo --offline || true)
"$work/r2r/NewsLens.Cli" report data/s400 --out "$work/r2r.html" $offline > /dev/null
"$work/native/NewsLens.Cli" report data/s400 --out "$work/native.html" $offline > /dev/null
# Chart containers get random ids; mask them before comparing.
mask() { sed -E 's/[0-9a-f]{32}/ID/g; s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/ID/g' "$1"; }
if cmp -s <(mask "$work/r2r.html") <(mask "$work/native.html"); then echo "same   newslens report data/s400"
else echo "DIFFER newslens report data/s400"; failed=1; fi
# A larger corpus: the report gains its topics-and-drift section.
"$work/r2r/NewsLens.Cli" report data/state-dept --out "$work/r2r-sd.html" $offline > /dev/null
"$work/native/NewsLens.Cli" report data/state-dept --out "$work/native-sd.html" $offline > /dev/null
if cmp -s <(mask "$work/r2r-sd.html") <(mask "$work/native-sd.html"); then echo "same   newslens report data/state-dept"
else echo "DIFFER newslens report data/state-dept"; failed=1; fi
exit $failed
