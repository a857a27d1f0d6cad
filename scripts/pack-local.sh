#!/usr/bin/env bash
# Packs the NewsLens library into artifacts/packages (git-ignored) for the notebooks, which restore it with
#   #i "nuget: ../artifacts/packages"
#   #r "nuget: NewsLens, *-*"
# Every run gets a fresh prerelease version (0.1.0-local.<UTC timestamp>): NuGet caches packages by id and
# version, so a rebuilt package with an unchanged version would be served stale from the cache.
# Usage: scripts/pack-local.sh   (from anywhere; restart the notebook kernel afterwards to load the new build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
out="$root/artifacts/packages"
mkdir -p "$out"
dotnet pack "$root/src/NewsLens/NewsLens.csproj" -c Release -o "$out" -p:PackageVersion="$version" --nologo
echo "packed NewsLens $version into $out"
