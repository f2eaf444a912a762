// Fix texts name the door in use (issue 11): `merge`'s reports, `scan`'s fallback and trust are
// `--reports`, `--fallback none`, `--trust` in the CLI and `input 'reports'`, `fallback: none`,
// `input 'trust'` in the action. Through the bundles.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, makePki, sha1, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { ACTION, runAction, runCli, runCliAsync } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

let dir: string;
let pki: Pki;
let other: Issued;
let server: Running;

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, { a: { cn: 'a.test', dns: ['a.test'] } });
  other = issue(dir, 'other', { cn: 'other.test', dns: ['other.test'] }, pki.intermediate);
  // Clients without SNI get another certificate than a.test's.
  server = await startSniServer(
    { 'a.test': { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] } },
    { key: other.key, certs: [other.cert] },
  );
});

afterAll(async () => {
  await server?.close();
});

interface Found {
  rule: string;
  message: string;
  fix?: string;
}

/** `node dist/index.js` without blocking this process (the TLS server runs in it); the JSON report's findings. */
function actionFindings(inputs: Record<string, string>): Promise<Found[]> {
  const work = tempDir('sni-door-action-');
  const report = path.join(work, 'report.json');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  for (const [k, v] of Object.entries({ ...inputs, report })) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, { RUNNER_TEMP: work, GITHUB_WORKSPACE: work, GITHUB_OUTPUT: path.join(work, 'out'), GITHUB_STEP_SUMMARY: path.join(work, 'summary') });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: work, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve((JSON.parse(fs.readFileSync(report, 'utf8')) as { findings: Found[] }).findings));
  });
}

async function cliFindings(args: string[]): Promise<Found[]> {
  const run = await runCliAsync([...args, '--json']);
  return (JSON.parse(run.stdout) as { findings: Found[] }).findings;
}

const noSni = (fs: Found[]) => fs.filter((f) => f.rule === 'tls-no-sni-fallback');
const text = (fs: Found[]) => fs.map((f) => `${f.message}\n${f.fix ?? ''}`).join('\n');

describe('scan: fallback and trust named for the door in use', () => {
  const endpoint = () => `a.test:${server.port} @127.0.0.1`;

  it('CLI: --fallback none and --trust, never the action spelling', async () => {
    const none = await cliFindings(['scan', '--endpoints', endpoint(), '--fallback', 'none']);
    expect(noSni(none)).toHaveLength(1);
    expect(noSni(none)[0]!.message).toContain('although the plan has no fallback (--fallback none)');
    expect(noSni(none)[0]!.fix).toContain('or name a fallback (--fallback)');
    const untrusted = none.find((f) => f.rule === 'chain-untrusted')!;
    expect(untrusted.fix).toContain('add its root certificate (PEM) to --trust');

    const planned = await cliFindings(['scan', '--endpoints', endpoint(), '--fallback', 'a.test', '--expect', `a.test = ${sha1(pki.leaves.a!.cert)}`]);
    expect(noSni(planned)[0]!.fix).toContain('(IIS: --fallback) and no other IP-specific');
    expect(noSni(planned)[0]!.fix).toContain('or set --fallback none to refuse them');

    for (const t of [text(none), text(planned)]) {
      expect(t).not.toContain('fallback: none');
      expect(t).not.toContain("input '");
      expect(t).not.toContain('(CLI:');
    }
  });

  it('action: fallback: none and input trust, never a flag', async () => {
    const none = await actionFindings({ command: 'scan', endpoints: endpoint(), fallback: 'none' });
    expect(noSni(none)[0]!.message).toContain('although the plan has no fallback (fallback: none)');
    expect(noSni(none)[0]!.fix).toContain("or name a fallback (input 'fallback')");
    expect(none.find((f) => f.rule === 'chain-untrusted')!.fix).toContain("add its root certificate (PEM) to input 'trust'");

    const planned = await actionFindings({ command: 'scan', endpoints: endpoint(), fallback: 'a.test', expect: `a.test = ${sha1(pki.leaves.a!.cert)}` });
    expect(noSni(planned)[0]!.fix).toContain("(IIS: input 'fallback') and no other IP-specific");
    expect(noSni(planned)[0]!.fix).toContain('or set fallback: none to refuse them');

    for (const t of [text(none), text(planned)]) {
      expect(t).not.toMatch(/--(fallback|trust)\b/);
      expect(t).not.toContain('(CLI:');
    }
  });
});

describe('merge: the reports named for the door in use', () => {
  it('CLI --reports, action input reports', () => {
    const cli = runCli(['merge', '--reports', 'none-*.json'], {}, { cwd: dir });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain("--reports: no file matches 'none-*.json'");
    expect(cli.stderr).not.toContain("Input 'reports'");
    const action = runAction({ command: 'merge', reports: 'none-*.json' });
    expect(action.stdout).toContain("::error::Input 'reports': no file matches 'none-*.json'");
  });
});
