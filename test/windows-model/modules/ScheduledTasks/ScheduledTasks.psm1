# A model of Windows' ScheduledTasks module for the Windows model under pwsh on Linux (where the
# module does not exist), so install.ps1 and uninstall.ps1 run as they are. Its state is the task
# table $env:SNI_MODEL_DIR/tasks.json. It checks what the real module and Task Scheduler check, from
# their documentation (learn.microsoft.com powershell/module/scheduledtasks; the Task Scheduler
# schema, windows/win32/taskschd/task-scheduler-schema):
#   - New-ScheduledTaskTrigger's parameter sets (-AtStartup; -Once -At [-RepetitionInterval
#     [-RepetitionDuration]]; -Daily/-Weekly -At); a repetition interval from 1 minute to 31 days
#     (repetitionType/Interval), not longer than a given duration; TimeSpan.MaxValue as a duration is
#     refused, as Windows Server 2016 and later refuse it ("incorrectly formatted or out of range");
#   - triggers, actions, principal and settings must be the module's objects (CimInstance types);
#   - an event trigger (MSFT_TaskEventTrigger) needs a Subscription: a QueryList whose Query/Select
#     elements name a channel (Path) and hold an XPath the event log can evaluate; it is parsed, the
#     channel must be one the model's machine has, and the XPath is compiled; Delay is an xs:duration;
#   - New-ScheduledTaskPrincipal: LogonType ServiceAccount only for SYSTEM, LOCAL SERVICE or NETWORK
#     SERVICE; RunLevel Limited or Highest;
#   - Register-ScheduledTask: a TaskPath starts and ends with '\'; an existing task is replaced only
#     with -Force (else "Cannot create a file when that file already exists", 0x800700B7);
#   - Unregister-ScheduledTask asks for confirmation unless -Confirm:$false (ConfirmImpact High);
#   - Get-ScheduledTask writes an error (not an exception) when no task matches.
# Start-ScheduledTask runs the task's action at once and waits for it (the real one only starts it);
# Invoke-ModelTrigger (the model's own) fires the tasks whose triggers match a boot, a timer tick or
# an event, the event matched against each subscription's XPath, as the event log does.
Set-StrictMode -Version 2.0

$script:Ns = 'Root/Microsoft/Windows/TaskScheduler'
$script:Channels = @('Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational', 'Microsoft-Windows-CertificateServicesClient-Lifecycle-User/Operational', 'System', 'Application')
$script:ServiceAccounts = @('SYSTEM', 'NT AUTHORITY\SYSTEM', 'S-1-5-18', 'LOCAL SERVICE', 'NT AUTHORITY\LOCAL SERVICE', 'S-1-5-19', 'NETWORK SERVICE', 'NT AUTHORITY\NETWORK SERVICE', 'S-1-5-20')
$script:NotRun = 267011 # SCHED_S_TASK_HAS_NOT_RUN

function New-ModelCim {
  param([string]$Class, [System.Collections.IDictionary]$Values)
  $o = [pscustomobject]$Values
  $o.PSObject.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#$script:Ns/$Class")
  $o.PSObject.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#$Class")
  return $o
}

function Get-CimClassName {
  param($Object)
  if ($null -eq $Object) { return $null }
  foreach ($t in $Object.PSObject.TypeNames) { if ($t -match '^Microsoft\.Management\.Infrastructure\.CimInstance#(MSFT_\w+)$') { return $Matches[1] } }
  return $null
}

function ConvertTo-Duration {
  param([TimeSpan]$Span)
  return [System.Xml.XmlConvert]::ToString($Span)
}

function Get-TaskFile {
  if (-not $env:SNI_MODEL_DIR) { throw 'SNI_MODEL_DIR is not set (Windows model)' }
  return (Join-Path $env:SNI_MODEL_DIR 'tasks.json')
}

function Read-Tasks {
  $f = Get-TaskFile
  if (-not (Test-Path -LiteralPath $f)) { return @() }
  $t = Get-Content -LiteralPath $f -Raw | ConvertFrom-Json
  return @($t.tasks)
}

function Save-Tasks {
  param($Tasks)
  $f = Get-TaskFile
  (@{ tasks = @($Tasks) } | ConvertTo-Json -Depth 10) | Set-Content -LiteralPath ($f + '.tmp')
  Move-Item -LiteralPath ($f + '.tmp') -Destination $f -Force
}

function Write-ModelLog {
  param([string]$Line)
  Add-Content -LiteralPath (Join-Path $env:SNI_MODEL_DIR 'tasks.log') -Value $Line
}

function Assert-TaskPath {
  param([string]$TaskPath)
  if (-not ($TaskPath.StartsWith('\') -and $TaskPath.EndsWith('\'))) { throw "The task path '$TaskPath' must start and end with '\' (e.g. \sni-ready\)" }
}

function New-ScheduledTaskAction {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)][string]$Execute,
    [string]$Argument,
    [string]$WorkingDirectory,
    [string]$Id
  )
  if ($Execute.Trim() -eq '') { throw 'Cannot validate argument on parameter Execute: empty' }
  return New-ModelCim 'MSFT_TaskExecAction' ([ordered]@{ Id = $Id; Execute = $Execute; Arguments = $Argument; WorkingDirectory = $WorkingDirectory })
}

function New-ScheduledTaskTrigger {
  [CmdletBinding(DefaultParameterSetName = 'Once')]
  param(
    [Parameter(Mandatory = $true, ParameterSetName = 'AtStartup')][switch]$AtStartup,
    [Parameter(Mandatory = $true, ParameterSetName = 'AtLogon')][switch]$AtLogOn,
    [Parameter(ParameterSetName = 'AtLogon')][string]$User,
    [Parameter(Mandatory = $true, ParameterSetName = 'Once')][switch]$Once,
    [Parameter(Mandatory = $true, ParameterSetName = 'Daily')][switch]$Daily,
    [Parameter(Mandatory = $true, ParameterSetName = 'Weekly')][switch]$Weekly,
    [Parameter(Mandatory = $true, ParameterSetName = 'Once')][Parameter(Mandatory = $true, ParameterSetName = 'Daily')][Parameter(Mandatory = $true, ParameterSetName = 'Weekly')][DateTime]$At,
    [Parameter(ParameterSetName = 'Once')][TimeSpan]$RepetitionInterval,
    [Parameter(ParameterSetName = 'Once')][TimeSpan]$RepetitionDuration,
    [Parameter(ParameterSetName = 'Daily')][uint32]$DaysInterval = 1,
    [Parameter(ParameterSetName = 'Weekly')][DayOfWeek[]]$DaysOfWeek,
    [TimeSpan]$RandomDelay
  )
  switch ($PSCmdlet.ParameterSetName) {
    'AtStartup' { return New-ModelCim 'MSFT_TaskBootTrigger' ([ordered]@{ Enabled = $true; Delay = $null; Repetition = $null }) }
    'AtLogon' { return New-ModelCim 'MSFT_TaskLogonTrigger' ([ordered]@{ Enabled = $true; UserId = $User }) }
    'Once' {
      $repetition = $null
      if ($PSBoundParameters.ContainsKey('RepetitionDuration') -and -not $PSBoundParameters.ContainsKey('RepetitionInterval')) { throw 'RepetitionDuration needs RepetitionInterval' }
      if ($PSBoundParameters.ContainsKey('RepetitionInterval')) {
        if ($RepetitionInterval -lt [TimeSpan]::FromMinutes(1) -or $RepetitionInterval -gt [TimeSpan]::FromDays(31)) { throw "The repetition interval $RepetitionInterval is outside 1 minute to 31 days" }
        $duration = ''
        if ($PSBoundParameters.ContainsKey('RepetitionDuration')) {
          if ($RepetitionDuration -eq [TimeSpan]::MaxValue) { throw 'The task XML contains a value which is incorrectly formatted or out of range. (TimeSpan.MaxValue as RepetitionDuration: leave it out for an indefinite repetition)' }
          if ($RepetitionDuration -lt $RepetitionInterval) { throw 'The repetition duration is shorter than the interval' }
          $duration = ConvertTo-Duration $RepetitionDuration
        }
        $repetition = [pscustomobject]@{ Interval = (ConvertTo-Duration $RepetitionInterval); Duration = $duration; StopAtDurationEnd = $false }
      }
      return New-ModelCim 'MSFT_TaskTimeTrigger' ([ordered]@{ Enabled = $true; StartBoundary = $At.ToString('s'); Repetition = $repetition })
    }
    'Daily' { return New-ModelCim 'MSFT_TaskDailyTrigger' ([ordered]@{ Enabled = $true; StartBoundary = $At.ToString('s'); DaysInterval = $DaysInterval }) }
    'Weekly' { return New-ModelCim 'MSFT_TaskWeeklyTrigger' ([ordered]@{ Enabled = $true; StartBoundary = $At.ToString('s'); DaysOfWeek = $DaysOfWeek }) }
  }
}

function New-ScheduledTaskPrincipal {
  [CmdletBinding()]
  param(
    [string]$UserId,
    [string]$GroupId,
    [ValidateSet('None', 'Password', 'S4U', 'Interactive', 'Group', 'ServiceAccount', 'InteractiveOrPassword')][string]$LogonType = 'Interactive',
    [ValidateSet('Limited', 'Highest')][string]$RunLevel = 'Limited',
    [string]$Id = 'Author'
  )
  if (-not $UserId -and -not $GroupId) { throw 'New-ScheduledTaskPrincipal needs -UserId or -GroupId' }
  if ($LogonType -eq 'ServiceAccount' -and $script:ServiceAccounts -notcontains $UserId) { throw "No mapping between account names and security IDs was done: '$UserId' is not a service account (LogonType ServiceAccount)" }
  return New-ModelCim 'MSFT_TaskPrincipal2' ([ordered]@{ Id = $Id; UserId = $UserId; GroupId = $GroupId; LogonType = $LogonType; RunLevel = $RunLevel })
}

function New-ScheduledTaskSettingsSet {
  [CmdletBinding()]
  param(
    [ValidateSet('Parallel', 'Queue', 'IgnoreNew', 'StopExisting')][string]$MultipleInstances = 'IgnoreNew',
    [TimeSpan]$ExecutionTimeLimit = [TimeSpan]::FromHours(72),
    [switch]$StartWhenAvailable,
    [switch]$AllowStartIfOnBatteries,
    [switch]$DontStopIfGoingOnBatteries,
    [switch]$Hidden,
    [int]$RestartCount = 0,
    [TimeSpan]$RestartInterval,
    [int]$Priority = 7
  )
  if ($RestartCount -gt 0 -and -not $PSBoundParameters.ContainsKey('RestartInterval')) { throw 'RestartCount needs RestartInterval' }
  return New-ModelCim 'MSFT_TaskSettings3' ([ordered]@{
      MultipleInstances = $MultipleInstances; ExecutionTimeLimit = (ConvertTo-Duration $ExecutionTimeLimit); StartWhenAvailable = [bool]$StartWhenAvailable
      DisallowStartIfOnBatteries = -not $AllowStartIfOnBatteries; StopIfGoingOnBatteries = -not $DontStopIfGoingOnBatteries; Hidden = [bool]$Hidden
      RestartCount = $RestartCount; Priority = $Priority
    })
}

# An event trigger's subscription as the event log reads it: the XML parsed, each Select's channel
# known, each XPath compiled. Returns the queries as @{ Path; XPath; Suppress }.
function Read-Subscription {
  param([string]$Subscription)
  if ([string]::IsNullOrWhiteSpace($Subscription)) { throw 'An event trigger needs a Subscription (an event query)' }
  try { $doc = [xml]$Subscription } catch { throw "The event trigger's Subscription is not XML: $($_.Exception.Message)" }
  if ($doc.DocumentElement.LocalName -ne 'QueryList') { throw "The event trigger's Subscription is not a QueryList" }
  $out = @()
  foreach ($q in @($doc.DocumentElement.ChildNodes | Where-Object { $_.NodeType -eq 'Element' })) {
    if ($q.LocalName -ne 'Query') { throw "Unexpected element $($q.LocalName) in the QueryList" }
    foreach ($sel in @($q.ChildNodes | Where-Object { $_.NodeType -eq 'Element' })) {
      if ($sel.LocalName -ne 'Select' -and $sel.LocalName -ne 'Suppress') { throw "Unexpected element $($sel.LocalName) in a Query" }
      $path = $sel.GetAttribute('Path')
      if ($path -eq '') { $path = $q.GetAttribute('Path') }
      if ($script:Channels -notcontains $path) { throw "The event channel '$path' does not exist on this machine (the specified channel could not be found)" }
      $xpath = $sel.InnerText.Trim()
      try { [System.Xml.XPath.XPathExpression]::Compile($xpath) | Out-Null } catch { throw "The event query '$xpath' is not a valid XPath: $($_.Exception.Message)" }
      $out += @{ Path = $path; XPath = $xpath; Suppress = ($sel.LocalName -eq 'Suppress') }
    }
  }
  if ($out.Count -eq 0) { throw 'The event query selects nothing' }
  return $out
}

function ConvertTo-TriggerRecord {
  param($Trigger)
  $class = Get-CimClassName $Trigger
  switch ($class) {
    'MSFT_TaskBootTrigger' { return @{ type = 'boot'; enabled = [bool]$Trigger.Enabled } }
    'MSFT_TaskTimeTrigger' {
      $r = @{ type = 'time'; enabled = [bool]$Trigger.Enabled; startBoundary = $Trigger.StartBoundary; interval = $null; duration = $null }
      if ($null -ne $Trigger.Repetition) { $r.interval = $Trigger.Repetition.Interval; $r.duration = $Trigger.Repetition.Duration }
      return $r
    }
    'MSFT_TaskEventTrigger' {
      $queries = Read-Subscription ([string]$Trigger.Subscription)
      if ($null -ne $Trigger.Delay -and [string]$Trigger.Delay -ne '') { try { [System.Xml.XmlConvert]::ToTimeSpan([string]$Trigger.Delay) | Out-Null } catch { throw "The event trigger's Delay '$($Trigger.Delay)' is not a duration (e.g. PT30S)" } }
      return @{ type = 'event'; enabled = ($Trigger.Enabled -ne $false); subscription = [string]$Trigger.Subscription; delay = $Trigger.Delay; channels = @($queries | ForEach-Object { $_.Path }) }
    }
    default { throw "Cannot bind parameter Trigger: '$class' is not a trigger of this model (MSFT_TaskBootTrigger, MSFT_TaskTimeTrigger, MSFT_TaskEventTrigger)" }
  }
}

function Register-ScheduledTask {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][string]$TaskName,
    [Parameter(Position = 1)][string]$TaskPath = '\',
    [Parameter(Mandatory = $true)][object[]]$Action,
    [object[]]$Trigger = @(),
    [object]$Principal,
    [object]$Settings,
    [string]$Description,
    [switch]$Force
  )
  Assert-TaskPath $TaskPath
  if ($TaskName -match '[\\/:*?"<>|]') { throw "Invalid task name '$TaskName'" }
  $actions = @()
  foreach ($a in $Action) {
    if ((Get-CimClassName $a) -ne 'MSFT_TaskExecAction') { throw 'Cannot bind parameter Action: not an MSFT_TaskExecAction (New-ScheduledTaskAction)' }
    $actions += @{ execute = $a.Execute; arguments = $a.Arguments; workingDirectory = $a.WorkingDirectory }
  }
  $triggers = @($Trigger | ForEach-Object { ConvertTo-TriggerRecord $_ })
  $principalRecord = @{ userId = $env:USERNAME; logonType = 'Interactive'; runLevel = 'Limited' }
  if ($null -ne $Principal) {
    if ((Get-CimClassName $Principal) -ne 'MSFT_TaskPrincipal2') { throw 'Cannot bind parameter Principal: not an MSFT_TaskPrincipal2 (New-ScheduledTaskPrincipal)' }
    $principalRecord = @{ userId = $Principal.UserId; logonType = $Principal.LogonType; runLevel = $Principal.RunLevel }
  }
  $settingsRecord = $null
  if ($null -ne $Settings) {
    if ((Get-CimClassName $Settings) -ne 'MSFT_TaskSettings3') { throw 'Cannot bind parameter Settings: not an MSFT_TaskSettings3 (New-ScheduledTaskSettingsSet)' }
    $settingsRecord = @{}
    foreach ($p in $Settings.PSObject.Properties) { $settingsRecord[$p.Name] = $p.Value }
  }
  $tasks = @(Read-Tasks)
  $existing = @($tasks | Where-Object { $_.path -eq $TaskPath -and $_.name -eq $TaskName })
  if ($existing.Count -gt 0 -and -not $Force) { throw 'Cannot create a file when that file already exists. (Exception from HRESULT: 0x800700B7)' }
  $registrations = 1
  if ($existing.Count -gt 0) { $registrations = [int]$existing[0].registrations + 1 }
  $record = [ordered]@{
    path = $TaskPath; name = $TaskName; description = $Description; registrations = $registrations; state = 'Ready'
    lastRunTime = $null; lastTaskResult = $script:NotRun; actions = $actions; triggers = $triggers; principal = $principalRecord; settings = $settingsRecord
  }
  $tasks = @($tasks | Where-Object { -not ($_.path -eq $TaskPath -and $_.name -eq $TaskName) }) + @([pscustomobject]$record)
  Save-Tasks $tasks
  Write-ModelLog "register $TaskPath$TaskName (registration $registrations)"
  return Get-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath
}

function ConvertTo-TaskObject {
  param($Record)
  return New-ModelCim 'MSFT_ScheduledTask' ([ordered]@{
      TaskName = $Record.name; TaskPath = $Record.path; State = $Record.state; Description = $Record.description
      Actions = $Record.actions; Triggers = $Record.triggers; Principal = $Record.principal; Settings = $Record.settings
    })
}

function Find-Task {
  param([string]$TaskName, [string]$TaskPath)
  return @(Read-Tasks | Where-Object { $_.name -like $TaskName -and ($TaskPath -eq '' -or $_.path -like $TaskPath) })
}

function Get-ScheduledTask {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$TaskName = '*', [Parameter(Position = 1)][string]$TaskPath = '')
  $found = @(Find-Task $TaskName $TaskPath)
  if ($found.Count -eq 0) {
    Write-Error -Message "No MSFT_ScheduledTask objects found with property 'TaskName' equal to '$TaskName'.  Verify the value of the property and retry." -Category ObjectNotFound
    return
  }
  foreach ($t in $found) { ConvertTo-TaskObject $t }
}

function Get-ScheduledTaskInfo {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$TaskName, [Parameter(Position = 1)][string]$TaskPath = '\')
  $found = @(Find-Task $TaskName $TaskPath)
  if ($found.Count -eq 0) { throw "The system cannot find the file specified: $TaskPath$TaskName" }
  $t = $found[0]
  $last = $null
  if ($null -ne $t.lastRunTime) { $last = [DateTime]::Parse([string]$t.lastRunTime, [Globalization.CultureInfo]::InvariantCulture) }
  return New-ModelCim 'MSFT_TaskDynamicInfo' ([ordered]@{ TaskName = $t.name; TaskPath = $t.path; LastRunTime = $last; LastTaskResult = [int]$t.lastTaskResult })
}

function Unregister-ScheduledTask {
  [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
  param([Parameter(Mandatory = $true, Position = 0)][string]$TaskName, [Parameter(Position = 1)][string]$TaskPath = '\')
  $found = @(Find-Task $TaskName $TaskPath)
  if ($found.Count -eq 0) { throw "No MSFT_ScheduledTask objects found with property 'TaskName' equal to '$TaskName'." }
  if (-not $PSCmdlet.ShouldProcess("$TaskPath$TaskName", 'Unregister-ScheduledTask')) { return }
  Save-Tasks @(Read-Tasks | Where-Object { -not ($_.path -eq $found[0].path -and $_.name -eq $found[0].name) })
  Write-ModelLog "unregister $TaskPath$TaskName"
}

# Windows' rules for splitting a command line (CommandLineToArgvW), without backslash escapes.
function Split-CommandLine {
  param([string]$Line)
  $args2 = @()
  $current = ''
  $inQuotes = $false
  $has = $false
  foreach ($ch in $Line.ToCharArray()) {
    if ($ch -eq '"') { $inQuotes = -not $inQuotes; $has = $true; continue }
    if (-not $inQuotes -and [char]::IsWhiteSpace($ch)) {
      if ($has) { $args2 += $current; $current = ''; $has = $false }
      continue
    }
    $current += $ch
    $has = $true
  }
  if ($inQuotes) { throw "Unbalanced quotes in the task's arguments: $Line" }
  if ($has) { $args2 += $current }
  return , $args2
}

function Invoke-TaskRecord {
  param($Record, [string]$Why)
  $pwsh = $env:SNI_MODEL_PWSH
  if (-not $pwsh) { $pwsh = (Get-Process -Id $PID).Path }
  $code = 0
  foreach ($a in @($Record.actions)) {
    $exe = [string]$a.execute
    # Windows PowerShell 5.1 of the real machine is pwsh here
    if ($exe -match '(?i)[\\/]WindowsPowerShell[\\/]v1\.0[\\/]powershell\.exe$') { $exe = $pwsh }
    $argv = Split-CommandLine ([string]$a.arguments)
    Write-ModelLog "run $($Record.path)$($Record.name) ($Why): $exe $($argv -join ' ')"
    $cwd = [string]$a.workingDirectory
    if ($cwd -ne '') { Push-Location -LiteralPath $cwd }
    try {
      $output = & $exe @argv 2>&1
      $code = $LASTEXITCODE
    } finally {
      if ($cwd -ne '') { Pop-Location }
    }
    foreach ($line in @($output)) { Write-ModelLog "  | $line" }
    if ($code -ne 0) { break }
  }
  $tasks = @(Read-Tasks)
  foreach ($t in $tasks) {
    if ($t.path -eq $Record.path -and $t.name -eq $Record.name) {
      $t.lastRunTime = (Get-Date).ToString('o')
      $t.lastTaskResult = $code
      $t.state = 'Ready'
    }
  }
  Save-Tasks $tasks
  return $code
}

function Start-ScheduledTask {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$TaskName, [Parameter(Position = 1)][string]$TaskPath = '\')
  $found = @(Find-Task $TaskName $TaskPath)
  if ($found.Count -eq 0) { throw "The system cannot find the file specified: $TaskPath$TaskName" }
  Invoke-TaskRecord -Record $found[0] -Why 'Start-ScheduledTask' | Out-Null
}

function Stop-ScheduledTask {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$TaskName, [Parameter(Position = 1)][string]$TaskPath = '\')
  if (@(Find-Task $TaskName $TaskPath).Count -eq 0) { throw "The system cannot find the file specified: $TaskPath$TaskName" }
}

# The model's own: fires the tasks whose triggers match a boot, a timer tick, or an event of
# $Channel with $EventId (matched against each subscription's XPath, on the event's XML without its
# namespace, as the event log matches it). Returns "<path><name>=<exit code>" for each run.
function Invoke-ModelTrigger {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, ParameterSetName = 'Boot')][switch]$Boot,
    [Parameter(Mandatory = $true, ParameterSetName = 'Timer')][switch]$Timer,
    [Parameter(Mandatory = $true, ParameterSetName = 'Event')][string]$Channel,
    [Parameter(Mandatory = $true, ParameterSetName = 'Event')][int]$EventId,
    [Parameter(ParameterSetName = 'Event')][string]$Provider = ''
  )
  $results = @()
  foreach ($t in @(Read-Tasks)) {
    $fire = $false
    foreach ($tr in @($t.triggers)) {
      if (-not $tr.enabled) { continue }
      if ($Boot -and $tr.type -eq 'boot') { $fire = $true }
      if ($Timer -and $tr.type -eq 'time' -and $null -ne $tr.interval) { $fire = $true }
      if ($PSCmdlet.ParameterSetName -eq 'Event' -and $tr.type -eq 'event') {
        $event = New-Object System.Xml.XmlDocument
        $event.LoadXml('<Event><System><Provider/><EventID/><Channel/></System></Event>')
        $event.SelectSingleNode('/Event/System/Provider').SetAttribute('Name', $Provider)
        $event.SelectSingleNode('/Event/System/EventID').InnerText = [string]$EventId
        $event.SelectSingleNode('/Event/System/Channel').InnerText = $Channel
        $selected = $false
        $suppressed = $false
        foreach ($q in (Read-Subscription ([string]$tr.subscription))) {
          if ($q.Path -ne $Channel) { continue }
          if ($event.SelectNodes($q.XPath).Count -gt 0) { if ($q.Suppress) { $suppressed = $true } else { $selected = $true } }
        }
        if ($selected -and -not $suppressed) { $fire = $true }
      }
    }
    if ($fire) { $results += ('{0}{1}={2}' -f $t.path, $t.name, (Invoke-TaskRecord -Record $t -Why $PSCmdlet.ParameterSetName)) }
  }
  return $results
}

Export-ModuleMember -Function New-ScheduledTaskAction, New-ScheduledTaskTrigger, New-ScheduledTaskPrincipal, New-ScheduledTaskSettingsSet, Register-ScheduledTask, Get-ScheduledTask, Get-ScheduledTaskInfo, Unregister-ScheduledTask, Start-ScheduledTask, Stop-ScheduledTask, Invoke-ModelTrigger
