<#
.SYNOPSIS
  sni-ready for a plain IIS host: installs the SNI reconciler as a scheduled task.

.DESCRIPTION
  Part of the bundle that `sni-ready patch --target iis` writes (copied verbatim; do not edit - the
  hosts and the site are in sni-bindings.json). Runs under Windows PowerShell 5.1, elevated. It:
    1. checks the bundle's data file (sni-bindings.json, target "iis") beside this script;
    2. copies sni-bindings.ps1 and sni-bindings.json into -InstallDir (default
       %ProgramFiles%\sni-ready), a folder only administrators and SYSTEM can change, because the
       task runs the script there as SYSTEM;
       %ProgramData%\sni-ready (its log and its record of what it made) gets the same protection;
    3. registers the scheduled task \sni-ready\sni-bindings, running as SYSTEM with the highest
       privileges, with three triggers: at startup; on event 1001 of
       Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational (a certificate
       replaced by its renewal, as the Key Vault VM extension does), 30 seconds later; and every
       -IntervalMinutes (60) from midnight on. Running install.ps1 again replaces the task (still one
       task, with the new definition) and the installed files;
    4. runs the task once and waits for it (at most -WaitMinutes, 0 = do not wait), then prints its
       result and the end of its log, %ProgramData%\sni-ready\sni-bindings.log.
  Exit codes: 0 installed (and the first run succeeded), 1 the first run failed (the task stays
  registered and runs again on its triggers), 2 bad bundle or parameters, or not elevated.

.PARAMETER InstallDir
  Where the reconciler and its data are installed. Default: %ProgramFiles%\sni-ready.
.PARAMETER IntervalMinutes
  The timer trigger's interval, 5 to 1440 minutes. Default: 60.
.PARAMETER WaitMinutes
  How long to wait for the first run, 0 to 120 minutes; 0 starts it without waiting. Default: 15.
.PARAMETER NoRun
  Register the task without running it now.
#>
[CmdletBinding()]
param(
  [string]$InstallDir = '',
  [ValidateRange(5, 1440)][int]$IntervalMinutes = 60,
  [ValidateRange(0, 120)][int]$WaitMinutes = 15,
  [switch]$NoRun
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$TaskName = 'sni-bindings'
$TaskPath = '\sni-ready\'
$Reconciler = 'sni-bindings.ps1'
$DataName = 'sni-bindings.json'
# Event 1001 of the certificate lifecycle channel: a certificate was replaced by another with the same
# subject alternative names (what a renewal installed by the Key Vault VM extension raises).
$RenewalChannel = 'Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational'
$RenewalEventId = 1001
$Subscription = '<QueryList><Query Id="0" Path="' + $RenewalChannel + '"><Select Path="' + $RenewalChannel + '">*[System[(EventID=' + $RenewalEventId + ')]]</Select></Query></QueryList>'

function Write-Step {
  param([string]$Message)
  Write-Host ('sni-ready install: {0}' -f $Message)
}

# Paths end up inside the task's command line: refuse what would break its quoting or be expanded.
function Assert-PlainPath {
  param([string]$Path, [string]$What)
  if ($Path -match '["%\r\n\t]' -or $Path.Trim() -eq '') { throw "$What '$Path' cannot be used: it must not be empty or contain a double quote, a % sign or a control character" }
}

function Test-Elevated {
  if ([Environment]::OSVersion.Platform -ne [PlatformID]::Win32NT) { return $true }
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  return (New-Object Security.Principal.WindowsPrincipal $identity).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

# Only administrators and SYSTEM may change what SYSTEM runs; users may read it.
function Set-InstallAcl {
  param([string]$Path)
  if ([Environment]::OSVersion.Platform -ne [PlatformID]::Win32NT) { return }
  $acl = New-Object System.Security.AccessControl.DirectorySecurity
  $acl.SetAccessRuleProtection($true, $false)
  $inherit = [System.Security.AccessControl.InheritanceFlags]'ContainerInherit, ObjectInherit'
  $none = [System.Security.AccessControl.PropagationFlags]::None
  $allow = [System.Security.AccessControl.AccessControlType]::Allow
  foreach ($sid in @('S-1-5-18', 'S-1-5-32-544')) {
    $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule((New-Object Security.Principal.SecurityIdentifier $sid), 'FullControl', $inherit, $none, $allow)))
  }
  $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule((New-Object Security.Principal.SecurityIdentifier 'S-1-5-32-545'), 'ReadAndExecute', $inherit, $none, $allow)))
  Set-Acl -LiteralPath $Path -AclObject $acl
}

# A file replaced through a temporary copy in the same folder, so the task never reads half a file.
function Copy-FileAtomic {
  param([string]$Source, [string]$Destination)
  $temp = $Destination + '.' + [Guid]::NewGuid().ToString('N') + '.tmp'
  Copy-Item -LiteralPath $Source -Destination $temp -Force
  Move-Item -LiteralPath $temp -Destination $Destination -Force
}

function Test-BundleData {
  param([string]$Path)
  if (-not (Test-Path -LiteralPath $Path)) { throw "the bundle has no $DataName beside install.ps1 ($Path)" }
  try {
    $data = (Get-Content -LiteralPath $Path -Raw -Encoding UTF8) | ConvertFrom-Json
  } catch {
    throw "$Path is not valid JSON: $($_.Exception.Message)"
  }
  $names = @($data.PSObject.Properties.Name)
  if (-not ($names -contains 'version') -or $data.version -ne 1) { throw "$Path is not a version 1 sni-ready data file" }
  if (-not ($names -contains 'mode') -or $data.mode -ne 'iis') { throw "$Path is not for a plain IIS host (re-run sni-ready patch --target iis)" }
  if (-not ($names -contains 'siteName') -or -not ($data.siteName -is [string]) -or $data.siteName.Trim() -eq '') { throw "$Path names no IIS site" }
  if (-not ($names -contains 'bindings') -or @($data.bindings).Count -eq 0) { throw "$Path lists no bindings" }
  return $data
}

try {
  if (-not (Test-Elevated)) { throw 'run install.ps1 elevated (as an administrator): it registers a task that runs as SYSTEM' }
  $bundle = $PSScriptRoot
  $data = Test-BundleData -Path (Join-Path $bundle $DataName)
  if (-not (Test-Path -LiteralPath (Join-Path $bundle $Reconciler))) { throw "the bundle has no $Reconciler beside install.ps1" }
  if ($InstallDir -eq '') { $InstallDir = Join-Path $env:ProgramFiles 'sni-ready' }
  $InstallDir = [IO.Path]::GetFullPath($InstallDir)
  Assert-PlainPath -Path $InstallDir -What 'InstallDir'
  $logDir = Join-Path $env:ProgramData 'sni-ready'
  Assert-PlainPath -Path $logDir -What 'ProgramData'
} catch {
  Write-Step ('ERROR: {0}' -f $_.Exception.Message)
  exit 2
}

try {
  foreach ($dir in @($InstallDir, $logDir)) {
    if (-not (Test-Path -LiteralPath $dir)) { New-Item -ItemType Directory -Path $dir -Force | Out-Null }
  }
  # what SYSTEM runs, and the log and state it keeps: administrators and SYSTEM only may change them
  Set-InstallAcl -Path $InstallDir
  Set-InstallAcl -Path $logDir
  $sameFolder = [string]::Equals([IO.Path]::GetFullPath($bundle).TrimEnd('\', '/'), $InstallDir.TrimEnd('\', '/'), [StringComparison]::OrdinalIgnoreCase)
  if (-not $sameFolder) {
    foreach ($name in @($Reconciler, $DataName)) { Copy-FileAtomic -Source (Join-Path $bundle $name) -Destination (Join-Path $InstallDir $name) }
  }
  Write-Step ("installed {0} and {1} in {2} (site '{3}', {4} binding(s))" -f $Reconciler, $DataName, $InstallDir, $data.siteName, @($data.bindings).Count)

  $script = Join-Path $InstallDir $Reconciler
  $dataFile = Join-Path $InstallDir $DataName
  $logFile = Join-Path $logDir 'sni-bindings.log'
  $powershell = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
  $arguments = '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -DataFile "{1}" -LogFile "{2}"' -f $script, $dataFile, $logFile
  $action = New-ScheduledTaskAction -Execute $powershell -Argument $arguments -WorkingDirectory $InstallDir

  $atStartup = New-ScheduledTaskTrigger -AtStartup
  $timer = New-ScheduledTaskTrigger -Once -At ((Get-Date).Date) -RepetitionInterval (New-TimeSpan -Minutes $IntervalMinutes)
  $eventClass = Get-CimClass -Namespace 'Root/Microsoft/Windows/TaskScheduler' -ClassName 'MSFT_TaskEventTrigger'
  $onRenewal = New-CimInstance -CimClass $eventClass -ClientOnly
  $onRenewal.Enabled = $true
  $onRenewal.Subscription = $Subscription
  # the extension installs a renewal and raises the event; give it a moment to finish
  $onRenewal.Delay = 'PT30S'

  $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
  # Queue: a renewal that arrives while a run is going gets a run of its own afterwards
  $settings = New-ScheduledTaskSettingsSet -MultipleInstances Queue -ExecutionTimeLimit (New-TimeSpan -Hours 1) -StartWhenAvailable -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
  $description = 'sni-ready: gives each host of an IIS site its own certificate through SNI (at startup, on a certificate renewal, every {0} minutes). Log: {1}' -f $IntervalMinutes, $logFile
  $existing = Get-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -ErrorAction SilentlyContinue
  Register-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -Action $action -Trigger @($atStartup, $onRenewal, $timer) -Principal $principal -Settings $settings -Description $description -Force | Out-Null
  if ($null -ne $existing) { Write-Step ('updated the scheduled task {0}{1}' -f $TaskPath, $TaskName) } else { Write-Step ('registered the scheduled task {0}{1}' -f $TaskPath, $TaskName) }
  Write-Step ('triggers: at startup; event {0} of {1}; every {2} minutes' -f $RenewalEventId, $RenewalChannel, $IntervalMinutes)
} catch {
  Write-Step ('ERROR: {0}' -f $_.Exception.Message)
  exit 2
}

if ($NoRun) {
  Write-Step 'not run now (-NoRun); it runs at the next trigger'
  exit 0
}
try {
  $logLength = 0
  if (Test-Path -LiteralPath $logFile) { $logLength = @(Get-Content -LiteralPath $logFile).Count }
  $lastRun = (Get-ScheduledTaskInfo -TaskName $TaskName -TaskPath $TaskPath).LastRunTime
  Start-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath
  if ($WaitMinutes -eq 0) {
    Write-Step "started the task; its log is $logFile"
    exit 0
  }
  $deadline = [DateTime]::UtcNow.AddMinutes($WaitMinutes)
  # done when the task has started since (a new LastRunTime) and is no longer running or queued
  while ($true) {
    $state = [string](Get-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath).State
    if ($state -ne 'Running' -and $state -ne 'Queued' -and (Get-ScheduledTaskInfo -TaskName $TaskName -TaskPath $TaskPath).LastRunTime -ne $lastRun) { break }
    if ([DateTime]::UtcNow -ge $deadline) {
      Write-Step "the first run is still going after $WaitMinutes minute(s); its log is $logFile"
      exit 0
    }
    Start-Sleep -Seconds 2
  }
  $result = (Get-ScheduledTaskInfo -TaskName $TaskName -TaskPath $TaskPath).LastTaskResult
  if (Test-Path -LiteralPath $logFile) { @(Get-Content -LiteralPath $logFile) | Select-Object -Skip $logLength | ForEach-Object { Write-Host ('  | {0}' -f $_) } }
  if ($result -ne 0) {
    Write-Step ("ERROR: the first run ended with {0} (see the log above, {1}); the task stays registered and runs again on its triggers" -f $result, $logFile)
    exit 1
  }
  Write-Step 'the first run succeeded'
  exit 0
} catch {
  Write-Step ('ERROR: {0}' -f $_.Exception.Message)
  exit 1
}
