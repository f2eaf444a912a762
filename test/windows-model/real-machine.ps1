<#
  The real-Windows side of the startup task scenarios (test/windows-model/real.ts), for the windows
  workflow: the same scenarios as against the model, on real IIS and the real certificate store,
  under Windows PowerShell 5.1. Reads its request from a JSON file and writes its answer to another;
  only for disposable CI machines.
#>
param(
  [Parameter(Mandatory = $true)][ValidateSet('set-sites', 'get-sites', 'import', 'remove')][string]$Action,
  [Parameter(Mandatory = $true)][string]$InFile,
  [Parameter(Mandatory = $true)][string]$OutFile
)
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$request = Get-Content -LiteralPath $InFile -Raw -Encoding UTF8 | ConvertFrom-Json

function ConvertTo-ByteArray([string]$Hex) {
  $bytes = New-Object byte[] ($Hex.Length / 2)
  for ($i = 0; $i -lt $bytes.Length; $i++) { $bytes[$i] = [Convert]::ToByte($Hex.Substring($i * 2, 2), 16) }
  return , $bytes
}

function Get-Sites([string[]]$Names) {
  $sm = New-Object Microsoft.Web.Administration.ServerManager
  $out = @()
  foreach ($name in $Names) {
    $site = $sm.Sites[$name]
    if ($null -eq $site) { continue }
    $bindings = @()
    foreach ($b in $site.Bindings) {
      $o = [ordered]@{ protocol = $b.Protocol; bindingInformation = $b.BindingInformation }
      if ($b.Protocol -eq 'https') {
        $hash = $b.CertificateHash
        if ($null -ne $hash -and $hash.Length -gt 0) { $o.certificateHash = ([BitConverter]::ToString([byte[]]$hash) -replace '-', '').ToUpperInvariant() }
        if ($b.CertificateStoreName) { $o.certificateStoreName = $b.CertificateStoreName }
      }
      $o.sslFlags = [int]$b.GetAttributeValue('sslFlags')
      $bindings += New-Object psobject -Property $o
    }
    $out += New-Object psobject -Property ([ordered]@{ name = $site.Name; id = [int]$site.Id; bindings = $bindings })
  }
  return , $out
}

Add-Type -Path (Join-Path $env:windir 'System32\inetsrv\Microsoft.Web.Administration.dll')
$answer = $null
switch ($Action) {
  'set-sites' {
    $sm = New-Object Microsoft.Web.Administration.ServerManager
    foreach ($name in @($request.manage)) {
      $old = $sm.Sites[[string]$name]
      if ($null -ne $old) { $sm.Sites.Remove($old) }
    }
    foreach ($s in @($request.sites)) {
      $first = @($s.bindings)[0]
      $site = $sm.Sites.Add([string]$s.name, [string]$first.protocol, [string]$first.bindingInformation, [string]$request.physicalPath)
      $site.Bindings.Clear()
      foreach ($b in @($s.bindings)) {
        if ($b.PSObject.Properties.Name -contains 'certificateHash' -and $b.certificateHash) {
          $nb = $site.Bindings.Add([string]$b.bindingInformation, (ConvertTo-ByteArray ([string]$b.certificateHash)), [string]$b.certificateStoreName)
        } else {
          $nb = $site.Bindings.Add([string]$b.bindingInformation, [string]$b.protocol)
        }
        if ($b.PSObject.Properties.Name -contains 'sslFlags') { $nb.SetAttributeValue('sslFlags', [int]$b.sslFlags) }
      }
    }
    $sm.CommitChanges()
    $answer = @{ ok = $true }
  }
  'get-sites' { $answer = @{ sites = (Get-Sites @($request.names)) } }
  'import' {
    if ($request.pfx) {
      $secure = ConvertTo-SecureString -String ([Environment]::GetEnvironmentVariable('SNI_REAL_PFX_PASSWORD')) -AsPlainText -Force
      Import-PfxCertificate -FilePath ([string]$request.pfx) -CertStoreLocation 'Cert:\LocalMachine\My' -Password $secure | Out-Null
    } else {
      # My by default; Root / CA for the test chain's root and intermediate
      $store = 'My'
      if ($request.PSObject.Properties.Name -contains 'store') { $store = [string]$request.store }
      Import-Certificate -FilePath ([string]$request.cer) -CertStoreLocation ('Cert:\LocalMachine\' + $store) | Out-Null
    }
    $answer = @{ ok = $true }
  }
  'remove' {
    $store = 'My'
    if ($request.PSObject.Properties.Name -contains 'store') { $store = [string]$request.store }
    $path = 'Cert:\LocalMachine\' + $store + '\' + [string]$request.thumbprint
    if (Test-Path -LiteralPath $path) {
      if ($store -eq 'My') { Remove-Item -LiteralPath $path -DeleteKey } else { Remove-Item -LiteralPath $path }
    }
    $answer = @{ ok = $true }
  }
}
$answer | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $OutFile -Encoding UTF8
