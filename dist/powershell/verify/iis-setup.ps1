<#
.SYNOPSIS
  sni-ready verify (server: iis), step 1: make this Windows machine look like a freshly
  provisioned Azure Cloud Service web role instance, before its SNI startup task has run.
.DESCRIPTION
  Enables IIS when absent, imports each leaf PFX into LocalMachine\My, each intermediate into
  LocalMachine\CA and each chain's root into LocalMachine\Root (unless already trusted), then
  does what the fabric does for the role: creates the role's site (<RoleInstanceId>_<SiteName>) with an http binding on the instance address and the
  https bindings the patched csdef declares, and the HTTPS endpoint's IP-specific :443 certificate
  mapping - the very state that overrides SNI.
  Everything it creates is recorded in the state file at once, so iis-cleanup.ps1 removes exactly
  that, also after a failure half-way.
  All values come from the JSON data file; PFX passwords from the environment variables it names.
.PARAMETER DataFile
  Path of the JSON data file written by sni-ready (src/verify/iis.ts).
#>
param([Parameter(Mandatory = $true)][string]$DataFile)

. (Join-Path $PSScriptRoot 'iis-common.ps1')

$data = Read-VerifyData $DataFile
$siteName = Assert-SiteName $data.siteName
$address = Assert-IPv4 $data.address
$appId = Assert-AppId $data.appId
$fabricThumbprint = Assert-Thumbprint $data.fabricThumbprint
$physicalPath = Assert-FilePath $data.physicalPath
$stateFile = Assert-FilePath $data.stateFile
$httpPort = [int]$data.httpPort
if ($httpPort -lt 1 -or $httpPort -gt 65535) { throw 'Invalid http port in the data file.' }

$state = [ordered]@{
  version = 1
  site = $null
  importedMy = @()
  importedCa = @()
  importedRoot = @()
  mappings = @()
  # the 0.0.0.0:443 mapping found before the run (certificate, appid, store), which cleanup puts back
  fallbackMappingBefore = (Get-SslMappingRecord 'ipport=0.0.0.0:443')
}
function Save-State { $state | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $stateFile -Encoding UTF8 }
Save-State

# 1. IIS itself (not preinstalled on GitHub's Windows images).
if (Get-Service -Name W3SVC -ErrorAction SilentlyContinue) {
  Write-Step 'IIS is installed'
} else {
  $installed = $false
  if (Get-Command -Name Install-WindowsFeature -ErrorAction SilentlyContinue) {
    try {
      $result = Install-WindowsFeature -Name Web-Server -IncludeManagementTools
      $installed = [bool]$result.Success
    } catch {
      Write-Host "Install-WindowsFeature failed ($($_.Exception.Message)); trying Enable-WindowsOptionalFeature"
    }
  }
  if (-not $installed) {
    Enable-WindowsOptionalFeature -Online -FeatureName @('IIS-WebServerRole', 'IIS-WebServer', 'IIS-ManagementScriptingTools') -All -NoRestart | Out-Null
  }
  if (-not (Get-Service -Name W3SVC -ErrorAction SilentlyContinue)) { throw 'IIS (W3SVC) is still missing after enabling the Web-Server feature.' }
  Write-Step 'enabled IIS (Web-Server with management tools)'
}
Start-Service -Name W3SVC
Import-Module WebAdministration

# 2. Certificates, as the fabric installs those declared in the csdef: leaf with key in My,
#    intermediates in CA.
foreach ($c in @($data.certificates)) {
  $thumbprint = Assert-Thumbprint $c.thumbprint
  $pfx = Assert-FilePath $c.pfx
  $variable = Assert-EnvName $c.passwordEnv
  $plain = [Environment]::GetEnvironmentVariable($variable)
  if ($null -eq $plain) { throw "The PFX password variable for $thumbprint is not set." }
  $secure = ConvertTo-SecureString -String $plain -AsPlainText -Force
  $plain = $null
  $existed = Test-Path -LiteralPath ('Cert:\LocalMachine\My\' + $thumbprint)
  $imported = Import-PfxCertificate -FilePath $pfx -CertStoreLocation 'Cert:\LocalMachine\My' -Password $secure
  if (-not $existed) { $state.importedMy += $thumbprint; Save-State }
  if (-not (@($imported) | Where-Object { $_.Thumbprint -eq $thumbprint })) { throw "The PFX for $thumbprint imported a different certificate." }
  if (-not (Get-Item -LiteralPath ('Cert:\LocalMachine\My\' + $thumbprint)).HasPrivateKey) { throw "The certificate $thumbprint was imported without its private key." }
}
foreach ($i in @($data.intermediates)) {
  $thumbprint = Assert-Thumbprint $i.thumbprint
  $file = Assert-FilePath $i.file
  $existed = Test-Path -LiteralPath ('Cert:\LocalMachine\CA\' + $thumbprint)
  Import-Certificate -FilePath $file -CertStoreLocation 'Cert:\LocalMachine\CA' | Out-Null
  if (-not $existed) { $state.importedCa += $thumbprint; Save-State }
}
# The chains' roots: public CAs are trusted on Azure already; a private test root must be, too,
# or Schannel cannot build the chain and sends the leaf alone.
foreach ($r in @($data.roots)) {
  $thumbprint = Assert-Thumbprint $r.thumbprint
  $file = Assert-FilePath $r.file
  if (Test-Path -LiteralPath ('Cert:\LocalMachine\Root\' + $thumbprint)) { continue }
  Import-Certificate -FilePath $file -CertStoreLocation 'Cert:\LocalMachine\Root' | Out-Null
  $state.importedRoot += $thumbprint
  Save-State
}
Write-Step ('imported {0} certificate(s) into LocalMachine\My, {1} into CA, {2} new root(s) into Root' -f @($data.certificates).Count, @($data.intermediates).Count, @($state.importedRoot).Count)

# 3. The role's site as the fabric creates it.
$sitePath = 'IIS:\Sites\' + $siteName
if (Test-Path -LiteralPath $sitePath) { Remove-Website -Name $siteName }
New-Item -ItemType Directory -Force -Path $physicalPath | Out-Null
Set-Content -LiteralPath (Join-Path $physicalPath 'index.html') -Value 'sni-ready verify' -Encoding ASCII
$state.site = $siteName
Save-State
New-Website -Name $siteName -PhysicalPath $physicalPath -IPAddress $address -Port $httpPort -Force | Out-Null
# The HTTPS bindings the fabric makes from the patched csdef (usually none: patch removes host-less
# ones); the endpoint's IP-specific certificate mapping below is made either way.
$httpsBindings = 0
foreach ($h in @($data.httpsHostHeaders)) {
  if ($null -eq $h) { continue }
  if ([string]$h -eq '') {
    New-WebBinding -Name $siteName -Protocol https -IPAddress $address -Port 443
  } else {
    New-WebBinding -Name $siteName -Protocol https -IPAddress $address -Port 443 -HostHeader (Assert-HostName ([string]$h))
  }
  $httpsBindings++
}
Write-Step "created site $siteName with http ${address}:$httpPort and $httpsBindings https ${address}:443 binding(s), as the patched csdef declares"

# 4. The fabric's IP-specific certificate mapping for the HTTPS endpoint: it overrides SNI.
$key = "ipport=${address}:443"
if (Remove-SslMapping $key) { Write-Host "replaced an existing $key mapping" }
$state.mappings += $key
Save-State
$out = Invoke-Netsh @('http', 'add', 'sslcert', $key, "certhash=$fabricThumbprint", "appid=$appId", 'certstorename=MY')
if ($LASTEXITCODE -ne 0) { throw "netsh http add sslcert $key failed: $($out.Trim())" }
Start-Website -Name $siteName
Write-Step "added the fabric's IP-specific mapping $key -> $fabricThumbprint and started the site"
