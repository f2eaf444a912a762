<#
.SYNOPSIS
  sni-ready verify (server: iis), last step: remove what iis-setup.ps1 and the startup script
  created - the site and its bindings, the HTTP.sys certificate mappings, the imported
  certificates (My, CA, and the roots it added to Root). Runs in a finally, so it continues past
  errors and reports them at the end.
.PARAMETER DataFile
  Path of the JSON data file written by sni-ready (src/verify/iis.ts).
#>
param([Parameter(Mandatory = $true)][string]$DataFile)

. (Join-Path $PSScriptRoot 'iis-common.ps1')

$data = Read-VerifyData $DataFile
$stateFile = Assert-FilePath $data.stateFile
if (-not (Test-Path -LiteralPath $stateFile -PathType Leaf)) {
  Write-Step 'nothing to clean up (setup did not start)'
  exit 0
}
$state = Get-Content -LiteralPath $stateFile -Raw -Encoding UTF8 | ConvertFrom-Json
$failures = @()

function Invoke-Cleanup([string]$What, [scriptblock]$Action) {
  try {
    & $Action
  } catch {
    $script:failures += "${What}: $($_.Exception.Message)"
  }
}

if ($state.site) {
  $siteName = Assert-SiteName $state.site
  Invoke-Cleanup "remove site $siteName" {
    Import-Module WebAdministration
    if (Test-Path -LiteralPath ('IIS:\Sites\' + $siteName)) { Remove-Website -Name $siteName }
  }
}

$keys = @()
foreach ($k in @($state.mappings)) { if ($k) { $keys += [string]$k } }
foreach ($h in @($data.hosts)) { $keys += ('hostnameport=' + (Assert-HostName $h) + ':443') }
if (-not $state.fallbackMappingBefore) { $keys += 'ipport=0.0.0.0:443' }
foreach ($k in ($keys | Select-Object -Unique)) {
  if ($k -cnotmatch '^(ipport=[0-9.]+|hostnameport=[a-z0-9.*-]+):443\z') { continue }
  if ($k -eq 'ipport=0.0.0.0:443' -and $state.fallbackMappingBefore) { continue }
  Invoke-Cleanup "delete $k" { if (Remove-SslMapping $k) { Write-Host "deleted $k" } }
}

# The 0.0.0.0:443 mapping that existed before the run (the startup task replaced it with its
# fallback certificate): put it back as it was.
if ($state.fallbackMappingBefore) {
  $before = $state.fallbackMappingBefore
  $hash = Assert-Thumbprint ([string]$before.certhash).ToUpperInvariant()
  $appid = Assert-AppId ([string]$before.appid).ToLowerInvariant()
  $store = Assert-Match ([string]$before.store) '^[A-Za-z]{1,32}\z' 'certificate store name'
  Invoke-Cleanup 'restore ipport=0.0.0.0:443' {
    $now = Get-SslMappingRecord 'ipport=0.0.0.0:443'
    if ($null -eq $now -or $now.certhash -ne $hash -or $now.appid -ne $appid) {
      if ($null -ne $now) { Remove-SslMapping 'ipport=0.0.0.0:443' | Out-Null }
      $out = Invoke-Netsh @('http', 'add', 'sslcert', 'ipport=0.0.0.0:443', "certhash=$hash", "appid=$appid", "certstorename=$store")
      if ($LASTEXITCODE -ne 0) { throw "netsh http add sslcert ipport=0.0.0.0:443 failed: $($out.Trim())" }
      Write-Host "restored ipport=0.0.0.0:443 -> $hash"
    }
  }
}

foreach ($t in @($state.importedMy)) {
  if (-not $t) { continue }
  $thumbprint = Assert-Thumbprint $t
  Invoke-Cleanup "remove My\$thumbprint" { Remove-Item -LiteralPath ('Cert:\LocalMachine\My\' + $thumbprint) -DeleteKey }
}
foreach ($t in @($state.importedCa)) {
  if (-not $t) { continue }
  $thumbprint = Assert-Thumbprint $t
  Invoke-Cleanup "remove CA\$thumbprint" { Remove-Item -LiteralPath ('Cert:\LocalMachine\CA\' + $thumbprint) }
}
foreach ($t in @($state.importedRoot)) {
  if (-not $t) { continue }
  $thumbprint = Assert-Thumbprint $t
  Invoke-Cleanup "remove Root\$thumbprint" { Remove-Item -LiteralPath ('Cert:\LocalMachine\Root\' + $thumbprint) }
}

if ($failures.Count) {
  foreach ($f in $failures) { Write-Host "cleanup failed: $f" }
  exit 1
}
Write-Step 'removed the site, its certificate mappings and the imported certificates'
