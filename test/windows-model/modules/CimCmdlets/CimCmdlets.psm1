# A model of the two CimCmdlets commands install.ps1 uses to make an event trigger (there is no
# New-ScheduledTaskTrigger parameter for one), for the Windows model under pwsh on Linux, where
# CimCmdlets does not exist:
#   $class = Get-CimClass -Namespace Root/Microsoft/Windows/TaskScheduler -ClassName MSFT_TaskEventTrigger
#   $trigger = New-CimInstance -CimClass $class -ClientOnly
# Only the Task Scheduler classes are known. Like a real CimInstance, the object has exactly the
# class's properties: setting another one fails. Properties from the MSFT_TaskEventTrigger MOF
# (Enabled, EndBoundary, ExecutionTimeLimit, Id, Repetition, StartBoundary from MSFT_TaskTrigger;
# Delay, Subscription, ValueQueries of its own).
Set-StrictMode -Version 2.0

$script:Namespace = 'Root/Microsoft/Windows/TaskScheduler'
$script:Classes = @{
  'MSFT_TaskEventTrigger' = @('Enabled', 'EndBoundary', 'ExecutionTimeLimit', 'Id', 'Repetition', 'StartBoundary', 'Delay', 'Subscription', 'ValueQueries')
  'MSFT_TaskBootTrigger'  = @('Enabled', 'EndBoundary', 'ExecutionTimeLimit', 'Id', 'Repetition', 'StartBoundary', 'Delay')
  'MSFT_TaskTimeTrigger'  = @('Enabled', 'EndBoundary', 'ExecutionTimeLimit', 'Id', 'Repetition', 'StartBoundary', 'RandomDelay')
}

function Get-CimClass {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0)][string]$ClassName,
    [Parameter(Position = 1)][string]$Namespace = 'root/cimv2'
  )
  if ($Namespace.Replace('\', '/') -ne $script:Namespace) { throw "Invalid namespace (model: only $script:Namespace is known): $Namespace" }
  $name = @($script:Classes.Keys) | Where-Object { $_ -eq $ClassName } | Select-Object -First 1
  if ($null -eq $name) { throw "Not found: class $ClassName in $Namespace" }
  $c = [pscustomobject]@{ CimClassName = $name; Namespace = $script:Namespace; CimClassProperties = $script:Classes[$name] }
  $c.PSObject.TypeNames.Insert(0, 'Microsoft.Management.Infrastructure.CimClass')
  return $c
}

function New-CimInstance {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)]$CimClass,
    [switch]$ClientOnly,
    [System.Collections.IDictionary]$Property
  )
  if ($CimClass.PSObject.TypeNames -notcontains 'Microsoft.Management.Infrastructure.CimClass') { throw 'Cannot bind parameter CimClass: not a CimClass' }
  if (-not $ClientOnly) { throw "New-CimInstance without -ClientOnly would create $($CimClass.CimClassName) on the server, which Task Scheduler's classes do not allow: use -ClientOnly" }
  $values = [ordered]@{}
  foreach ($p in $CimClass.CimClassProperties) { $values[$p] = $null }
  if ($null -ne $Property) { foreach ($k in $Property.Keys) { if (-not $values.Contains($k)) { throw "Property $k is not a property of $($CimClass.CimClassName)" }; $values[$k] = $Property[$k] } }
  $o = [pscustomobject]$values
  $o.PSObject.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#$($CimClass.Namespace)/$($CimClass.CimClassName)")
  $o.PSObject.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#$($CimClass.CimClassName)")
  return $o
}

Export-ModuleMember -Function Get-CimClass, New-CimInstance
