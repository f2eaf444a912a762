import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetPath } from '../src/assets.js';
import { INSTANCE_ID_VARIABLE, STARTUP_CMD, STARTUP_DATA, STARTUP_PS1 } from '../src/service/startup.js';
import { parsePowerShell } from './helpers/powershell.js';

const ps1 = fs.readFileSync(assetPath(`startup/${STARTUP_PS1}`), 'utf8');
const cmd = fs.readFileSync(assetPath(`startup/${STARTUP_CMD}`), 'utf8');

describe('the startup script', () => {
  it('parses without errors under the PowerShell grammar', async () => {
    const r = await parsePowerShell(ps1);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('the grammar check would catch a broken copy of it', async () => {
    const broken = ps1.replace('function Get-SslMappings {', 'function Get-SslMappings {{');
    expect(broken).not.toBe(ps1);
    expect((await parsePowerShell(broken)).ok).toBe(false);
  });

  it('takes its values from the data file and the environment variable the csdef declares', () => {
    expect(ps1).toContain(`$env:${INSTANCE_ID_VARIABLE}`);
    expect(ps1).toContain(`'${STARTUP_DATA}'`);
    expect(ps1).toMatch(/ConvertFrom-Json/);
    for (const p of ['DataFile', 'InstanceId', 'SiteName', 'WaitSeconds', 'Passes', 'PassDelaySeconds', 'LogFile'])
      expect(ps1).toMatch(new RegExp(`\\[(string|int)\\]\\$${p}\\b`));
    // numeric overrides from the environment are cast to [int], never evaluated
    for (const v of ['SniReadyWaitSeconds', 'SniReadyPasses', 'SniReadyPassDelaySeconds']) expect(ps1).toContain(`[int]$env:${v}`);
    // no dynamic code: nothing read from data is ever evaluated
    expect(ps1).not.toMatch(/Invoke-Expression|\biex\b|\[scriptblock\]::Create|Add-Type -TypeDefinition/i);
  });

  it('binds with SNI, never touches the 0.0.0.0:443 fallback or hostnameport mappings when removing, and exits non-zero on failure', () => {
    expect(ps1).toContain("SetAttributeValue('sslFlags', 1)");
    expect(ps1).toContain("'*:443:' + $b.Host");
    expect(ps1).toMatch(/\$m\.Kind -ne 'IP:port'\) \{ continue \}/);
    expect(ps1).toMatch(/\$m\.Key -eq '0\.0\.0\.0:443'.*\{ continue \}/);
    expect(ps1).toContain('Cert:\\LocalMachine\\My\\');
    expect(ps1).toMatch(/exit 1/);
    expect(ps1).toMatch(/CommitChanges\(\)/);
    expect(ps1).toMatch(/Invoke-WithRetry/);
  });

  it('the .cmd launcher runs Windows PowerShell on the script beside it, with CRLF line endings, and passes its exit code on', () => {
    expect(
      cmd
        .split('\n')
        .slice(0, -1)
        .every((l) => l.endsWith('\r')),
    ).toBe(true);
    const lines = cmd.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('@echo off');
    expect(lines.at(-1)).toBe('exit /b %ERRORLEVEL%');
    const run = lines.find((l) => l.includes('powershell.exe'))!;
    expect(run).toContain(`-File "%~dp0${STARTUP_PS1}"`);
    expect(run).toContain(`-DataFile "%~dp0${STARTUP_DATA}"`);
    expect(run).toContain('-ExecutionPolicy Bypass');
    // every line is a comment, a known command or the PowerShell call: nothing else runs
    for (const l of lines)
      expect(l, l).toMatch(/^(@echo off|REM .*|setlocal|exit \/b %ERRORLEVEL%|"%SystemRoot%\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe" .*)$/);
  });
});

describe('validation of the data file in the startup script', () => {
  it("anchors its patterns with \\z, not $ (in .NET, $ also matches before a final newline: 'www.test1.com\\n' would pass)", () => {
    const patterns = [...ps1.matchAll(/^\$(HostPattern|ThumbprintPattern) = '([^']*)'/gm)].map((m) => m[2]!);
    expect(patterns).toHaveLength(2);
    expect(patterns.filter((p) => !p.endsWith('\\z'))).toEqual([]);
    // and the .NET meaning, emulated: only \z rejects a trailing newline
    const host = new RegExp(patterns[0]!.replace(/\\z$/, '$(?![\\s\\S])'));
    expect(host.test('www.test1.com')).toBe(true);
    expect(host.test('www.test1.com\n')).toBe(false);
  });

  it('checks the fallback host against the host pattern too', () => {
    expect(ps1).toMatch(/\$fh -cnotmatch \$HostPattern/);
  });
});
