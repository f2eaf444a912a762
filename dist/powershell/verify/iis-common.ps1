# Shared helpers of the sni-ready verify scripts (server: iis), dot-sourced by iis-setup.ps1 and
# iis-cleanup.ps1. Windows PowerShell 5.1 syntax: the IIS modules need it.
#
# Every value comes from the JSON data file written by sni-ready (src/verify/iis.ts) and is
# validated here before use; PFX passwords come from environment variables the data file names.
# No value is ever turned into code: no string is evaluated and no script block is built from
# data.

Set-StrictMode -Version 3
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$script:StepWatch = [System.Diagnostics.Stopwatch]::StartNew()

# A "label : value" line of netsh output whose value is a certificate hash (40 hex digits), in
# whatever language netsh writes its labels; (?m) as the output is one string of CRLF lines.
$SslMappingHashPattern = '(?m)^[^\r\n]*:[ \t]+[0-9A-Fa-f]{40}[ \t]*\r?$'

function Write-Step([string]$Message) {
  $ms = $script:StepWatch.ElapsedMilliseconds
  Write-Host ('{0} ({1} ms)' -f $Message, $ms)
  $script:StepWatch.Restart()
}

function Read-VerifyData([string]$Path) {
  if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) { throw "The data file $Path does not exist." }
  $data = Get-Content -LiteralPath $Path -Raw -Encoding UTF8 | ConvertFrom-Json
  if ($data.version -ne 1) { throw "The data file $Path is not a sni-ready verify data file (version 1)." }
  return $data
}

function Assert-Match([string]$Value, [string]$Pattern, [string]$What) {
  if ($null -eq $Value -or $Value -cnotmatch $Pattern) { throw "Invalid $What in the data file." }
  return $Value
}

function Assert-Thumbprint([string]$Value) { return (Assert-Match $Value '^[0-9A-F]{40}\z' 'thumbprint') }
function Assert-HostName([string]$Value) { return (Assert-Match $Value '^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?\z' 'host name') }
function Assert-SiteName([string]$Value) { return (Assert-Match $Value '^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}\z' 'site name') }
function Assert-EnvName([string]$Value) { return (Assert-Match $Value '^SNI_READY_VERIFY_[A-Z0-9_]+\z' 'environment variable name') }
function Assert-AppId([string]$Value) { return (Assert-Match $Value '^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}\z' 'appid') }

function Assert-IPv4([string]$Value) {
  $ip = $null
  if (-not [System.Net.IPAddress]::TryParse($Value, [ref]$ip) -or $ip.AddressFamily -ne [System.Net.Sockets.AddressFamily]::InterNetwork) {
    throw 'Invalid IPv4 address in the data file.'
  }
  return $ip.ToString()
}

function Assert-FilePath([string]$Value) {
  if ([string]::IsNullOrEmpty($Value) -or -not [System.IO.Path]::IsPathRooted($Value)) { throw 'Invalid file path in the data file.' }
  return $Value
}

# netsh with an argument list (never a command string); returns its output, $LASTEXITCODE is set.
# Under 'Stop', Windows PowerShell 5.1 turns a native command's stderr line into a terminating
# error when it is redirected, so this one call runs with 'Continue' and judges $LASTEXITCODE.
function Invoke-Netsh([string[]]$Arguments) {
  $ErrorActionPreference = 'Continue'
  $out = & netsh.exe @Arguments 2>&1 | Out-String
  return $out
}

# True when HTTP.sys has a certificate mapping for this key, e.g. 'ipport=10.0.0.4:443' or
# 'hostnameport=www.example.com:443'. Asking for the one key avoids parsing the full listing,
# whose layout differs between Windows versions. A mapping shows its certificate hash as a value
# of exactly 40 hex digits; the label is not matched, as Windows translates it ("Zertifikathash").
function Test-SslMapping([string]$Key) {
  $out = Invoke-Netsh @('http', 'show', 'sslcert', $Key)
  return ($LASTEXITCODE -eq 0 -and $out -match $SslMappingHashPattern)
}

function Remove-SslMapping([string]$Key) {
  if (-not (Test-SslMapping $Key)) { return $false }
  $out = Invoke-Netsh @('http', 'delete', 'sslcert', $Key)
  if ($LASTEXITCODE -ne 0) { throw "netsh http delete sslcert $Key failed: $($out.Trim())" }
  return $true
}

# The mapping for a key as @{ certhash; appid; store }, or $null when there is none. Read from
# `netsh http show sslcert <key>` by the shape of the values alone (Windows translates the labels):
# the hash is the first value of 40 hex digits, the appid the first {GUID} value, and the store
# name the value of the line after the appid's (netsh's order: key, hash, appid, store).
function Get-SslMappingRecord([string]$Key) {
  $out = Invoke-Netsh @('http', 'show', 'sslcert', $Key)
  if ($LASTEXITCODE -ne 0) { return $null }
  $record = [ordered]@{ certhash = $null; appid = $null; store = 'MY' }
  $afterAppId = $false
  foreach ($line in ($out -split "`r?`n")) {
    if ($line -notmatch '^\s*(\S.*?)\s*:\s+(\S+)\s*\z') { continue }
    $value = $Matches[2]
    if ($afterAppId) {
      if ($value -match '^[A-Za-z]{1,32}\z') { $record.store = $value }
      $afterAppId = $false
    }
    if ($null -eq $record.certhash -and $value -match '^[0-9A-Fa-f]{40}\z') { $record.certhash = $value.ToUpperInvariant() }
    elseif ($null -eq $record.appid -and $value -match '^\{[0-9A-Fa-f-]{36}\}\z') {
      $record.appid = $value.ToLowerInvariant()
      $afterAppId = $true
    }
  }
  if ($null -eq $record.certhash -or $null -eq $record.appid) { return $null }
  return $record
}
