// SARIF that GitHub code scanning can show, from `node dist/index.js` as a runner runs it:
// valid against the official SARIF 2.1.0 schema (as shipped by @microsoft/jest-sarif), rules with
// their description and help, a fingerprint per result, and a physical location in the
// workspace for every result — for certificates made outside the workspace and for served
// certificates, the line of the `sites`/`endpoints` input of the step that ran, or of the
// endpoints file.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, pfx, tempDir, type Pki } from './helpers/pki.js';
import { ROOT, runAction, runCli } from './helpers/run-dist.js';

const require = createRequire(import.meta.url);
const SCHEMA = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
const PW = 'sarif-Pw-4711';

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints?: Record<string, string>;
}
interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; fullDescription?: { text: string }; help?: { text: string; markdown?: string } }[] } };
    results: SarifResult[];
  }[];
}

function validate(log: unknown): string[] {
  // CommonJS packages: their module.exports.default is the class / the plugin.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not a valid /u regexp;
  ajvFormats.default(ajv);
  const check = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  return check(log) ? [] : (check.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

/** Each result's location as `uri:line`, and a check that it is a real line of a workspace file. */
function where(r: SarifResult, workspace: string): string {
  const loc = r.locations[0]?.physicalLocation;
  expect(loc, `${r.ruleId} has a physical location`).toBeDefined();
  const { uri } = loc!.artifactLocation;
  expect(uri, 'relative to the workspace').not.toMatch(/^(\.\.|\/|file:)/);
  const text = fs.readFileSync(path.join(workspace, uri), 'utf8');
  expect(loc!.region.startLine).toBeLessThanOrEqual(text.split('\n').length);
  return `${uri}:${loc!.region.startLine}`;
}

function lineOf(file: string, needle: string, from = 0): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' not in ${file}`);
  return i + 1;
}

let pki: Pki;
let certs: string;
beforeAll(() => {
  certs = tempDir('sni-sarif-certs-'); // outside the workspace, as ${{ runner.temp }} is
  pki = makePki(certs, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] }, b: { cn: 'www.test2.com', dns: ['www.test2.com'] } });
  pfx(certs, 'a', pki.leaves.a!, [pki.intermediate.cert], PW, 'legacy');
  pfx(certs, 'b', pki.leaves.b!, [pki.intermediate.cert], PW, 'legacy');
});

const WORKFLOW = `name: certificates
on: push
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - name: an earlier step with the same hosts
        id: earlier
        uses: sni-ready/sni-ready@v1
        with:
          sites: www.test2.com = elsewhere.pfx
      - name: check
        id: check
        uses: sni-ready/sni-ready@v1
        with:
          command: check
          sites: |
            www.test1.com = \${{ runner.temp }}/a.pfx
            # the second certificate covers neither host of this line
            www.test3.com shop.test3.com = \${{ runner.temp }}/b.pfx
          service-definition: svc/ServiceDefinition.csdef
      - name: scan
        id: scan
        uses: sni-ready/sni-ready@v1
        with:
          command: scan
          endpoints: |
            www.closed.test:{PORT} @127.0.0.1
          endpoints-file: endpoints.txt
      - name: the CLI in a run step
        run: node dist/cli/index.js scan --endpoints "www.cli.test:{PORT} @127.0.0.1" --sarif cli.sarif
`;

function workspace(port: number): { dir: string; workflow: string } {
  const dir = tempDir('sni-sarif-ws-');
  fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  const workflow = path.join(dir, '.github', 'workflows', 'certs.yml');
  fs.writeFileSync(workflow, WORKFLOW.replaceAll('{PORT}', String(port)));
  fs.cpSync(path.join(ROOT, 'examples', 'service'), path.join(dir, 'svc'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'endpoints.txt'), `# endpoints probed by scan\n\nwww.other.test:${port} @127.0.0.1\n`);
  return { dir, workflow };
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(ws: { dir: string }, inputs: Record<string, string>, step: string): SarifLog {
  const sarif = path.join(ws.dir, 'out.sarif');
  const r = runAction({ ...inputs, sarif }, { GITHUB_WORKFLOW_REF: `octo/certs/.github/workflows/certs.yml@refs/heads/main`, GITHUB_ACTION: step }, ws.dir);
  expect(r.stderr).toBe('');
  expect(fs.existsSync(sarif), r.stdout).toBe(true);
  return JSON.parse(fs.readFileSync(sarif, 'utf8')) as SarifLog;
}

describe('SARIF for code scanning, through node dist/index.js', () => {
  it('check: valid 2.1.0; config findings at their csdef line, certificates outside the workspace at their sites line of the step that ran', async () => {
    const ws = workspace(await closedPort());
    const log = run(
      ws,
      {
        command: 'check',
        sites: `www.test1.com = ${path.join(certs, 'a.pfx')}\n# the second certificate covers neither host of this line\nwww.test3.com shop.test3.com = ${path.join(certs, 'b.pfx')}`,
        password: PW,
        trust: pki.root.cert,
        'service-definition': path.join(ws.dir, 'svc', 'ServiceDefinition.csdef'),
        'service-configuration': path.join(ws.dir, 'svc', 'ServiceConfiguration.Cloud.cscfg'),
      },
      'check',
    );
    expect(validate(log)).toEqual([]);
    const { rules } = log.runs[0]!.tool.driver;
    for (const rule of rules) {
      expect(rule.fullDescription?.text, rule.id).toBeTruthy();
      expect(rule.help?.text, rule.id).toMatch(/\S{10,}/);
    }
    const results = log.runs[0]!.results;
    const mismatch = results.filter((r) => r.ruleId === 'cert-host-mismatch');
    const sitesLine = lineOf(ws.workflow, 'www.test3.com shop.test3.com', lineOf(ws.workflow, 'id: check'));
    expect(mismatch.map((r) => where(r, ws.dir))).toEqual([`.github/workflows/certs.yml:${sitesLine}`, `.github/workflows/certs.yml:${sitesLine}`]);
    // two hosts, one line: two alerts, not one
    expect(new Set(mismatch.map((r) => r.partialFingerprints?.['sniReadyFinding/v1'])).size).toBe(2);
    const config = results.filter((r) => r.ruleId.startsWith('config-'));
    expect(config.length).toBeGreaterThan(0);
    for (const r of config) expect(where(r, ws.dir)).toMatch(/^svc\/ServiceConfiguration\.Cloud\.cscfg:\d+$|^svc\/ServiceDefinition\.csdef:\d+$/);
    for (const r of results) {
      where(r, ws.dir);
      expect(r.partialFingerprints?.['sniReadyFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const fingerprints = results.map((r) => r.partialFingerprints!['sniReadyFinding/v1']);
    expect(new Set(fingerprints).size, 'distinct findings, distinct fingerprints').toBe(new Set(results.map((r) => r.message.text)).size);
  });

  it('scan: a served endpoint points at its endpoints line in the workflow, or at its line of the endpoints file', async () => {
    const port = await closedPort();
    const ws = workspace(port);
    const log = run(ws, { command: 'scan', endpoints: `www.closed.test:${port} @127.0.0.1`, 'endpoints-file': 'endpoints.txt', timeout: '5' }, 'scan');
    expect(validate(log)).toEqual([]);
    const byHost = Object.fromEntries(
      log.runs[0]!.results.filter((r) => r.ruleId === 'tls-unreachable').map((r) => [r.message.text.split(':')[0], where(r, ws.dir)]),
    );
    expect(byHost).toEqual({
      'www.closed.test': `.github/workflows/certs.yml:${lineOf(ws.workflow, 'www.closed.test:')}`,
      'www.other.test': 'endpoints.txt:3',
    });
  });

  it('the CLI in a run: step: the result points at the line of the step that names the host', async () => {
    const port = await closedPort();
    const ws = workspace(port);
    const sarif = path.join(ws.dir, 'cli.sarif');
    const r = runCli(
      ['scan', '--endpoints', `www.cli.test:${port} @127.0.0.1`, '--timeout', '5', '--sarif', sarif],
      { GITHUB_WORKFLOW_REF: 'octo/certs/.github/workflows/certs.yml@refs/heads/main', GITHUB_WORKSPACE: ws.dir },
      { cwd: ws.dir },
    );
    expect(r.status, r.stderr).toBe(1);
    const log = JSON.parse(fs.readFileSync(sarif, 'utf8')) as SarifLog;
    expect(validate(log)).toEqual([]);
    expect(log.runs[0]!.results.map((x) => where(x, ws.dir))).toEqual([`.github/workflows/certs.yml:${lineOf(ws.workflow, 'www.cli.test:')}`]);
  });

  it('the schema check can fail: a result without a message is refused', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] }).join('\n')).toMatch(/message/);
  });
});
