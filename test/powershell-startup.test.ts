import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetPath } from '../src/assets.js';
import { EMULATED_VARIABLE, ENDPOINT_ADDRESS_VARIABLE, INSTANCE_ID_VARIABLE, STARTUP_CMD, STARTUP_DATA, STARTUP_PS1 } from '../src/service/startup.js';
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

  it('takes its values from the data file and the environment variables the csdef declares', () => {
    expect(ps1).toContain(`$env:${INSTANCE_ID_VARIABLE}`);
    expect(ps1).toContain(`$env:${EMULATED_VARIABLE}`);
    expect(ps1).toContain(`$env:${ENDPOINT_ADDRESS_VARIABLE}`);
    expect(ps1).toContain(`'${STARTUP_DATA}'`);
    expect(ps1).toMatch(/ConvertFrom-Json/);
    for (const p of ['DataFile', 'InstanceId', 'SiteName', 'LogFile']) expect(ps1).toMatch(new RegExp(`\\[string\\]\\$${p}\\b`));
    // numeric settings from the environment are matched against a whole-number pattern inside the
    // logged try block (a bad value is exit 2 with a log line), never cast in a param default
    for (const v of ['SniReadyWaitSeconds', 'SniReadyPasses', 'SniReadyPassDelaySeconds', 'SniReadyPollSeconds'])
      expect(ps1).toContain(`Get-WholeNumberSetting -Name '${v}'`);
    expect(ps1).not.toMatch(/\[int\]\$env:/);
    // no dynamic code: nothing read from data is ever evaluated
    expect(ps1).not.toMatch(/Invoke-Expression|\biex\b|\[scriptblock\]::Create|Add-Type -TypeDefinition/i);
  });

  it('binds with SNI, removes only the endpoint address mapping, and exits non-zero on failure', () => {
    // SNI given to Bindings.Add itself, never set on a binding after it was added
    expect(ps1).toContain("$site.Bindings.Add('*:443:' + $HostName, $hash, 'My', [Microsoft.Web.Administration.SslFlags]::Sni)");
    expect(ps1).not.toContain("SetAttributeValue('sslFlags', 1)");
    expect(ps1).toMatch(/\$remove = \(\$null -ne \$EndpointKey -and \$key -eq \$EndpointKey\)/);
    // only an IP-specific mapping is ever deleted; a mapping being replaced is updated in one step
    expect(ps1.match(/'delete', 'sslcert'/g)).toHaveLength(1);
    expect(ps1).toMatch(/\$verb = 'update'/);
    expect(ps1).toMatch(/exit 1/);
    expect(ps1).toMatch(/CommitChanges\(\)/);
    expect(ps1).toMatch(/Invoke-WithRetry/);
  });

  it('the .cmd launcher runs Windows PowerShell on the script beside it, with CRLF line endings, logs outside approot, and passes its exit code on', () => {
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
    // everything PowerShell prints, its own errors included, goes to a log outside approot
    expect(run).toMatch(/ >>"%ProgramData%\\sni-ready\\sni-bindings\.log" 2>&1$/);
    // every line is a comment, a known command or the PowerShell call: nothing else runs
    for (const l of lines)
      expect(l, l).toMatch(
        /^(@echo off|REM .*|setlocal|exit \/b %ERRORLEVEL%|if not exist "%ProgramData%\\sni-ready" mkdir "%ProgramData%\\sni-ready"|"%SystemRoot%\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe" .*)$/,
      );
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

// `netsh http show sslcert` as Windows writes it, in English and in German. The labels are
// translated and the blank lines differ between Windows versions, so the script must find each
// record by the shape of its first value (the endpoint key) and its hash by the shape of a
// 40-hex-digit value, never by a label. These samples document that contract.
const HASH_A = '5C3E8F2A4B6D8E0F1A2B3C4D5E6F708192A3B4C5';
const HASH_B = '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567';
const HASH_C = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';
const NETSH_EN = `
SSL Certificate bindings:
-------------------------

    IP:port                      : 0.0.0.0:443
    Certificate Hash             : ${HASH_A.toLowerCase()}
    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
    Certificate Store Name       : MY
    Verify Client Certificate Revocation : Enabled
    Revocation Freshness Time    : 0
    URL Retrieval Timeout        : 0
    Ctl Identifier               : (null)
    Ctl Store Name               : (null)
    DS Mapper Usage              : Disabled
    Negotiate Client Certificate : Disabled
    Extended Properties:
        PropertyId                   : 0
        Receive Window               : 1048576

    IP:port                      : 10.0.0.4:443
    Certificate Hash             : ${HASH_B}
    Application ID               : {00000000-0000-0000-0000-000000000000}
    Certificate Store Name       : My

    IP:port                      : [fe80::1]:443
    Certificate Hash             : ${HASH_B}
    Application ID               : {00000000-0000-0000-0000-000000000000}

    Hostname:port                : www.test1.com:443
    Certificate Hash             : ${HASH_C}
    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
    Certificate Store Name       : My

    Central Certificate Store    : 443
    Certificate Hash             : (null)
    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}

`;
const NETSH_DE = `
SSL-Zertifikatbindungen:
-------------------------

    IP:Port                      : 0.0.0.0:443
    Zertifikathash               : ${HASH_A.toLowerCase()}
    Anwendungs-ID                : {4dc3e181-e14b-4a21-b022-59fc669b0914}
    Zertifikatspeichername       : MY
    Clientzertifikatsperre überprüfen : Enabled
    Aktualisierungszeit der Sperre : 0
    URL-Abruftimeout             : 0
    Ctl-ID                       : (null)
    Erweiterte Eigenschaften:
        Eigenschafts-ID              : 0
        Empfangsfenster              : 1048576

    IP:Port                      : 10.0.0.4:443
    Zertifikathash               : ${HASH_B}
    Anwendungs-ID                : {00000000-0000-0000-0000-000000000000}
    Zertifikatspeichername       : My

    IP:Port                      : [fe80::1]:443
    Zertifikathash               : ${HASH_B}
    Anwendungs-ID                : {00000000-0000-0000-0000-000000000000}

    Hostname:Port                : www.test1.com:443
    Zertifikathash               : ${HASH_C}
    Anwendungs-ID                : {4dc3e181-e14b-4a21-b022-59fc669b0914}
    Zertifikatspeichername       : My

    Zentraler Zertifikatspeicher : 443
    Zertifikathash               : (null)
    Anwendungs-ID                : {4dc3e181-e14b-4a21-b022-59fc669b0914}

`;
const NETSH_EXPECTED = [
  { kind: 'IP:port', key: '0.0.0.0:443', hash: HASH_A },
  { kind: 'IP:port', key: '10.0.0.4:443', hash: HASH_B },
  { kind: 'IP:port', key: '[fe80::1]:443', hash: HASH_B },
  { kind: 'Hostname:port', key: 'www.test1.com:443', hash: HASH_C },
  { kind: 'Central Certificate Store', key: '443', hash: '' },
];

/** The script's own pattern `$name`, as a JavaScript RegExp with .NET's meaning of \z. */
function scriptPattern(name: string): RegExp {
  const m = new RegExp(`^\\$${name} = '([^']*)'$`, 'm').exec(ps1);
  expect(m, `$${name} in the startup script`).not.toBeNull();
  return new RegExp(m![1]!.replace(/\\z$/, '$(?![\\s\\S])'));
}

/** ConvertFrom-NetshSslCert step for step, over the script's own patterns (PowerShell cannot run here). */
function parseNetshLikeTheScript(text: string): { kind: string; key: string; hash: string }[] {
  const [field, boundary, ip, host, ccs, hash] = [
    'NetshFieldPattern',
    'NetshBoundaryPattern',
    'NetshIpPortPattern',
    'NetshHostPortPattern',
    'NetshCcsPortPattern',
    'NetshHashPattern',
  ].map(scriptPattern) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  const kindOf = (v: string) => (ip.test(v) ? 'IP:port' : host.test(v) ? 'Hostname:port' : ccs.test(v) ? 'Central Certificate Store' : null);
  const records: { kind: string; key: string; hash: string }[] = [];
  const startLabels = new Set<string>();
  let current: { kind: string; key: string; hash: string } | undefined;
  let afterBoundary = true;
  for (const line of text.split(/\r?\n/)) {
    if (boundary.test(line)) {
      afterBoundary = true;
      continue;
    }
    const first = afterBoundary;
    afterBoundary = false;
    const m = field.exec(line);
    if (!m) continue;
    const [label, value] = [m[1]!, m[2]!];
    const kind = first || startLabels.has(label.toLowerCase()) ? kindOf(value) : null;
    if (kind) {
      startLabels.add(label.toLowerCase());
      current = { kind, key: value, hash: '' };
      records.push(current);
    } else if (current && current.hash === '' && hash.test(value)) current.hash = value.toUpperCase();
  }
  return records;
}

describe('reading `netsh http show sslcert` in any language (Get-SslMappings)', () => {
  it('matches no English label: records are found by the shape of their values', () => {
    const body = ps1.slice(ps1.indexOf('$NetshFieldPattern = '), ps1.indexOf('function Invoke-Netsh {'));
    expect(body).toContain('function Get-SslMappings');
    expect(body).toContain('ConvertFrom-NetshSslCert -Lines $r.Output');
    for (const label of ['Certificate Hash', 'IP:port\\s', 'Hostname:port\\s', 'Central Certificate Store\\s'])
      expect(ps1).not.toMatch(new RegExp(`-c?match '[^']*${label}`, 'i'));
    for (const v of ['NetshFieldPattern', 'NetshIpPortPattern', 'NetshHostPortPattern', 'NetshCcsPortPattern', 'NetshHashPattern'])
      expect(body).toContain(`$${v}`);
  });

  it.each([
    ['English', NETSH_EN],
    ['German', NETSH_DE],
    // a label that started a record starts one without a blank line before it too
    ['German, CRLF, no blank line between IP:Port records', NETSH_DE.replace(/\n\n(?= {4}IP:Port {22}: (10|\[))/g, '\n').replace(/\n/g, '\r\n')],
  ])('reads every record of the %s output, its kind from the shape of its key and its hash', (_name, text) => {
    expect(parseNetshLikeTheScript(text)).toEqual(NETSH_EXPECTED);
  });

  it("tells keys apart by shape and never takes another field's bare number for a CCS record", () => {
    const kind = (v: string) => {
      const [ip, host, ccs] = ['NetshIpPortPattern', 'NetshHostPortPattern', 'NetshCcsPortPattern'].map(scriptPattern) as [RegExp, RegExp, RegExp];
      return ip.test(v) ? 'ip' : host.test(v) ? 'hostname' : ccs.test(v) ? 'ccs' : null;
    };
    expect(['0.0.0.0:443', '[::]:443', '10.0.0.4:443', '[fe80::1%4]:8443'].map(kind)).toEqual(['ip', 'ip', 'ip', 'ip']);
    expect(['www.test1.com:443', 'localhost:443', '*.example.com:443'].map(kind)).toEqual(['hostname', 'hostname', 'hostname']);
    expect(['443', 'MY', '(null)', 'Enabled', '{4dc3e181-e14b-4a21-b022-59fc669b0914}', 'www.test1.com'].map(kind)).toEqual([
      'ccs',
      null,
      null,
      null,
      null,
      null,
    ]);
    // "Revocation Freshness Time : 0" is not the first field of a record, so no CCS record for it
    expect(parseNetshLikeTheScript(NETSH_EN).filter((r) => r.kind === 'Central Certificate Store')).toHaveLength(1);
  });

  it("removes only the endpoint's own IP:port record by the parsed kind, never 0.0.0.0:443 or another address", () => {
    const endpoint = '10.0.0.4:443';
    const removed = parseNetshLikeTheScript(NETSH_DE).filter((m) => m.kind === 'IP:port' && m.key === endpoint);
    expect(removed.map((m) => m.key)).toEqual(['10.0.0.4:443']);
  });
});
