#!/usr/bin/env bash
# Packs the briefingkit tool per platform, for build servers: a Native AOT binary on linux-x64 (starts in a few
# milliseconds, no JIT) and the portable build everywhere else. Three packages land in the feed folder:
#   BriefingKit.Cli.<version>.nupkg            names the platforms; this is what `dotnet tool install` asks for
#   BriefingKit.Cli.linux-x64.<version>.nupkg  the Native AOT binary (needs clang and zlib1g-dev, as AOT does)
#   BriefingKit.Cli.any.<version>.nupkg        the portable build, for every other platform
# Usage: samples/pack-native-tool.sh FEED [VERSION]
#   then: dotnet tool install -g BriefingKit.Cli --add-source FEED [--version VERSION]
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: samples/pack-native-tool.sh FEED [VERSION]" >&2; exit 2; }
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$1"
mkdir -p "$feed"
version=()
[ $# -ge 2 ] && version=(-p:MinVerVersionOverride="$2")
project="$repo/src/BriefingKit.Cli/BriefingKit.Cli.csproj"
# Native AOT compiles for the machine it runs on and links with the system's C toolchain.
[ "$(uname -sm)" = "Linux x86_64" ] || { echo "pack-native-tool.sh: the native package is built for linux-x64, so run this on Linux x86_64 (this is $(uname -sm))" >&2; exit 1; }
command -v clang >/dev/null || command -v gcc >/dev/null || { echo "pack-native-tool.sh: Native AOT needs a C compiler and linker: apt-get install clang (or gcc) zlib1g-dev" >&2; exit 1; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Each platform publishes into a fresh folder: the pack takes whatever its publish folder holds.
publish="$(mktemp -d)"
trap 'rm -rf "$publish"' EXIT
for rid in "" linux-x64 any; do
  echo "pack BriefingKit.Cli${rid:+ for $rid}"
  dotnet pack "$project" -c Release -o "$feed" -p:BriefingKitNativeTool=true "${version[@]}" ${rid:+-r "$rid"} \
    -p:PublishDir="$publish/${rid:-pointer}/" -nologo -v quiet
done
ls -l "$feed"/BriefingKit.Cli*.nupkg
