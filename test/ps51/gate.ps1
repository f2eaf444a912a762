<#
  The Windows PowerShell 5.1 gate: parses each file with PowerShell's own parser
  (System.Management.Automation.Language.Parser, under pwsh) and reports, as JSON lines
  {file, line, what}, every parse error and every construct that Windows PowerShell 5.1 does not
  have, found by walking the syntax tree (the tree-sitter grammar accepts PowerShell 7 syntax, so
  it proves nothing about 5.1). Sources: "What's new in PowerShell 7.0" and later
  (learn.microsoft.com/powershell/scripting/whats-new/), and PSScriptAnalyzer's UseCompatibleSyntax
  rule, which flags the same syntax for targets older than 7.
    syntax: ?? and ??= (7.0), ?. and ?[] (7.0/7.1), && and || pipeline chains (7.0),
            the ternary a ? b : c (7.0), the clean block (7.3);
    commands and parameters 5.1 lacks (the table below), ForEach-Object -Parallel (7.0) among them;
    values: -Encoding utf8NoBOM / utf8BOM (7.0; 5.1's UTF8 writes a BOM);
    automatic variables 5.1 does not set: $IsWindows, $IsLinux, $IsMacOS, $IsCoreCLR, $PSStyle.
#>
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Path)
$ErrorActionPreference = 'Stop'

$commandsNotIn51 = @('Test-Json', 'Get-Error', 'Join-String', 'ConvertFrom-Markdown', 'Show-Markdown', 'Get-Uptime', 'Remove-Alias', 'Remove-Service', 'Get-MarkdownOption', 'Set-MarkdownOption', 'Get-PSSubsystem', 'ConvertTo-CliXml', 'ConvertFrom-CliXml')
$parametersNotIn51 = @{
  'ForEach-Object'    = @('Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace')
  'ConvertFrom-Json'  = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
  'ConvertTo-Json'    = @('AsArray', 'EscapeHandling', 'EnumsAsStrings')
  'Get-Content'       = @('AsByteStream')
  'Set-Content'       = @('AsByteStream')
  'Add-Content'       = @('AsByteStream')
  'Get-Date'          = @('AsUTC', 'UnixTimeSeconds')
  'Join-Path'         = @('AdditionalChildPath', 'Extension')
  'Split-Path'        = @('Extension', 'LeafBase')
  'Import-Module'     = @('UseWindowsPowerShell', 'SkipEditionCheck')
  'Start-Sleep'       = @('Duration')
  'Select-String'     = @('Raw', 'NoEmphasis', 'Emphasize')
  'Test-Connection'   = @('TargetName', 'Ping', 'TcpPort', 'MtuSize', 'Traceroute', 'Repeat', 'IPv4', 'IPv6', 'ResolveDestination')
  'Invoke-WebRequest' = @('SkipCertificateCheck', 'Authentication', 'Token', 'SslProtocol', 'SkipHeaderValidation', 'MaximumRetryCount', 'RetryIntervalSec', 'Resume', 'SkipHttpErrorCheck', 'StatusCodeVariable', 'NoProxy', 'HttpVersion', 'CustomMethod', 'Form', 'PreserveAuthorizationOnRedirect', 'AllowUnencryptedAuthentication', 'ConnectionTimeoutSeconds', 'OperationTimeoutSeconds', 'AllowInsecureRedirect', 'PreserveHttpMethodOnRedirect', 'UnixSocket')
  'Invoke-RestMethod' = @('SkipCertificateCheck', 'Authentication', 'Token', 'SslProtocol', 'SkipHeaderValidation', 'MaximumRetryCount', 'RetryIntervalSec', 'Resume', 'SkipHttpErrorCheck', 'StatusCodeVariable', 'NoProxy', 'HttpVersion', 'CustomMethod', 'Form', 'ResponseHeadersVariable', 'FollowRelLink', 'MaximumFollowRelLink', 'PreserveAuthorizationOnRedirect', 'AllowUnencryptedAuthentication', 'ConnectionTimeoutSeconds', 'OperationTimeoutSeconds', 'AllowInsecureRedirect', 'PreserveHttpMethodOnRedirect', 'UnixSocket')
  'Get-ChildItem'     = @('FollowSymlink')
  'Remove-Item'       = @('Stream')
  'Select-Object'     = @('SkipIndex', 'SkipLast')
  'Sort-Object'       = @('Top', 'Bottom', 'Stable')
  'Get-Random'        = @('Shuffle')
  'Format-Hex'        = @('Count', 'Offset')
  'Where-Object'      = @('Not')
  'Get-Command'       = @('UseFuzzyMatching', 'UseAbbreviationExpansion')
  'Start-Process'     = @('Environment')
}
$encodingParameterCommands = @('Add-Content', 'Set-Content', 'Out-File', 'Export-Csv', 'Get-Content', 'Select-String', 'Import-Csv', 'Export-Clixml', 'Send-MailMessage')
$variablesNotIn51 = @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle')

foreach ($file in $Path) {
  $tokens = $null
  $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($file, [ref]$tokens, [ref]$errors)
  $found = New-Object System.Collections.Generic.List[object]
  foreach ($e in $errors) { $found.Add(@{ line = $e.Extent.StartLineNumber; what = "parse error: $($e.Message)" }) }
  $nodes = $ast.FindAll({ $true }, $true)
  foreach ($n in $nodes) {
    $line = $n.Extent.StartLineNumber
    $type = $n.GetType().Name
    if ($type -eq 'BinaryExpressionAst' -and $n.Operator.ToString() -eq 'QuestionQuestion') { $found.Add(@{ line = $line; what = '?? (null-coalescing, PowerShell 7.0)' }) }
    elseif ($type -eq 'AssignmentStatementAst' -and $n.Operator.ToString() -eq 'QuestionQuestionEquals') { $found.Add(@{ line = $line; what = '??= (PowerShell 7.0)' }) }
    elseif ($type -eq 'TernaryExpressionAst') { $found.Add(@{ line = $line; what = 'ternary a ? b : c (PowerShell 7.0)' }) }
    elseif ($type -eq 'PipelineChainAst') { $found.Add(@{ line = $line; what = '&& / || pipeline chain (PowerShell 7.0)' }) }
    elseif (($type -eq 'MemberExpressionAst' -or $type -eq 'InvokeMemberExpressionAst' -or $type -eq 'IndexExpressionAst') -and $n.NullConditional) { $found.Add(@{ line = $line; what = '?. or ?[] null-conditional access (PowerShell 7.0)' }) }
    elseif ($type -eq 'ScriptBlockAst' -and $null -ne $n.CleanBlock) { $found.Add(@{ line = $line; what = 'clean block (PowerShell 7.3)' }) }
    elseif ($type -eq 'VariableExpressionAst' -and $variablesNotIn51 -contains $n.VariablePath.UserPath) { $found.Add(@{ line = $line; what = "`$$($n.VariablePath.UserPath) is not set by Windows PowerShell 5.1" }) }
    elseif ($type -eq 'CommandAst') {
      $name = $n.GetCommandName()
      if ($null -eq $name) { continue }
      $canonical = @($commandsNotIn51 + @($parametersNotIn51.Keys)) | Where-Object { $_ -eq $name } | Select-Object -First 1
      if ($commandsNotIn51 -contains $name) { $found.Add(@{ line = $line; what = "command $name does not exist in Windows PowerShell 5.1" }); continue }
      $elements = $n.CommandElements
      for ($i = 1; $i -lt $elements.Count; $i++) {
        $el = $elements[$i]
        if ($el.GetType().Name -ne 'CommandParameterAst') { continue }
        $p = $el.ParameterName
        if ($null -ne $canonical -and $parametersNotIn51.ContainsKey($canonical)) {
          # a parameter may be abbreviated: -Par means -Parallel when that is the only match
          $hits = @($parametersNotIn51[$canonical] | Where-Object { $_ -like ($p + '*') })
          if ($hits.Count -ge 1 -and ($hits -contains $p -or $hits.Count -eq 1)) { $found.Add(@{ line = $line; what = "$name -$p is not in Windows PowerShell 5.1" }) }
        }
        if ($p -eq 'Encoding' -and $encodingParameterCommands -contains $name) {
          $value = $el.Argument
          if ($null -eq $value -and $i + 1 -lt $elements.Count) { $value = $elements[$i + 1] }
          if ($null -ne $value -and ([string]$value.Extent.Text).Trim("'`"") -match '^(utf8NoBOM|utf8BOM|ANSI)\z') { $found.Add(@{ line = $line; what = "$name -Encoding $($value.Extent.Text) is not in Windows PowerShell 5.1" }) }
        }
      }
    }
  }
  foreach ($f in $found) { [pscustomobject]@{ file = $file; line = $f.line; what = $f.what } | ConvertTo-Json -Compress }
}
