@{
  RootModule        = 'ScheduledTasks.psm1'
  ModuleVersion     = '1.0.0'
  GUID              = '8b1f1d52-2a5e-4c55-9a3e-0c6f1f6b7a02'
  Description       = 'sni-ready test model of the ScheduledTasks module (state in $env:SNI_MODEL_DIR/tasks.json)'
  FunctionsToExport = @('New-ScheduledTaskAction', 'New-ScheduledTaskTrigger', 'New-ScheduledTaskPrincipal', 'New-ScheduledTaskSettingsSet', 'Register-ScheduledTask', 'Get-ScheduledTask', 'Get-ScheduledTaskInfo', 'Unregister-ScheduledTask', 'Start-ScheduledTask', 'Stop-ScheduledTask', 'Invoke-ModelTrigger')
  CmdletsToExport   = @()
  AliasesToExport   = @()
}
