// What users paste is accepted: URLs and the CLI's printed form in `endpoints`, IP addresses as
// hosts (no SNI, judged against the certificate's IP addresses), quoted paths with spaces,
// trailing comments, enum values in any case — through `node dist/index.js` and the CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs, splitWords, stripComment } from '../src/inputs.js';
import { InputError } from '../src/types.js';
import { issue, tempDir, type Issued } from './helpers/pki.js';
import { CLI, runAction, runCli } from './helpers/run-dist.js';
import { closedPort, startSniServer, type Running } from './helpers/tlsServers.js';

const parse = (values: Record<string, string>, cwd = '/w') => parseInputs((n) => values[n] ?? '', {}, cwd);

function runCliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('parsing what users paste', () => {
  it('endpoints: a URL, the printed form, IPv4 and IPv6 hosts, a trailing comment', () => {
    const e = parse({
      command: 'scan',
      endpoints: [
        'https://www.a.test:8443/login?next=/#top',
        'HTTPS://b.test/',
        'c.test:444@10.0.0.5',
        'd.test:445 @ 10.0.0.6   # staging VIP',
        '10.0.0.7:8443',
        '[2001:db8::5]:9443',
        '2001:db8::6',
        'https://[2001:db8::7]:4443/x @[2001:db8::8]',
      ].join('\n'),
    }).endpoints;
    expect(e.map((x) => [x.host, x.port, x.address])).toEqual([
      ['www.a.test', 8443, undefined],
      ['b.test', 443, undefined],
      ['c.test', 444, '10.0.0.5'],
      ['d.test', 445, '10.0.0.6'],
      ['10.0.0.7', 8443, undefined],
      ['2001:db8::5', 9443, undefined],
      ['2001:db8::6', 443, undefined],
      ['2001:db8::7', 4443, '2001:db8::8'],
    ]);
    expect(() => parse({ command: 'scan', endpoints: 'http://a.test/' })).toThrow(/'http:\/\/' is not TLS/);
    expect(() => parse({ command: 'scan', endpoints: 'a.test@b@c' })).toThrow(InputError);
  });

  it('sites: quoted paths with spaces, backslash-space, Windows paths in quotes, trailing comments', () => {
    const s = parse({
      command: 'check',
      sites: [
        `www.a.test = "my certs/a b.pfx"  # renewed in May`,
        `b.test = 'my certs/b.crt' key="my keys/b.key"`,
        `c.test = my\\ certs/c.pem`,
        `d.test = "C:\\Certs\\d.pfx"`,
        `e.test = certs/e#1.pfx`,
      ].join('\n'),
    }).sites;
    expect(s.map((x) => x.path)).toEqual([
      '/w/my certs/a b.pfx',
      '/w/my certs/b.crt',
      '/w/my certs/c.pem',
      path.resolve('/w', 'C:\\Certs\\d.pfx'),
      '/w/certs/e#1.pfx',
    ]);
    expect(s[1]!.keyPath).toBe('/w/my keys/b.key');
    expect(() => parse({ command: 'check', sites: 'a.test = "unclosed.pfx' })).toThrow(/quote " is not closed/);
    expect(splitWords(`a "b c" d\\ e 'f"g'`, 'x')).toEqual(['a', 'b c', 'd e', 'f"g']);
    expect(stripComment(`a = "x # y" # z`)).toBe(`a = "x # y" `);
  });

  it('enum values in any case; none is never', () => {
    expect(parse({ command: 'Check', 'fail-on': 'Error', server: 'NGINX', sites: 'a.test = a.pfx' }).failOn).toBe('error');
    expect(parse({ command: 'check', 'fail-on': 'WARNING', sites: 'a.test = a.pfx' }).failOn).toBe('warning');
    expect(() => parse({ command: 'check', 'fail-on': 'none', sites: 'a.test = a.pfx' })).toThrow(/did you mean 'never'\?/);
    expect(parse({ command: 'check', fallback: 'None', sites: 'a.test = a.pfx' }).fallback).toBeNull();
  });
});

describe('through the CLI and node dist/index.js', () => {
  let dir: string;
  let leaf: Issued;
  beforeAll(() => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, 'my certs'));
    leaf = issue(path.join(dir, 'my certs'), 'a b', { cn: 'a.test', dns: ['a.test'] });
  });

  it('check with a quoted path, a trailing comment and fail-on: Error', () => {
    const sites = `a.test = "my certs/a b.crt" key='my certs/a b.key'   # the one with spaces`;
    const action = runAction({ command: 'check', sites, 'fail-on': 'Error' }, {}, dir);
    expect(action.stdout).not.toMatch(/Invalid/);
    expect(action.report.certificates[0].file).toMatch(/(^|\/)my certs\/a b\.crt$/);
    expect(action.report.certificates[0].hosts).toEqual(['a.test']);
    const cli = runCli(['check', '--sites', `a.test = my\\ certs/a\\ b.crt key="my certs/a b.key" # x`, '--fail-on', 'Error', '--json'], {}, { cwd: dir });
    expect(cli.stderr).toBe('');
    expect(path.resolve(dir, JSON.parse(cli.stdout).certificates[0].file)).toBe(leaf.cert);
  });

  it("fail-on: none is refused with did you mean 'never'", () => {
    const cli = runCli(['check', '--sites', 'a.test = x.pfx', '--fail-on', 'none']);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/Invalid value 'none' for --fail-on: .*\(did you mean 'never'\?\)/);
    const action = runAction({ command: 'check', sites: 'a.test = x.pfx', 'fail-on': 'none' });
    expect(action.status).toBe(1);
    expect(action.stdout).toMatch(/did you mean 'never'\?/);
  });

  it('scan: a URL and the printed form are the endpoints they name', async () => {
    const port = await closedPort();
    const endpoints = `https://localhost:${port}/login?x=1\nb.test:${port}@127.0.0.1  # printed by the CLI`;
    const action = runAction({ command: 'scan', endpoints, 'fail-on': 'never' });
    expect(action.stdout).not.toMatch(/Invalid/);
    const rows = action.report.endpoints.filter((e: { sni: string | null }) => e.sni !== null);
    expect(rows.map((e: { host: string; port: number }) => `${e.host}:${e.port}`)).toEqual([`localhost:${port}`, `b.test:${port}`]);
    const cli = runCli(['scan', '--endpoints', `https://localhost:${port}/`, '--endpoints', `b.test:${port}@127.0.0.1`, '--json', '--fail-on', 'never']);
    expect(cli.status).toBe(0);
    expect(
      JSON.parse(cli.stdout)
        .endpoints.filter((e: { sni: string | null }) => e.sni)
        .map((e: { host: string }) => e.host),
    ).toEqual(['localhost', 'b.test']);
  });
});

describe('an IP address as the endpoint host', () => {
  let v4: Running & { seen: string[] };
  let v6: tls.Server;
  let v6port: number;
  let withIp: Issued;
  let withoutIp: Issued;
  const seen6: string[] = [];
  beforeAll(async () => {
    const d = tempDir();
    withIp = issue(d, 'ip', { cn: 'ip', dns: ['a.test'], ip: ['127.0.0.1', '::1'] });
    withoutIp = issue(d, 'noip', { cn: 'noip', dns: ['a.test'] });
    v4 = await startSniServer({}, { key: withIp.key, certs: [withIp.cert] });
    v6 = tls.createServer({
      key: fs.readFileSync(withoutIp.key),
      cert: fs.readFileSync(withoutIp.cert),
      SNICallback: (name, cb) => {
        seen6.push(name);
        cb(null, undefined);
      },
    });
    v6.on('connection', (s) => s.on('error', () => undefined));
    await new Promise<void>((r) => v6.listen(0, '::1', r));
    v6port = (v6.address() as { port: number }).port;
  });
  afterAll(async () => {
    await v4?.close();
    await new Promise<void>((r) => v6?.close(() => r()));
  });

  it('is probed without SNI and judged against the IP addresses of the certificate (IPv4 covered, IPv6 not)', async () => {
    const r = await runCliAsync(['scan', '--endpoints', `127.0.0.1:${v4.port}`, '--endpoints', `[::1]:${v6port}`, '--json', '--fail-on', 'never']);
    expect(r.stderr).not.toMatch(/RFC 6066|DEP0123/);
    const report = JSON.parse(r.stdout);
    expect(v4.seen).toEqual([]);
    expect(seen6).toEqual([]);
    const rows = report.endpoints.filter((e: { host: string; address: string }) => e.host === '127.0.0.1' || e.host === '::1');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const e of rows) expect(e.sni).toBeNull();
    const mismatch = report.findings.filter((f: { rule: string }) => f.rule === 'cert-host-mismatch').map((f: { host: string }) => f.host);
    expect(mismatch).toEqual(['::1']);
  });
});
