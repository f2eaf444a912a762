// Text from outside — a served certificate's names, a csdef attribute, a report file given to
// merge — never speaks in the user's CI: no workflow command, no escape sequence, no live link,
// image, autolink, @mention or issue reference, through `node dist/index.js` and the CLI.
/* eslint-disable no-control-regex -- the tests look for control characters */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, foreign, guardLines, md } from '../src/report/foreign.js';
import { issueBody } from '../src/report/issue.js';
import type { Report } from '../src/types.js';
import { ACTION, CLI, parseOutputFile, runAction, runCli } from './helpers/run-dist.js';
import { openssl, tempDir } from './helpers/pki.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

/** What a hostile certificate, package or report file carries. */
const PAYLOAD =
  '\n::error title=x::pwned\n::add-mask::secret\r::warning::cr \x1b[31mred\x1b]0;title\x07 \u009b2J [x](https://evil.test/a) ![i](https://evil.test/p.png) <https://evil.test/b> www.evil.test https://evil.test/c @someone owner/repo#1 #12 GH-3 `tick` **bold** <img src=x> &#64;entity \u202eabc\u2066';

/** The product's own workflow commands: annotations (title a rule id, properties escaped by the toolkit) and setFailed. */
const OWN_COMMAND = /^::(error|warning|notice)( title=[a-z0-9-]+[^:]*)?::/;

function assertQuietStdout(stdout: string, allowCommands = false): void {
  expect(stdout).not.toMatch(/[\u001b\u0007\u009b\u202a-\u202e\u2066-\u2069]/);
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::') || trimmed.startsWith('##[')) {
      expect(allowCommands, `a workflow command in stdout: ${line}`).toBe(true);
      expect(trimmed, `a workflow command the product did not write: ${line}`).toMatch(OWN_COMMAND);
    }
  }
  expect(stdout).not.toMatch(/^\s*::add-mask::/m);
}

/** The HTML GitHub would get, with everything inside <code> removed: what may render live. */
function liveHtml(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  return html.replace(/<code>[\s\S]*?<\/code>/g, '');
}

function assertInertMarkdown(markdown: string): void {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  for (const m of html.matchAll(/<(a|img)\b[^>]*>/g)) expect(m[0], 'a link or image from foreign text').not.toMatch(/evil/);
  const live = liveHtml(markdown);
  expect(live).not.toMatch(/evil\.test/);
  expect(live).not.toMatch(/@someone|owner\/repo#1|#12\b|GH-3/);
  expect(live).not.toMatch(/<strong>bold|<img src="x"/);
  expect(markdown).not.toMatch(/[\u001b\u0007\u009b\u202a-\u202e\u2066-\u2069]/);
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

function assertReportInert(report: unknown): void {
  for (const s of allStrings(report)) {
    if (s.includes('\n') && s.startsWith('--- ')) continue; // config.diff: lines are its own
    expect(s, 'a report text with a control character').not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

/** `node dist/index.js` like runAction, without blocking this process (the TLS server runs here). */
function runActionAsync(inputs: Record<string, string>): Promise<{ status: number | null; stdout: string; summary: string; report: Report }> {
  const dir = tempDir('sni-ready-action-');
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, { RUNNER_TEMP: dir, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: dir });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', (status) => {
      parseOutputFile(fs.readFileSync(outputFile, 'utf8'));
      resolve({
        status,
        stdout,
        summary: fs.readFileSync(summaryFile, 'utf8'),
        report: JSON.parse(fs.readFileSync(path.join(dir, 'sni-ready-report.json'), 'utf8')) as Report,
      });
    });
  });
}

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

// DER by hand for the subjectAltName: OpenSSL's config syntax cannot write a line break into a name.
function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

/** A self-signed certificate whose subject and subjectAltName carry the payload. */
function hostileCertificate(dir: string): { key: string; cert: string } {
  const key = path.join(dir, 'evil.key');
  const cert = path.join(dir, 'evil.crt');
  const san = tlv(0x30, Buffer.concat([tlv(0x82, Buffer.from('a.test')), tlv(0x82, Buffer.from(PAYLOAD, 'utf8')), tlv(0x87, Buffer.from([127, 0, 0, 1]))]));
  // Subject attributes hold at most 64 characters: the payload in pieces, one OU each.
  const pieces = PAYLOAD.match(/[\s\S]{1,40}/g)!;
  const subject = `/CN=\n::error::cn [c](https://evil.test/cn)${pieces.map((p) => `/OU=${p}`).join('')}`.replace(/\/(?!CN=|OU=)/g, '\\/');
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '20',
    '-utf8',
    '-subj',
    subject,
    '-addext',
    `subjectAltName=DER:${san.toString('hex')}`,
  ]);
  return { key, cert };
}

describe('foreign text, unit', () => {
  it('escapes control characters visibly, once (escaping twice changes nothing)', () => {
    const once = foreign(PAYLOAD);
    expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(once).toContain('\\n::error title=x::pwned');
    expect(once).toContain('\\x1b[31m');
    expect(once).toContain('\\u202e');
    expect(foreign(once)).toBe(once);
  });

  it('guardLines leaves no line that starts a workflow command', () => {
    const out = guardLines('ok\n  ::error::x\n##[warning]y\nz\r::add-mask::w');
    for (const line of out.split(/\r\n|\r|\n/)) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
    expect(out).toContain('ok\n');
  });

  it('md renders every payload inert in marked, and keeps our own code spans', () => {
    assertInertMarkdown(md(PAYLOAD));
    assertInertMarkdown(`| a |\n|---|\n| ${md(PAYLOAD).replace(/\|/g, '\\|')} |`);
    expect(md('Set `password-env` for www.a.test, then run it.')).toBe('Set `password-env` for `www.a.test`, then run it.');
    const html = marked.parse(md('the host `x` and [a](b)'), { async: false }) as string;
    expect(html).toContain('<code>x</code>');
    expect(html).not.toContain('<a ');
  });

  it('code fences any backticks', () => {
    for (const s of ['a`b', '``x``', '`', 'x` ']) {
      const html = marked.parse(code(s), { async: false }) as string;
      expect(html.replace(/<\/?p>\n?/g, '')).toMatch(/^<code>[^<]*<\/code>$/);
    }
  });
});

describe('a served certificate that carries workflow commands, escapes and markdown', () => {
  let server: Running;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const c = hostileCertificate(dir);
    server = await startSniServer({ 'a.test': { key: c.key, certs: [c.cert] }, 'b.test': { key: c.key, certs: [c.cert] } }, { key: c.key, certs: [c.cert] });
  });
  afterAll(async () => server?.close());

  it('CLI: scan prints no workflow command and no escape sequence', async () => {
    const endpoints = `a.test:${server.port} @127.0.0.1\nb.test:${server.port} @127.0.0.1`;
    const r = await runCliAsync(['scan', '--endpoints', endpoints, '--report', path.join(dir, 'cli.json')]);
    expect(r.status).toBe(1);
    assertQuietStdout(r.stdout);
    assertQuietStdout(r.stderr);
    expect(r.stdout).toContain('\\n::error title=x::pwned'); // shown, escaped
    const json = await runCliAsync(['scan', '--endpoints', endpoints, '--report', path.join(dir, 'cli2.json'), '--json']);
    assertQuietStdout(json.stdout);
    assertReportInert(JSON.parse(json.stdout));
  });

  it('action: the log has only its own workflow commands; summary inert; report escaped', async () => {
    const r = await runActionAsync({ command: 'scan', endpoints: `a.test:${server.port} @127.0.0.1\nb.test:${server.port} @127.0.0.1`, 'fail-on': 'never' });
    assertQuietStdout(r.stdout, true);
    assertInertMarkdown(r.summary);
    assertReportInert(r.report);
    expect(JSON.stringify(r.report)).toContain('\\\\n::error title=x::pwned');
    // The issue a scheduled scan would keep.
    assertInertMarkdown(issueBody(r.report, r.report.findings, {}));
  });
});

describe('a csdef attribute that carries them', () => {
  it('check: CLI and action', () => {
    const dir = tempDir();
    const role =
      'Web&#10;::error title=x::csdef&#13;::add-mask::m [x](https://evil.test/a) ![i](https://evil.test/p.png) @someone owner/repo#1 www.evil.test &#x202E;abc';
    const csdef = path.join(dir, 'ServiceDefinition.csdef');
    fs.writeFileSync(
      csdef,
      `<?xml version="1.0" encoding="utf-8"?>
<ServiceDefinition name="Svc" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">
  <WebRole name="${role}" vmsize="Small">
    <Sites><Site name="Web"><Bindings><Binding name="H" endpointName="HttpIn" /></Bindings></Site></Sites>
    <Endpoints><InputEndpoint name="HttpIn" protocol="http" port="80" /></Endpoints>
  </WebRole>
</ServiceDefinition>
`,
    );
    const cli = runCli(['check', '--service-definition', csdef, '--report', path.join(dir, 'r.json')]);
    expect(cli.stdout).toContain('config-https-endpoint');
    expect(cli.stdout).toContain("Role 'Web\\n::error title=x::csdef\\r::add-mask::m");
    assertQuietStdout(cli.stdout);
    const action = runAction({ command: 'check', 'service-definition': csdef, 'fail-on': 'never' }, {}, dir);
    assertQuietStdout(action.stdout, true);
    assertInertMarkdown(action.summary);
    assertReportInert(action.report);
  });
});

describe('a report file given to merge that carries them', () => {
  it('merge: CLI and action, summary and issue', () => {
    const dir = tempDir();
    const evilHost = `evil.test${PAYLOAD}`;
    const shard: Report = {
      version: 1,
      command: 'scan',
      at: new Date().toISOString(),
      certificates: [],
      endpoints: [
        {
          host: evilHost,
          port: 443,
          address: `10.0.0.1${PAYLOAD}`,
          sni: evilHost,
          thumbprint: `AB${PAYLOAD}`,
          subject: `CN=${PAYLOAD}`,
          chain: [],
          error: PAYLOAD,
        },
      ],
      findings: [
        { rule: 'tls-unreachable', severity: 'error', message: `m ${PAYLOAD}`, host: evilHost, fix: `f ${PAYLOAD}`, file: `x${PAYLOAD}` },
        { rule: 'tls-wrong-certificate', severity: 'warning', message: `w ${PAYLOAD}`, host: 'b.test' },
      ],
      notes: [`n ${PAYLOAD}`],
    };
    const file = path.join(dir, 'shard.json');
    fs.writeFileSync(file, JSON.stringify(shard));
    const cli = runCli(['merge', '--reports', file, '--report', path.join(dir, 'm.json')]);
    expect(cli.status).toBe(1);
    assertQuietStdout(cli.stdout);
    assertQuietStdout(cli.stderr);
    const action = runAction({ command: 'merge', reports: file, 'fail-on': 'never' }, {}, dir);
    assertQuietStdout(action.stdout, true);
    assertInertMarkdown(action.summary);
    assertReportInert(action.report);
    assertInertMarkdown(issueBody(action.report, action.report.findings, {}));
  });

  it('refuses a finding whose rule id is not one, without letting the id speak', () => {
    const dir = tempDir();
    const file = path.join(dir, 'shard.json');
    const shard = {
      version: 1,
      command: 'scan',
      at: new Date().toISOString(),
      certificates: [],
      endpoints: [],
      findings: [{ rule: 'x`\n::error::y', severity: 'error', message: 'm' }],
    };
    fs.writeFileSync(file, JSON.stringify(shard));
    const cli = runCli(['merge', '--reports', file, '--report', path.join(dir, 'm.json')]);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/Shard report/);
    assertQuietStdout(cli.stderr);
    const action = runAction({ command: 'merge', reports: file }, {}, dir);
    expect(action.status).toBe(1);
    assertQuietStdout(action.stdout, true);
  });
});
