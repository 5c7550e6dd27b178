#!/usr/bin/env bash
# Documents per second of the application PDF (a three-page form) on one core, and in the same run the same form
# printed to PDF by headless Chromium. No database needed.
#
#   bench/run-pdf-bench.sh                          10 s of PDFsharp, 10 Chromium prints, pinned to core 0
#   bench/run-pdf-bench.sh --seconds 20 --chromium 20 --out /tmp/gp-pdf-bench
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
printf 'run-pdf-bench.sh: building bench/GrantPortal.Bench (Release)\n' >&2
dotnet build bench/GrantPortal.Bench -c Release -v quiet -nologo >&2
# One core for everything (the .NET process and every Chromium it starts), and a workstation GC on that one core.
export DOTNET_gcServer=0 DOTNET_GCHeapCount=1
exec taskset -c 0 dotnet bench/GrantPortal.Bench/bin/Release/net10.0/GrantPortal.Bench.dll pdf "$@"
