#!/usr/bin/env bash
# Checks the BriefingKit NuGet packages the way a user meets them:
#   1. packs the repository (`dotnet pack` at the root) into a temporary local feed, with a unique version so no stale
#      cached copy is used, and expects exactly BriefingKit, BriefingKit.Pdf and BriefingKit.Cli; packed from a clone
#      with a GitHub remote, the symbols carry SourceLink to the commit;
#   2. restores samples/UsMexicoBriefing from that package (PackageReference, not a project reference), builds it —
#      the generator runs in the real compiler — and runs it, expecting the seed briefing Markdown;
#   3. builds it again against a copy of the seed dossier with one dangling reference, expecting the build to fail
#      with BK3002 at that reference's YAML line and column and no C# errors, then with unreadable YAML (BK1010);
#   4. with the built-in templates copied into the project (the package's **/*.md.sbn glob makes them
#      AdditionalFiles), the first build is clean; one misspelt field in a partial fails the build with BK4005 there;
#   5. samples/Net8Pdf, a net8.0 app, writes the seed briefing as Markdown and PDF with the README's code;
#   6. `dotnet tool install` of BriefingKit.Cli gives a working `briefingkit`;
#   7. the per-platform tool set (samples/pack-native-tool.sh) installs the Native AOT binary on linux-x64, and it
#      builds the seed's Markdown and PDF byte for byte as the portable tool does;
#   8. a netstandard2.0 project that references BriefingKit gets NuGet's NU1202, not compile errors.
# Usage: samples/verify-package.sh            (from anywhere; needs the NuGet source for the package's dependencies)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
version="0.1.0-verify.$(date +%s)"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$work" "$packages/briefingkit/$version" "$packages/briefingkit.pdf/$version" "$packages/briefingkit.cli/$version" \
    "$packages"/briefingkit.cli*/"$version-native"
}
trap cleanup EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'verify-package: FAILED: %s\n' "$*" >&2; exit 1; }

step "pack the repository ($version) into $work/feed"
dotnet pack "$repo" -c Release -o "$work/feed" -p:MinVerVersionOverride="$version" >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; fail "dotnet pack"; }
packed="$(cd "$work/feed" && ls *.nupkg | sort | tr '\n' ' ')"
[ "$packed" = "BriefingKit.$version.nupkg BriefingKit.Cli.$version.nupkg BriefingKit.Pdf.$version.nupkg " ] \
  || fail "expected exactly the three packages, got: $packed"
# Listings are saved first: `unzip | grep -q` fails under pipefail whenever grep stops reading early (SIGPIPE).
unzip -l "$work/feed/BriefingKit.$version.nupkg" >"$work/core.list"
unzip -l "$work/feed/BriefingKit.Pdf.$version.nupkg" >"$work/pdf.list"
unzip -l "$work/feed/BriefingKit.Pdf.$version.snupkg" >"$work/pdf-symbols.list"
unzip -p "$work/feed/BriefingKit.$version.nupkg" BriefingKit.nuspec >"$work/core.nuspec"
unzip -p "$work/feed/BriefingKit.$version.nupkg" lib/net8.0/BriefingKit.dll >"$work/core-net8.dll"
grep -E 'lib/|analyzers/|build/' "$work/core.list"
grep -q 'analyzers/dotnet/cs/Scriban.Signed.dll' "$work/core.list" || fail "the template checker's Scriban is not beside the generator"
for props in build/net8.0/BriefingKit.props build/net8.0/BriefingKit.targets build/net10.0/BriefingKit.targets; do
  grep -q "$props" "$work/core.list" || fail "no $props in the BriefingKit package"
done
# IntelliSense docs beside every library.
for lib in lib/net8.0/BriefingKit lib/net10.0/BriefingKit lib/net8.0/BriefingKit.Schema lib/net10.0/BriefingKit.Schema; do
  grep -q "$lib.xml" "$work/core.list" || fail "no $lib.xml in the BriefingKit package"
done
grep -q "lib/net8.0/BriefingKit.Pdf.xml" "$work/pdf.list" || fail "no XML docs in the BriefingKit.Pdf package"
grep -q "lib/net8.0/BriefingKit.Pdf.pdb" "$work/pdf-symbols.list" || fail "no symbols for BriefingKit.Pdf"
grep -q '<repository type="git"' "$work/core.nuspec" || fail "the nuspec names no repository commit"
# BriefingKit's DLLs carry their PDBs inside (see src/BriefingKit.Package): look for the embedded-PDB signature.
grep -aq 'MPDB' "$work/core-net8.dll" || fail "BriefingKit.dll has no embedded PDB"
echo "docs, symbols (embedded PDBs; BriefingKit.Pdf.snupkg) and the repository commit are in the packages"

step "SourceLink: packed from a clone whose remote is on GitHub, the symbols map sources to that commit"
# This checkout's remote is whatever CI cloned from; SourceLink only writes URLs for a known host such as GitHub.
git clone -q "$repo" "$work/github-clone"
git -C "$work/github-clone" remote set-url origin https://github.com/briefingkit/briefingkit.git
dotnet pack "$work/github-clone/src/BriefingKit.Pdf" -c Release -o "$work/github-feed" -p:MinVerVersionOverride="$version" \
  >"$work/sourcelink.log" 2>&1 || { cat "$work/sourcelink.log"; fail "dotnet pack of the GitHub clone"; }
unzip -p "$work/github-feed/BriefingKit.Pdf.$version.snupkg" lib/net8.0/BriefingKit.Pdf.pdb >"$work/sourcelink.pdb"
commit="$(git -C "$work/github-clone" rev-parse HEAD)"
grep -aq "https://raw.githubusercontent.com/briefingkit/briefingkit/$commit/\*" "$work/sourcelink.pdb" \
  || fail "BriefingKit.Pdf.pdb has no SourceLink map to https://raw.githubusercontent.com/briefingkit/briefingkit/$commit/"
echo "BriefingKit.Pdf.pdb maps sources to https://raw.githubusercontent.com/briefingkit/briefingkit/$commit/*"

# A copy of samples/ outside the repository: no repository props reach it, and nothing is left behind.
cp -r "$repo/samples" "$work/samples"
rm -rf "$work/samples/UsMexicoBriefing/bin" "$work/samples/UsMexicoBriefing/obj"
mkdir -p "$work/artifacts/packages"   # the local source samples/nuget.config names must exist
project="$work/samples/UsMexicoBriefing/UsMexicoBriefing.csproj"
seed="$repo/dossiers/us-mexico-migration-2023.dossier.yaml"
common=(-p:BriefingKitVersion="$version" -p:RestoreAdditionalProjectSources="$work/feed")
cp -r "$repo/templates" "$work/samples/UsMexicoBriefing/templates"   # checked in every build from here on

step "build and run samples/UsMexicoBriefing against the package"
dotnet build "$project" "${common[@]}" -p:SeedDossier="$seed" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; fail "sample build"; }
if grep -E 'warning|error' "$work/build.log" | grep 'BK4' >/dev/null; then cat "$work/build.log"; fail "the built-in templates did not check clean"; fi
grep -q "BriefingKit.$version" "$work/samples/UsMexicoBriefing/obj/project.assets.json" || fail "sample did not restore BriefingKit $version from the package"
dotnet run --project "$project" --no-build "${common[@]}" -- "$work/out" | tee "$work/run.log"
[ -s "$work/out/us-mexico-migration-2023.md" ] || fail "the seed briefing was not written"
grep -q "U.S.–Mexico Migration Talks" "$work/out/us-mexico-migration-2023.md" || fail "the seed briefing lacks its title"
[ -s "$work/out/mexico-city-meeting.md" ] || fail "the focused briefing was not written"
head -n 12 "$work/out/us-mexico-migration-2023.md"
# The package's build targets embed the dossier as a resource, and the catalog read it from there.
grep -aq 'BriefingKit.Dossiers/us-mexico-migration-2023.dossier.yaml' "$work/samples/UsMexicoBriefing/bin/Debug/net10.0/UsMexicoBriefing.dll" \
  || fail "the seed dossier is not embedded in UsMexicoBriefing.dll as BriefingKit.Dossiers/us-mexico-migration-2023.dossier.yaml"

step "a broken copy of the dossier (dangling speaker reference) must fail the build with BK3002"
broken="$work/broken/us-mexico-migration-2023.dossier.yaml"
mkdir -p "$(dirname "$broken")"
line="$(grep -n -m1 -E '^ +speaker: [a-z0-9-]+ *$' "$seed" | cut -d: -f1)"
[ -n "$line" ] || fail "no speaker reference found in the seed dossier"
awk -v n="$line" 'NR == n { sub(/speaker: [a-z0-9-]+/, "&x") } { print }' "$seed" >"$broken"
text="$(sed -n "${line}p" "$broken")"
prefix="${text%%speaker: *}speaker: "
column=$(( ${#prefix} + 1 ))
echo "broken reference at line $line, column $column: $(echo "$text" | sed 's/^ *//')"
if dotnet build "$project" "${common[@]}" -p:SeedDossier="$broken" >"$work/broken.log" 2>&1; then
  cat "$work/broken.log"; fail "the build succeeded with a dangling reference"
fi
expected="us-mexico-migration-2023.dossier.yaml($line,$column): error BK3002:"
grep -F "$expected" "$work/broken.log" | sort -u | sed "s#$work/##" || { cat "$work/broken.log"; fail "expected '$expected'"; }
if grep -q "error CS" "$work/broken.log"; then cat "$work/broken.log"; fail "C# errors beside the BK one: the catalog must still be emitted"; fi

step "unreadable YAML (an unclosed bracket) must fail the build with its BK error and no C# errors"
awk 'NR == 17 { sub(/title: "/, "title: [\"") } { print }' "$seed" >"$broken"
if dotnet build "$project" "${common[@]}" -p:SeedDossier="$broken" >"$work/syntax.log" 2>&1; then
  cat "$work/syntax.log"; fail "the build succeeded with unreadable YAML"
fi
grep -E "us-mexico-migration-2023.dossier.yaml\([0-9]+,[0-9]+\): error BK1010:" "$work/syntax.log" | sort -u | sed "s#$work/##" \
  || { cat "$work/syntax.log"; fail "expected a located BK1010 for the YAML syntax error"; }
if grep -q "error CS" "$work/syntax.log"; then cat "$work/syntax.log"; fail "C# errors beside the YAML's BK error"; fi

step "a misspelt field in a template partial must fail the build with BK4005 at that field"
partial="$work/samples/UsMexicoBriefing/templates/partials/statement-table.md.sbn"
line=$(( $(wc -l <"$partial") + 1 ))
echo '{{ for s in statements }}{{ s.qoute_typo }}{{ end }}' >>"$partial"
if dotnet build "$project" "${common[@]}" -p:SeedDossier="$seed" >"$work/template.log" 2>&1; then
  cat "$work/template.log"; fail "the build succeeded with a misspelt template field"
fi
expected="statement-table.md.sbn($line,31): error BK4005: 'qoute_typo' is not a field of a statement"
grep -F "$expected" "$work/template.log" | sort -u | sed "s#$work/##" || { cat "$work/template.log"; fail "expected '$expected'"; }

step "samples/Net8Pdf (net8.0) writes the seed briefing as Markdown and PDF from the packages"
net8="$work/samples/Net8Pdf/Net8Pdf.csproj"
rm -rf "$work/samples/Net8Pdf/bin" "$work/samples/Net8Pdf/obj"
dotnet build "$net8" "${common[@]}" -p:SeedDossier="$seed" >"$work/net8.log" 2>&1 || { cat "$work/net8.log"; fail "net8.0 sample build"; }
grep -q '"BriefingKit.Pdf/'"$version"'"' "$work/samples/Net8Pdf/obj/project.assets.json" || fail "Net8Pdf did not restore BriefingKit.Pdf $version"
grep -q 'lib/net8.0/BriefingKit.dll' "$work/samples/Net8Pdf/obj/project.assets.json" || fail "Net8Pdf did not get BriefingKit's net8.0 build"
# Only the .NET 10 runtime may be installed: roll forward, still running the net8.0 builds of the libraries.
DOTNET_ROLL_FORWARD=Major dotnet run --project "$net8" --no-build "${common[@]}" -- "$seed" "$work/net8-out"
[ "$(head -c 5 "$work/net8-out/deputy-secretary.pdf")" = "%PDF-" ] || fail "the net8.0 sample wrote no PDF"
[ -s "$work/net8-out/deputy-secretary.md" ] || fail "the net8.0 sample wrote no Markdown"

step "dotnet tool install BriefingKit.Cli gives a working briefingkit"
dotnet tool install --tool-path "$work/tools" BriefingKit.Cli --version "$version" --add-source "$work/feed" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; fail "dotnet tool install"; }
mkdir -p "$work/tool-run"
(cd "$work/tool-run" && "$work/tools/briefingkit" check && "$work/tools/briefingkit" build --format md --out out) \
  || fail "the installed briefingkit did not check and build the bundled seed"
[ -s "$work/tool-run/out/us-mexico-migration-2023.md" ] || fail "the installed briefingkit wrote no briefing"

step "the per-platform tool (samples/pack-native-tool.sh): Native AOT on linux-x64, same bytes as the portable tool"
native="$version-native"
"$repo/samples/pack-native-tool.sh" "$work/native-feed" "$native" >"$work/native-pack.log" 2>&1 \
  || { cat "$work/native-pack.log"; fail "samples/pack-native-tool.sh"; }
packed="$(cd "$work/native-feed" && ls *.nupkg | sort | tr '\n' ' ')"
[ "$packed" = "BriefingKit.Cli.$native.nupkg BriefingKit.Cli.any.$native.nupkg BriefingKit.Cli.linux-x64.$native.nupkg " ] \
  || fail "expected the pointer, linux-x64 and any packages, got: $packed"
dotnet tool install --tool-path "$work/native-tools" BriefingKit.Cli --version "$native" --add-source "$work/native-feed" \
  >"$work/native-tool.log" 2>&1 || { cat "$work/native-tool.log"; fail "dotnet tool install of the per-platform tool"; }
binary="$(readlink -f "$work/native-tools/briefingkit")"
case "$binary" in */briefingkit.cli.linux-x64/*) ;; *) fail "dotnet tool install did not pick the linux-x64 package: $binary";; esac
[ "$(head -c 4 "$binary" | od -An -c | tr -d ' ')" = "177ELF" ] || fail "the installed linux-x64 tool is not a native binary"
(cd "$work/tool-run" && "$work/tools/briefingkit" build --format md,pdf --out portable >/dev/null \
  && "$work/native-tools/briefingkit" build --format md,pdf --out native >/dev/null) || fail "the native tool did not build the seed"
for f in us-mexico-migration-2023.md us-mexico-migration-2023.pdf; do
  cmp "$work/tool-run/portable/$f" "$work/tool-run/native/$f" || fail "the native tool's $f differs from the portable tool's"
done
echo "native tool: $(du -h "$binary" | cut -f1) binary; Markdown and PDF byte-identical to the portable tool's"

step "a netstandard2.0 project gets one NuGet error (NU1202), not compile errors"
mkdir -p "$work/ns20"
printf '%s\n' '<Project Sdk="Microsoft.NET.Sdk">' \
  '  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>' \
  "  <ItemGroup><PackageReference Include=\"BriefingKit\" Version=\"$version\" /></ItemGroup>" \
  '</Project>' >"$work/ns20/Ns20.csproj"
if dotnet build "$work/ns20/Ns20.csproj" -p:RestoreAdditionalProjectSources="$work/feed" >"$work/ns20.log" 2>&1; then
  cat "$work/ns20.log"; fail "a netstandard2.0 project restored BriefingKit"
fi
grep -q "error NU1202: Package BriefingKit $version is not compatible with netstandard2.0" "$work/ns20.log" || { cat "$work/ns20.log"; fail "expected NU1202"; }
if grep -q "error CS" "$work/ns20.log"; then cat "$work/ns20.log"; fail "compile errors besides NU1202"; fi
echo "NU1202: Package BriefingKit $version is not compatible with netstandard2.0"

step "verify-package: OK"
