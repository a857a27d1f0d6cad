#!/usr/bin/env bash
# The whole `newslens terms` process against python3 reading the same files and running scikit-learn's
# CountVectorizer, in interleaved rounds (so that the machine's load falls on all of them alike): wall time,
# CPU time (user + sys) and peak resident memory of each run, then the medians and the ratio of medians.
#
# usage: benchmarks/terms_process.sh [corpus] [rounds]      (default: ../shared/corpus/ungdc, 10 rounds)
# Publishes the CLI twice first: ReadyToRun (the default publish) and native AOT (-p:NativeAot=true); with
# NEWSLENS_BENCH_BIN=<folder holding r2r/ and native/> it uses those builds instead.
# Needs /usr/bin/time (Debian: time) and python3 with scikit-learn (Debian: python3-sklearn).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/ungdc}"
rounds="${2:-10}"
out="$(mktemp -d)"
if [ -z "${NEWSLENS_BENCH_BIN:-}" ]; then
  dotnet publish src/NewsLens.Cli -c Release -r linux-x64 -o "$out/r2r" > "$out/r2r.log" 2>&1
  dotnet publish src/NewsLens.Cli -c Release -r linux-x64 -p:NativeAot=true -o "$out/native" > "$out/native.log" 2>&1
else
  # Already published: NEWSLENS_BENCH_BIN is a folder with r2r/ and native/ inside (as scripts/check-native-cli.sh leaves them).
  ln -s "$(cd "$NEWSLENS_BENCH_BIN" && pwd)/r2r" "$out/r2r"; ln -s "$(cd "$NEWSLENS_BENCH_BIN" && pwd)/native" "$out/native"
fi

py="import pathlib; from sklearn.feature_extraction.text import CountVectorizer; t=[p.read_text(encoding='utf-8') for p in sorted(pathlib.Path('$corpus').rglob('*.txt'))]; CountVectorizer(stop_words='english').fit_transform(t)"
run() { # label command...
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %S %M" "$@" > /dev/null 2>> "$out/times" || { echo "failed: $*" >&2; exit 1; }
}
: > "$out/times"
for _ in $(seq "$rounds"); do
  run native "$out/native/NewsLens.Cli" terms "$corpus" --top 5 --format csv
  # The same work as the Python line: its token rule, no boilerplate removal.
  run native-same "$out/native/NewsLens.Cli" terms "$corpus" --top 5 --format csv --tokenizer simple --no-clean
  run r2r "$out/r2r/NewsLens.Cli" terms "$corpus" --top 5 --format csv
  run python /usr/bin/python3 -c "$py"
done
cat > "$out/summary.py" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    label, wall, user, sys_, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(rss) / 1024))
print("%11s %4s %8s %8s %8s %8s %7s" % ("process", "runs", "wall min", "wall med", "wall max", "cpu med", "MB max"))
med = {}
for label in ("native", "native-same", "r2r", "python"):
    r = rows[label]
    walls = sorted(w for w, _, _ in r)
    med[label] = statistics.median(walls)
    print("%11s %4d %8.2f %8.2f %8.2f %8.2f %7.0f" % (label, len(r), walls[0], med[label], walls[-1],
          statistics.median(c for _, c, _ in r), max(m for _, _, m in r)))
for label in ("native", "native-same", "r2r"):
    print("python / %s (medians): %.2fx" % (label, med["python"] / med[label]))
PY
grep -E '^(native|native-same|r2r|python) ' "$out/times" > "$out/rows"
python3 "$out/summary.py" "$out/rows"
