# Fires the model's scheduled tasks whose triggers match (test/windows-model/iis-host.ts): a boot, a
# timer tick, or an event of -Channel with -EventId. Prints "<path><name>=<exit code>" per run.
param(
  [Parameter(Mandatory = $true)][ValidateSet('boot', 'timer', 'event')][string]$Kind,
  [string]$Channel = '',
  [int]$EventId = 0
)
$ErrorActionPreference = 'Stop'
switch ($Kind) {
  'boot' { Invoke-ModelTrigger -Boot }
  'timer' { Invoke-ModelTrigger -Timer }
  'event' { Invoke-ModelTrigger -Channel $Channel -EventId $EventId }
}
