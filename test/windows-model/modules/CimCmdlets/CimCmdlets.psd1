@{
  RootModule        = 'CimCmdlets.psm1'
  ModuleVersion     = '1.0.0'
  GUID              = '8b1f1d52-2a5e-4c55-9a3e-0c6f1f6b7a01'
  Description       = 'sni-ready test model of Get-CimClass / New-CimInstance for Task Scheduler classes'
  FunctionsToExport = @('Get-CimClass', 'New-CimInstance')
  CmdletsToExport   = @()
  AliasesToExport   = @()
}
