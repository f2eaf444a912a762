// What a report says must be true (issue 16), through the bundles a runner and a user run:
// a row counts every finding about its host or endpoint (an expired, wrong or self-signed served
// certificate is not "ok"); a headline claims only what was checked; the verdict comes from the
// findings and fail-on only decides the exit status; a tracking issue the API refuses costs one
// more error, not the run's results; the issue tracks warnings and changes only with the
// findings; annotations stay within GitHub's caps; patch ends with next steps; check on an
// unpatched package says so once.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, makePki, pfx, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { ROOT, runAction, runActionAsync, runCli, runCliAsync } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

const PW = 'truth-Pw-1616';
// Only forward-secret suites: the loopback server is not what these tests judge.
const FS_ONLY = { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384' };
let dir: string;
let pki: Pki;
let selfSigned: Issued;
let server: Running;
const inThreeDays = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

beforeAll(async () => {
  dir = tempDir('sni-truth-');
  pki = makePki(dir, {
    good: { cn: 'good.test', dns: ['good.test'] },
    soon: { cn: 'soon.test', dns: ['soon.test'], days: 20 },
    brief: { cn: 'expired.test', dns: ['expired.test'], days: 1 }, // expired as of `at` = now + 3 days
    other: { cn: 'other.test', dns: ['other.test'] },
  });
  selfSigned = issue(dir, 'self', { cn: 'self.test', dns: ['self.test'] });
  const chain = (l: Issued) => ({ key: l.key, certs: [l.cert, pki.intermediate.cert] });
  server = await startSniServer(
    {
      'good.test': chain(pki.leaves.good!),
      'soon.test': chain(pki.leaves.soon!),
      'expired.test': chain(pki.leaves.brief!),
      'wrong.test': chain(pki.leaves.other!), // serves other.test's certificate
      'self.test': { key: selfSigned.key, certs: [selfSigned.cert] },
    },
    chain(pki.leaves.good!),
    FS_ONLY,
  );
});

afterAll(async () => {
  await server?.close();
});

const ep = (host: string) => `${host}:${server.port} @127.0.0.1`;

describe('a row counts every finding about its endpoint, whatever its area', () => {
  it('scan: the expired, mismatched and self-signed endpoints are not ok in the summary, the JSON report and the CLI table', async () => {
    const endpoints = ['good.test', 'expired.test', 'wrong.test', 'self.test'].map(ep).join('\n');
    const run = await runActionAsync({ command: 'scan', endpoints, trust: pki.root.cert, at: inThreeDays(), 'fail-on': 'never' });
    expect(run.status, run.stdout).toBe(0);
    const status = (host: string) => run.report.endpoints.find((e: { sni: string | null }) => e.sni === host)?.status;
    expect(status('good.test')).toBe('ok');
    expect(status('expired.test')).toBe('error'); // cert-expired
    expect(status('wrong.test')).toBe('error'); // cert-host-mismatch
    expect(status('self.test')).toBe('error'); // chain-untrusted
    const row = (host: string) => run.summary.split('\n').find((l) => l.startsWith('| ') && l.includes(host)) ?? '';
    for (const [host, rule] of [
      ['expired.test', 'cert-expired'],
      ['wrong.test', 'cert-host-mismatch'],
      ['self.test', 'chain-untrusted'],
    ] as const) {
      const line = row(host);
      expect(line, host).toMatch(/^\| ❌ \|/);
      expect(line, host).toContain(rule);
    }
    expect(row('good.test')).toMatch(/^\| ✅ \|/);
    // the headline claims only what is true: not "each of 4 endpoints was served its own certificate"
    expect(run.summary).not.toMatch(/Each of \d+ endpoints was served/);
    expect(run.summary).toContain('**1 of 4 endpoints was served its own certificate without an error; 3 were not (see below).**');
    // no fallback was planned (no sites, no fallback input): no claim that clients without SNI got it
    expect(run.summary).not.toContain('clients without SNI got');
    // fail-on: never is named; the verdict stays the findings'
    expect(run.summary).toMatch(/^## ❌ sni-ready scan: not ready — \d+ errors, \d+ warnings? \(fail-on: never, so the step passes\)$/m);

    const cli = await runCliAsync([
      'scan',
      ...['good.test', 'expired.test', 'wrong.test', 'self.test'].flatMap((h) => ['--endpoints', ep(h)]),
      '--trust',
      pki.root.cert,
      '--at',
      inThreeDays(),
      '--report',
      path.join(dir, 'cli-scan.json'),
    ]);
    expect(cli.status).toBe(1);
    const cliRow = (host: string) => cli.stdout.split('\n').find((l) => new RegExp(`^\\S+\\s+${host.replace('.', '\\.')}:`).test(l)) ?? '';
    expect(cliRow('good.test')).toMatch(/^OK\s/);
    expect(cliRow('expired.test')).toMatch(/^FAIL\s.*cert-expired/);
    expect(cliRow('wrong.test')).toMatch(/^FAIL\s.*cert-host-mismatch/);
    expect(cliRow('self.test')).toMatch(/^FAIL\s.*chain-untrusted/);
  });

  it('verify: a host whose certificate does not cover it is no "each host was served its own certificate", and no fallback is claimed when none was planned', () => {
    const good = pfx(dir, 'good', pki.leaves.good!, [pki.intermediate.cert], PW, 'legacy');
    const other = pfx(dir, 'other', pki.leaves.other!, [pki.intermediate.cert], PW, 'legacy');
    const run = runAction({
      command: 'verify',
      sites: `good.test = ${good}\nwrong.test = ${other}`,
      password: PW,
      trust: pki.root.cert,
      server: 'node',
      fallback: 'none',
    });
    expect(run.status).toBe(1);
    expect(run.report.findings.map((f: { rule: string }) => f.rule)).toContain('cert-host-mismatch');
    expect(run.summary).not.toMatch(/Each of 2 hosts was served its own certificate/);
    expect(run.summary).toContain('**1 of 2 hosts was served its own certificate without an error; 1 was not (see below).**');
    expect(run.summary).not.toContain('clients without SNI got');
    const wrong = run.report.endpoints.find((e: { sni: string | null }) => e.sni === 'wrong.test');
    expect(wrong.status).toBe('error');
    expect(run.summary.split('\n').find((l) => l.startsWith('| ') && l.includes('wrong.test:'))).toMatch(/^\| ❌ \|.*cert-host-mismatch/);
  });
});

describe('the verdict comes from the findings; fail-on decides only the exit status', () => {
  it('check under fail-on: never: "not ready — 1 error (fail-on: never, so the step passes)", exit 0; the CLI says NOT READY', () => {
    const brief = pfx(dir, 'brief', pki.leaves.brief!, [pki.intermediate.cert], PW, 'legacy');
    const run = runAction({ command: 'check', sites: `expired.test = ${brief}`, password: PW, trust: pki.root.cert, at: inThreeDays(), 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.summary).toMatch(/^## ❌ sni-ready check: not ready — 1 error, 0 warnings \(fail-on: never, so the step passes\)$/m);
    expect(run.stdout).not.toContain('::error::'); // no failure sentence: the step passes
    const cli = runCli(
      [
        'check',
        '--sites',
        `expired.test = ${brief}`,
        '--trust',
        pki.root.cert,
        '--at',
        inThreeDays(),
        '--fail-on',
        'never',
        '--report',
        path.join(dir, 'never.json'),
      ],
      {
        SNI_READY_PASSWORD: PW,
      },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('NOT READY: 1 error(s), 0 warning(s) (fail-on: never, so the run passes: exit status 0)');
    expect(cli.stdout).not.toContain('PASSED');
  });
});

/** A fake GitHub issues API in this process; the action runs in a child (runActionAsync). */
interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: { name: string }[];
  html_url: string;
}
async function fakeGitHub(mode: 'refuse' | 'serve') {
  const issues: FakeIssue[] = [];
  const calls: string[] = [];
  const srv = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      calls.push(`${req.method} ${url.pathname}`);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (mode === 'refuse') return json(403, { message: 'Resource not accessible by integration' });
      const body = data ? (JSON.parse(data) as Record<string, unknown>) : {};
      let m: RegExpExecArray | null;
      if (req.method === 'GET' && url.pathname === '/repos/acme/web/issues')
        return json(
          200,
          issues.filter((i) => i.state === url.searchParams.get('state')),
        );
      if (req.method === 'POST' && url.pathname === '/repos/acme/web/issues') {
        const n = issues.length + 1;
        const i: FakeIssue = {
          number: n,
          title: String(body.title),
          body: String(body.body),
          state: 'open',
          labels: [{ name: 'sni-ready' }],
          html_url: `https://github.example/acme/web/issues/${n}`,
        };
        issues.push(i);
        return json(201, i);
      }
      if ((m = /^\/repos\/acme\/web\/issues\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
        const i = issues.find((x) => x.number === Number(m![1]))!;
        Object.assign(i, body);
        return json(200, i);
      }
      if (/\/comments$/.test(url.pathname)) return json(201, { id: 1 });
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    issues,
    calls,
    env: { GITHUB_API_URL: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, GITHUB_REPOSITORY: 'acme/web' },
    close: () => new Promise<void>((r) => srv.close(() => r())),
  };
}

describe('the tracking issue', () => {
  it('an API refusal (no issues: write) leaves the full summary, report, outputs and annotations; the refusal is one more error after them', async () => {
    const gh = await fakeGitHub('refuse');
    try {
      const endpoints = ['good.test', 'wrong.test'].map(ep).join('\n');
      const run = await runActionAsync({ command: 'scan', endpoints, trust: pki.root.cert, issue: 'true', 'github-token': 'test-token' }, gh.env);
      expect(run.status).toBe(1);
      expect(gh.calls.length).toBeGreaterThan(0); // the API was asked
      expect(run.summary).toMatch(/^## ❌ sni-ready scan: not ready/m);
      expect(run.summary).toContain('### Endpoints probed');
      expect(run.report.endpoints.length).toBe(3);
      expect(run.outputs.errors).toBe(String(run.report.findings.filter((f: { severity: string }) => f.severity === 'error').length));
      expect(run.outputs.report).toBe(run.reportFile);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      const mismatch = errors.findIndex((l) => l.includes('title=cert-host-mismatch'));
      const refused = errors.findIndex((l) => l.includes('Could not update the sni-ready tracking issue'));
      expect(mismatch).toBeGreaterThanOrEqual(0);
      expect(refused).toBe(errors.length - 1); // after the findings' annotations
      expect(errors[refused]).toMatch(/GitHub answered 403.*issues: write/);
    } finally {
      await gh.close();
    }
  });

  it('tracks warnings in their own section, prints its URL, changes only when the findings do, and closes when no warning remains', async () => {
    const gh = await fakeGitHub('serve');
    try {
      const scan = (hosts: string[]) =>
        runActionAsync(
          { command: 'scan', endpoints: hosts.map(ep).join('\n'), trust: pki.root.cert, issue: 'true', 'github-token': 'test-token', 'warn-days': '30' },
          gh.env,
        );
      const first = await scan(['good.test', 'soon.test']);
      expect(first.status, first.stdout).toBe(0); // a warning does not fail the step (fail-on: error)…
      expect(first.report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      expect(gh.issues).toHaveLength(1); // …but the issue tracks it
      const tracked = gh.issues[0]!;
      expect(tracked.body).toContain('### Warnings (');
      expect(tracked.body).not.toContain('### Errors');
      expect(tracked.body).toContain('`cert-expires-soon`');
      expect(tracked.title).toMatch(/1 warning/);
      expect(first.stdout).toContain('Opened tracking issue #1');
      expect(first.stdout).toContain('https://github.example/acme/web/issues/1');

      const again = await scan(['good.test', 'soon.test']); // the same findings: no write
      expect(again.status).toBe(0);
      expect(gh.calls.filter((c) => c.startsWith('PATCH'))).toEqual([]);
      expect(again.stdout).toContain('is up to date (the same findings): https://github.example/acme/web/issues/1');

      const clean = await scan(['good.test']);
      expect(clean.status).toBe(0);
      expect(tracked.state).toBe('closed');
      expect(clean.stdout).toContain('Closed tracking issue #1');
    } finally {
      await gh.close();
    }
  });
});

describe('annotations within GitHub caps', () => {
  it('15 unreadable files: at most 10 error annotations, the failure sentence among them, and one line saying how many more', () => {
    const sites = Array.from({ length: 15 }, (_, i) => `h${i}.test = missing-${i}.pfx`).join('\n');
    const run = runAction({ command: 'check', sites });
    expect(run.status).toBe(1);
    expect(run.report.findings.filter((f: { rule: string }) => f.rule === 'cert-unreadable')).toHaveLength(15);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.at(-1)).toMatch(/finding\(s\) at or above fail-on 'error'/); // the failure sentence is visible
    const more = errors.find((l) => l.includes('more error'));
    expect(more).toMatch(/(\d+) more error findings \(cert-unreadable\) are listed in the job summary/);
    const shown = errors.filter((l) => l.includes('title=cert-unreadable')).length;
    expect(shown + Number(/(\d+) more error/.exec(more!)![1])).toBe(15);
    for (const severity of ['warning', 'notice']) expect(run.stdout.split('\n').filter((l) => l.startsWith(`::${severity}`)).length).toBeLessThanOrEqual(10);
  });
});

describe('patch and check on a service package', () => {
  const pkg = () => {
    const svc = tempDir('sni-truth-svc-');
    fs.cpSync(path.join(ROOT, 'examples', 'service'), svc, { recursive: true });
    return svc;
  };
  const inputs = (svc: string, file: string) => ({
    sites: `good.test = ${file}`,
    password: PW,
    trust: pki.root.cert,
    'service-definition': path.join(svc, 'ServiceDefinition.csdef'),
    'service-configuration': path.join(svc, 'ServiceConfiguration.Cloud.cscfg'),
  });

  it('patch (dry run and real) ends with numbered next steps: upload with thumbprints (the intermediate too), the project lines, package, deploy, verify', () => {
    const file = pfx(dir, 'good-patch', pki.leaves.good!, [pki.intermediate.cert], PW, 'legacy');
    const svc = pkg();
    const dry = runAction({ command: 'patch', ...inputs(svc, file), 'dry-run': 'true' });
    expect(dry.status, dry.stdout).toBe(0);
    expect(dry.summary).not.toContain('Nothing to do');
    expect(dry.summary).toMatch(/\*\*Next:\*\* \d+ steps before clients see the SNI bindings/);
    const steps = dry.summary.slice(dry.summary.indexOf('### Next steps'));
    expect(steps).toMatch(/^1\. Run patch again without dry-run to write the \d+ files/m);
    const leafThumb = dry.report.certificates[0].thumbprint as string;
    const caThumb = dry.report.certificates[0].chain[0].thumbprint as string;
    expect(steps).toMatch(new RegExp(`^2\\. Upload the certificates .*thumbprint ${leafThumb}.*the intermediate .*thumbprint ${caThumb}`, 'm'));
    expect(steps).toContain(
      '<Content Include="WebRole1Content\\bin\\sni-ready\\sni-bindings.cmd"><CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory></Content>',
    );
    expect(steps).toMatch(/^4\. Package the cloud service/m);
    expect(steps).toMatch(/^5\. Deploy the package with the patched `ServiceConfiguration\.Cloud\.cscfg`/m);
    expect(steps).toMatch(/^6\. Verify:/m);
    expect(dry.report.config.nextSteps).toHaveLength(6);

    const cli = runCli(
      [
        'patch',
        '--sites',
        `good.test = ${file}`,
        '--trust',
        pki.root.cert,
        '--service-definition',
        path.join(svc, 'ServiceDefinition.csdef'),
        '--service-configuration',
        path.join(svc, 'ServiceConfiguration.Cloud.cscfg'),
        '--report',
        path.join(dir, 'patch.json'),
      ],
      { SNI_READY_PASSWORD: PW },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const tail = cli.stdout.slice(cli.stdout.indexOf('Next steps:'));
    expect(tail).toMatch(/^ {2}1\. Upload the certificates/m); // written: no "run again" step
    expect(tail).toMatch(/^ {7}<Content Include="WebRole1Content\\bin\\sni-ready\\sni-bindings\.json">/m);
    expect(tail).toMatch(/^ {2}5\. Verify:/m);
    expect(cli.stdout.trimEnd().split('\n').at(-1)).toMatch(/^PASSED/);
  });

  it('check on a package not patched yet: one config-not-patched error listing what patch changes, after the certificate problems', () => {
    const brief = pfx(dir, 'brief-check', pki.leaves.brief!, [pki.intermediate.cert], PW, 'legacy');
    const svc = pkg();
    const run = runAction({ command: 'check', ...inputs(svc, brief), sites: `expired.test = ${brief}`, at: inThreeDays() });
    expect(run.status).toBe(1);
    const errors = run.report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { rule: string }) => f.rule).sort()).toEqual(['cert-expired', 'config-not-patched']);
    const summary = errors.find((f: { rule: string }) => f.rule === 'config-not-patched');
    expect(summary.message).toMatch(/not patched for SNI yet .*patch will .*osFamily.*HTTPS input endpoint on port 443.*startup task/);
    // the individual findings keep their file and line, as notices
    const os = run.report.findings.find((f: { rule: string }) => f.rule === 'config-os-family');
    expect(os).toMatchObject({ severity: 'notice', line: expect.any(Number) });
    // what to do: the certificate first
    expect(run.summary).toMatch(/\*\*What to do:\*\* \d+ fixes, listed below\. First: `cert-expired`/);
    const entries = run.summary.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(entries[0]).toContain('cert-expired');
    expect(entries[1]).toContain('config-not-patched');
  });
});
