#!/usr/bin/env bash
# Installs the tools some test suites need that do not come from Debian, into .tools/ (git-ignored):
#   .tools/pwsh/pwsh       PowerShell 7.6.9, the .NET global tool from NuGet
#   .tools/pester/...      the Pester module (NuGet package), imported by path by the tests
# Needs the .NET SDK (dotnet). Idempotent: a tool already at the wanted version is kept.
# Run it as `npm run tools`; .ci/run calls it before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PWSH_VERSION=7.6.9
PESTER_VERSION=5.7.1
TOOLS="$PWD/.tools"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install-tools: the .NET SDK (dotnet) is missing; install it from https://dot.net, then rerun 'npm run tools'" >&2
  exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# PowerShell
if [ -x "$TOOLS/pwsh/pwsh" ] && [ "$("$TOOLS/pwsh/pwsh" -NoProfile -NoLogo -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null)" = "$PWSH_VERSION" ]; then
  echo "pwsh $PWSH_VERSION: present in .tools/pwsh"
else
  rm -rf "$TOOLS/pwsh"
  dotnet tool install PowerShell --version "$PWSH_VERSION" --tool-path "$TOOLS/pwsh" >/dev/null
  echo "pwsh $PWSH_VERSION: installed into .tools/pwsh"
fi

# Pester, restored as a NuGet package by a throw-away project (<PackageDownload> fetches the
# package without referencing it) into .tools/pester/pester/<version>/.
PESTER_PSD1="$TOOLS/pester/pester/$PESTER_VERSION/tools/Pester.psd1"
if [ -f "$PESTER_PSD1" ]; then
  echo "Pester $PESTER_VERSION: present in .tools/pester"
else
  proj=$(mktemp -d)
  trap 'rm -rf "$proj"' EXIT
  cat >"$proj/pester.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Pester" Version="[$PESTER_VERSION]" />
  </ItemGroup>
</Project>
XML
  dotnet restore "$proj/pester.csproj" --packages "$TOOLS/pester" >/dev/null
  test -f "$PESTER_PSD1" || { echo "install-tools: Pester restored, but $PESTER_PSD1 is missing" >&2; exit 1; }
  echo "Pester $PESTER_VERSION: installed into .tools/pester"
fi
# the module loads in that pwsh
"$TOOLS/pwsh/pwsh" -NoProfile -NoLogo -Command "Import-Module '$PESTER_PSD1'; 'Pester ' + (Get-Module Pester).Version.ToString() + ' imports'"
