// Windows PowerShell 5.1 is the target of every shipped script (a Cloud Service role and the
// windows-latest `powershell` shell run 5.1). This gate parses each one with PowerShell's own
// parser under pwsh and walks the syntax tree for what 5.1 lacks (test/ps51/gate.ps1): syntax
// newer than 5.1, commands and parameters 5.1 does not have, automatic variables it does not set.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const GATE = path.join(ROOT, 'test', 'ps51', 'gate.ps1');
const pwsh = needTool('pwsh', 'the Windows PowerShell 5.1 gate (PowerShell parser)');

function shipped(dir = path.join(ROOT, 'src', 'powershell')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? shipped(p) : e.name.endsWith('.ps1') ? [p] : [];
  });
}

function gate(files: string[]): { file: string; line: number; what: string }[] {
  const r = spawnSync(pwsh!, ['-NoProfile', '-NonInteractive', '-File', GATE, ...files], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the gate failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; line: number; what: string });
}

// Planted scripts are checked in one pwsh run (starting pwsh is the slow part).
const plantedTexts = new Map<string, string>();
let plantedResults: Map<string, { line: number; what: string }[]> | undefined;

function plant(text: string): string {
  const file = path.join(tempDir('sni-ps51-'), 'planted.ps1');
  fs.writeFileSync(file, text);
  plantedTexts.set(text, file);
  return file;
}

function planted(text: string): { line: number; what: string }[] {
  if (!plantedResults) {
    const files = [...plantedTexts.values()];
    const found = gate(files);
    plantedResults = new Map(files.map((f) => [f, found.filter((x) => x.file === f).map(({ line, what }) => ({ line, what }))]));
  }
  const file = plantedTexts.get(text);
  if (!file) throw new Error('not planted before the first check');
  return plantedResults.get(file)!;
}

const CASES: [string, string][] = [
  ['$e ??= 2', '??= (PowerShell 7.0)'],
  ['$n = ${x}?.Length', '?. or ?[] null-conditional access (PowerShell 7.0)'],
  ['$n = ${x}?[0]', '?. or ?[] null-conditional access (PowerShell 7.0)'],
  ['Test-Path x && Write-Host y', '&& / || pipeline chain (PowerShell 7.0)'],
  ['Test-Path x || Write-Host y', '&& / || pipeline chain (PowerShell 7.0)'],
  ['$c = $true ? 1 : 2', 'ternary a ? b : c (PowerShell 7.0)'],
  ['function f { process { } clean { } }', 'clean block (PowerShell 7.3)'],
  ['1..3 | ForEach-Object -Parallel { $_ }', 'ForEach-Object -Parallel is not in Windows PowerShell 5.1'],
  ['1..3 | ForEach-Object -Par { $_ }', 'ForEach-Object -Par is not in Windows PowerShell 5.1'],
  ["'{}' | ConvertFrom-Json -AsHashtable", 'ConvertFrom-Json -AsHashtable is not in Windows PowerShell 5.1'],
  ['Get-Content x -AsByteStream', 'Get-Content -AsByteStream is not in Windows PowerShell 5.1'],
  ['Set-Content -LiteralPath x -Value 1 -Encoding utf8NoBOM', 'Set-Content -Encoding utf8NoBOM is not in Windows PowerShell 5.1'],
  ['Import-Module WebAdministration -UseWindowsPowerShell', 'Import-Module -UseWindowsPowerShell is not in Windows PowerShell 5.1'],
  ["Test-Json -Json '{}'", 'command Test-Json does not exist in Windows PowerShell 5.1'],
  ['if ($IsWindows) { }', '$IsWindows is not set by Windows PowerShell 5.1'],
  ['if ($a { }', "parse error: Missing closing ')' after expression in 'if' statement."],
];
const FIVE_ONE = [
  '$d = Get-Content -LiteralPath x -Raw -Encoding UTF8 | ConvertFrom-Json',
  'Add-Content -LiteralPath x -Value 1 -Encoding UTF8',
  '1..3 | ForEach-Object { $_ }',
  "if ($null -eq $a) { $b = 'x' } else { $b = $a }",
  'Import-Module WebAdministration',
].join('\n');
const STARTUP = fs.readFileSync(path.join(ROOT, 'src', 'powershell', 'startup', 'sni-bindings.ps1'), 'utf8');
const ANCHOR = "$WholeNumberPattern = '^[0-9]{1,6}\\z'\n";
const WITH_COALESCE = STARTUP.replace(ANCHOR, ANCHOR + "$DefaultPasses = $env:SniReadyPasses ?? '3'\n");
if (pwsh) {
  for (const [code] of CASES) plant(`$a = 1\n${code}\n`);
  plant(FIVE_ONE);
  plant(WITH_COALESCE);
}

describe.skipIf(!pwsh)('the Windows PowerShell 5.1 gate', () => {
  it('every shipped script parses and uses nothing Windows PowerShell 5.1 lacks', () => {
    const files = shipped();
    expect(files.map((f) => path.relative(ROOT, f)).sort()).toEqual([
      'src/powershell/iis/install.ps1',
      'src/powershell/iis/uninstall.ps1',
      'src/powershell/startup/sni-bindings.ps1',
      'src/powershell/verify/iis-cleanup.ps1',
      'src/powershell/verify/iis-common.ps1',
      'src/powershell/verify/iis-setup.ps1',
    ]);
    expect(gate(files)).toEqual([]);
  });

  it('the helper the windows workflow runs under 5.1 (real-machine.ps1) passes too', () => {
    expect(gate([path.join(ROOT, 'test', 'windows-model', 'real-machine.ps1')])).toEqual([]);
  });

  it('catches a ?? planted in the startup script, at its line', () => {
    expect(STARTUP).toContain(ANCHOR);
    const line = WITH_COALESCE.split('\n').findIndex((l) => l.startsWith('$DefaultPasses')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(planted(WITH_COALESCE)).toEqual([{ line, what: '?? (null-coalescing, PowerShell 7.0)' }]);
  });

  it.each(CASES)('flags %s', (code, what) => {
    expect(planted(`$a = 1\n${code}\n`).map((f) => f.what)).toContain(what);
  });

  it('passes what 5.1 has: the same commands with 5.1 parameters', () => {
    expect(planted(FIVE_ONE)).toEqual([]);
  });
});
