#!/usr/bin/env bash
# `peaceboard ingest` of a directory of generated reports into a fresh SQLite file, with a
# release build: wall time and peak memory (GNU time), then a second pass that must skip them all.
#   Benchmarks/ingest.sh [COUNT]   (default 100000; reports are the seeds, each with a numbered line)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
scratch=${PEACEBOARD_RELEASE_SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product peaceboard >/dev/null
binary=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/peaceboard

reports=/tmp/pb-ingest-reports-$count
if [ "$(ls "$reports" 2>/dev/null | wc -l)" != "$count" ]; then
  rm -rf "$reports" && mkdir -p "$reports"
  python3 - "$reports" "$count" <<'PY'
import os, sys
out, count = sys.argv[1], int(sys.argv[2])
seeds_dir = os.path.join(os.getcwd(), "..", "shared", "seeds")
seeds = [open(os.path.join(seeds_dir, n), encoding="utf-8").read() for n in sorted(os.listdir(seeds_dir))]
for i in range(count):
    with open(os.path.join(out, f"report-{i:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(seeds[i % len(seeds)] + f"\nReport {i} of the generated set.\n")
PY
fi
database=$(mktemp -u /tmp/pb-ingest-XXXXXX.sqlite)
echo "first pass: $count reports into $database"
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$binary" ingest --database "$database" "$reports" | tail -n 3
echo "second pass (every report already read):"
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$binary" ingest --database "$database" "$reports" | tail -n 3
ls -la "$database"
rm -f "$database" "$database"-wal "$database"-shm
