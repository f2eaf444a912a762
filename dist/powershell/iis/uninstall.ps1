<#
.SYNOPSIS
  sni-ready for a plain IIS host: removes the scheduled task that install.ps1 registered.

.DESCRIPTION
  Part of the bundle that `sni-ready patch --target iis` writes (copied verbatim). Runs under
  Windows PowerShell 5.1, elevated. It:
    1. stops and unregisters the scheduled task \sni-ready\sni-bindings (nothing to do when it is
       not there: running uninstall.ps1 twice is fine);
    2. with -RemoveBindings, removes what the reconciler recorded as made by itself in
       %ProgramData%\sni-ready\sni-bindings.state.json (-StateFile): the https bindings it added to the site,
       the HTTP.sys certificate mappings it added (netsh http delete sslcert), and the SNI mapping
       IIS kept for a binding it removes. Nothing it did not record is touched: bindings and
       mappings that were there before, or that it only updated, stay;
    3. removes the installed sni-bindings.ps1 and sni-bindings.json, and the install folder when
       nothing else is in it; the state file goes once its bindings and mappings are gone;
    4. with -RemoveLog, removes %ProgramData%\sni-ready\sni-bindings.log (and that folder when empty).
  Without -RemoveBindings the bindings keep serving with the certificates they have; the state file
  stays, so a later `uninstall.ps1 -RemoveBindings` can still take them off.
  Exit codes: 0 done, 1 something could not be removed (see the output), 2 not elevated or bad
  parameters.

.PARAMETER InstallDir
  Where install.ps1 installed the reconciler. Default: %ProgramFiles%\sni-ready.
.PARAMETER StateFile
  The reconciler's record of what it made. Default: %ProgramData%\sni-ready\sni-bindings.state.json.
.PARAMETER RemoveBindings
  Also remove the bindings and mappings the reconciler made.
.PARAMETER RemoveLog
  Also remove the reconciler's log.
#>
[CmdletBinding()]
param(
  [string]$InstallDir = '',
  [string]$StateFile = '',
  [switch]$RemoveBindings,
  [switch]$RemoveLog
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$TaskName = 'sni-bindings'
$TaskPath = '\sni-ready\'
# \z, not $: in .NET, $ also matches before a final newline
$BindingPattern = '^(\*|[0-9.]+|\[[0-9A-Fa-f:.]+\])?:[0-9]{1,5}:(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\z'
$MappingPattern = '^(hostnameport=(\*\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|ipport=([0-9]{1,3}(\.[0-9]{1,3}){3}|\[[0-9a-f:.]+\])):[0-9]{1,5}\z'
$script:failures = 0

function Write-Step {
  param([string]$Message)
  Write-Host ('sni-ready uninstall: {0}' -f $Message)
}

function Write-Failure {
  param([string]$Message)
  Write-Step ('ERROR: {0}' -f $Message)
  $script:failures++
}

function Test-Elevated {
  if ([Environment]::OSVersion.Platform -ne [PlatformID]::Win32NT) { return $true }
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  return (New-Object Security.Principal.WindowsPrincipal $identity).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

# netsh with an argument list (never a command string); under 'Stop', Windows PowerShell 5.1 turns a
# native command's stderr line into an error, so it runs with 'Continue' and the exit code decides.
function Invoke-NetshRaw {
  param([string[]]$Arguments)
  $ErrorActionPreference = 'Continue'
  $output = @(& netsh.exe @Arguments 2>&1)
  return New-Object psobject -Property @{ Code = $LASTEXITCODE; Output = (($output | ForEach-Object { [string]$_ }) -join "`n") }
}

# True when HTTP.sys has the mapping kind=key (netsh shows it by its key; a missing one is an error).
function Test-SslMapping {
  param([string]$Mapping)
  $r = Invoke-NetshRaw @('http', 'show', 'sslcert', $Mapping)
  $key = $Mapping.Substring($Mapping.IndexOf('=') + 1)
  return ($r.Code -eq 0 -and $r.Output.IndexOf($key, [StringComparison]::OrdinalIgnoreCase) -ge 0)
}

function Remove-SslMapping {
  param([string]$Mapping)
  if (-not (Test-SslMapping $Mapping)) { return }
  $r = Invoke-NetshRaw @('http', 'delete', 'sslcert', $Mapping)
  if ($r.Code -ne 0) { Write-Failure ('netsh http delete sslcert {0} failed (exit {1}): {2}' -f $Mapping, $r.Code, $r.Output.Trim()) }
  else { Write-Step ('removed the certificate mapping {0}' -f $Mapping) }
}

function Read-State {
  param([string]$Path)
  $state = (Get-Content -LiteralPath $Path -Raw -Encoding UTF8) | ConvertFrom-Json
  $names = @($state.PSObject.Properties.Name)
  if (-not ($names -contains 'version') -or $state.version -ne 1) { throw "$Path is not a version 1 sni-ready state file" }
  $bindings = @()
  if ($names -contains 'bindings') {
    foreach ($b in @($state.bindings)) {
      if ($null -eq $b) { continue }
      $info = [string]$b.bindingInformation
      if ($info -cnotmatch $BindingPattern -or [string]$b.site -eq '') { throw "$Path records a binding '$info' that is not one sni-ready makes" }
      $bindings += New-Object psobject -Property @{ Site = [string]$b.site; BindingInformation = $info }
    }
  }
  $mappings = @()
  if ($names -contains 'mappings') { foreach ($m in @($state.mappings)) { if ([string]$m -cmatch $MappingPattern) { $mappings += [string]$m } else { throw "$Path records a mapping '$m' that is not one sni-ready makes" } } }
  return New-Object psobject -Property @{ Bindings = $bindings; Mappings = $mappings }
}

# Removes the recorded https bindings, one commit; returns the hosts whose binding went.
function Remove-RecordedBindings {
  param($State)
  $removedHosts = @()
  if (@($State.Bindings).Count -eq 0) { return , $removedHosts }
  Add-Type -Path (Join-Path $env:windir 'System32\inetsrv\Microsoft.Web.Administration.dll')
  $sm = New-Object Microsoft.Web.Administration.ServerManager
  foreach ($record in $State.Bindings) {
    $site = $sm.Sites[$record.Site]
    if ($null -eq $site) {
      Write-Step ("site '{0}' is gone, and its binding {1} with it" -f $record.Site, $record.BindingInformation)
      continue
    }
    $found = @($site.Bindings | Where-Object { $_.Protocol -eq 'https' -and [string]$_.BindingInformation -eq $record.BindingInformation })
    foreach ($b in $found) {
      $site.Bindings.Remove($b)
      Write-Step ("removing binding https {0} from site '{1}'" -f $record.BindingInformation, $record.Site)
      $removedHosts += $record.BindingInformation.Substring($record.BindingInformation.LastIndexOf(':') + 1)
    }
  }
  if ($removedHosts.Count -gt 0) { $sm.CommitChanges() }
  return , $removedHosts
}

try {
  if (-not (Test-Elevated)) { throw 'run uninstall.ps1 elevated (as an administrator)' }
  if ($InstallDir -eq '') { $InstallDir = Join-Path $env:ProgramFiles 'sni-ready' }
  $InstallDir = [IO.Path]::GetFullPath($InstallDir)
  if ($StateFile -eq '') { $StateFile = Join-Path (Join-Path $env:ProgramData 'sni-ready') 'sni-bindings.state.json' }
} catch {
  Write-Step ('ERROR: {0}' -f $_.Exception.Message)
  exit 2
}

# 1. the task
try {
  $task = Get-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -ErrorAction SilentlyContinue
  if ($null -eq $task) {
    Write-Step ('no scheduled task {0}{1}' -f $TaskPath, $TaskName)
  } else {
    if ([string]$task.State -eq 'Running') { Stop-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath }
    Unregister-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -Confirm:$false
    Write-Step ('unregistered the scheduled task {0}{1}' -f $TaskPath, $TaskName)
  }
} catch {
  Write-Failure ('the scheduled task: {0}' -f $_.Exception.Message)
}

# 2. what the reconciler made
$statePath = $StateFile
if ($RemoveBindings) {
  if (-not (Test-Path -LiteralPath $statePath)) {
    Write-Step ('nothing recorded in {0}: no binding or mapping to remove' -f $statePath)
  } else {
    try {
      $state = Read-State -Path $statePath
      $gone = @(Remove-RecordedBindings -State $state)
      $mappings = @($state.Mappings)
      # the SNI mapping IIS keeps for a binding that was removed
      foreach ($h in $gone) { if ($mappings -notcontains ('hostnameport=' + $h + ':443')) { $mappings += ('hostnameport=' + $h + ':443') } }
      $before = $script:failures
      foreach ($m in $mappings) { Remove-SslMapping -Mapping $m }
      if ($script:failures -eq $before) { Remove-Item -LiteralPath $statePath -Force }
    } catch {
      Write-Failure ('removing the bindings and mappings: {0}' -f $_.Exception.Message)
    }
  }
} elseif (Test-Path -LiteralPath $statePath) {
  Write-Step ('bindings and mappings stay (recorded in {0}; uninstall.ps1 -RemoveBindings removes them)' -f $statePath)
}

# 3. the installed files
try {
  foreach ($name in @('sni-bindings.ps1', 'sni-bindings.json')) {
    $p = Join-Path $InstallDir $name
    if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -Force }
  }
  if ((Test-Path -LiteralPath $InstallDir) -and @(Get-ChildItem -LiteralPath $InstallDir -Force).Count -eq 0) {
    Remove-Item -LiteralPath $InstallDir -Force
    Write-Step ('removed {0}' -f $InstallDir)
  }
} catch {
  Write-Failure ('the installed files: {0}' -f $_.Exception.Message)
}

# 4. the log
if ($RemoveLog) {
  try {
    $logDir = Join-Path $env:ProgramData 'sni-ready'
    $log = Join-Path $logDir 'sni-bindings.log'
    if (Test-Path -LiteralPath $log) { Remove-Item -LiteralPath $log -Force }
    if ((Test-Path -LiteralPath $logDir) -and @(Get-ChildItem -LiteralPath $logDir -Force).Count -eq 0) { Remove-Item -LiteralPath $logDir -Force }
  } catch {
    Write-Failure ('the log: {0}' -f $_.Exception.Message)
  }
}

if ($script:failures -gt 0) {
  Write-Step 'finished with errors (see above)'
  exit 1
}
Write-Step 'done'
exit 0
