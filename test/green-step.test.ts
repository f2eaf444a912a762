// A green step must mean something, and advice fits the door in use: each point through the
// bundles as a user runs them (node dist/index.js with INPUT_* variables, node dist/cli/index.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, pfx, tempDir, type Pki } from './helpers/pki.js';
import { ROOT, runAction, runCli } from './helpers/run-dist.js';

const PW = 'green-Pw-4711';
let dir: string;
let pki: Pki;
let legacy: string;
let aes: string;

beforeAll(() => {
  dir = tempDir();
  pki = makePki(dir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] }, b: { cn: 'www.test2.com', dns: ['www.test2.com'] } });
  legacy = pfx(dir, 'a', pki.leaves.a!, [pki.intermediate.cert], PW, 'legacy');
  aes = pfx(dir, 'a-aes', pki.leaves.a!, [pki.intermediate.cert], PW, 'aes');
});

const cli = (args: string[], env: NodeJS.ProcessEnv = {}, cwd = dir) => runCli(args, { SNI_READY_PASSWORD: PW, ...env }, { cwd });
const report = (name: string) => path.join(dir, `${name}.json`);

/** A copy of the example service package whose Cloud cscfg names its role differently from the csdef. */
function mismatchedPackage(): { svc: string; files: string[]; snapshot: () => Record<string, string> } {
  const svc = tempDir('sni-green-svc-');
  fs.cpSync(path.join(ROOT, 'examples', 'service'), svc, { recursive: true });
  const cloud = path.join(svc, 'ServiceConfiguration.Cloud.cscfg');
  fs.writeFileSync(cloud, fs.readFileSync(cloud, 'utf8').replace('<Role name="WebRole1">', '<Role name="WebRoleX">'));
  const files = ['ServiceDefinition.csdef', 'ServiceConfiguration.Cloud.cscfg', 'ServiceConfiguration.Local.cscfg'].map((f) => path.join(svc, f));
  const snapshot = () =>
    Object.fromEntries(
      (fs.readdirSync(svc, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(svc, f)).isFile())
        .map((f) => [f, fs.readFileSync(path.join(svc, f), 'utf8')]),
    );
  return { svc, files, snapshot };
}

describe('nothing to check fails, and a misspelled input is named', () => {
  it('the action fails on an input action.yml does not declare, naming the nearest real one', () => {
    const run = runAction({ site: `www.test1.com = ${legacy}`, password: PW });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::'site' is not an input of sni-ready (did you mean 'sites'?)");
    const under = runAction({ sites: `www.test1.com = ${legacy}`, password: PW, fail_on: 'never' });
    expect(under.status).toBe(1);
    expect(under.stdout).toContain("'fail_on' is not an input of sni-ready (did you mean 'fail-on'?)");
  });

  it('the action fails when a command has nothing to check, in one sentence naming what is missing', () => {
    const run = runAction({ command: 'check' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Nothing to check: set input 'sites' (HOST [HOST ...] = PATH lines), input 'service-definition', or both");
    expect(run.stdout).not.toContain('✅');
    const scan = runAction({ command: 'scan', sites: `www.test1.com = ${legacy}`, password: PW });
    expect(scan.status).toBe(1);
    expect(scan.stdout).toContain("::error::Nothing to scan: set input 'endpoints'");
  });

  it('the CLI names the nearest command and option, and says what is missing with its own flags', () => {
    const chek = cli(['chek', '--sites', `www.test1.com = ${legacy}`]);
    expect(chek.status).toBe(2);
    expect(chek.stderr).toContain("Unknown command 'chek' (did you mean 'check'?)");
    expect(cli(['check', '--site', `www.test1.com = ${legacy}`]).stderr).toContain("Unknown option '--site' (did you mean --sites?)");
    expect(cli(['check', '--warndays', '3']).stderr).toContain("Unknown option '--warndays' (did you mean --warn-days?)");
    expect(cli(['check', '--sites', `www.test1.com = ${legacy}`, '--out', dir]).stderr).toContain("Unknown option '--out'");
    const certs = cli(['demo-certs', '--out', path.join(dir, 'demo')]);
    expect(certs.status, certs.stderr).toBe(0);
    const nothing = cli(['check']);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr.trim()).toBe('sni-ready: Nothing to check: set --sites (HOST [HOST ...] = PATH lines), --service-definition, or both');
  });

  it('`sni-ready help` works and --help lists every input of action.yml', () => {
    const help = cli(['help']);
    expect(help.status).toBe(0);
    const flags = cli(['--help']);
    expect(flags.stdout).toBe(help.stdout);
    const yml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const inputs = [...yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
    expect(inputs).toContain('endpoints-file');
    for (const name of inputs.filter((n) => n !== 'command' && n !== 'password')) expect(help.stdout, name).toMatch(new RegExp(`^  --${name} `, 'm'));
    expect(help.stdout).toContain('--password-stdin');
  });
});

describe('expect given to verify', () => {
  it('is refused: verify takes the expected certificates from sites (named for each door)', () => {
    const thumb = 'A'.repeat(40);
    const run = runAction({ command: 'verify', server: 'node', sites: `www.test1.com = ${legacy}`, password: PW, expect: `www.test1.com = ${thumb}` });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "::error::Input 'expect' is for scan only: verify takes the expected certificate of each host from input 'sites' (every host must be served the certificate of its line)",
    );
    const c = cli(['verify', '--server', 'node', '--sites', `www.test1.com = ${legacy}`, '--expect', `www.test1.com = ${thumb}`]);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('--expect is for scan only: verify takes the expected certificate of each host from --sites');
    expect(cli(['check', '--sites', `www.test1.com = ${legacy}`, '--dry-run']).stderr).toContain('--dry-run is for patch only: check never writes anything');
    expect(runAction({ sites: `www.test1.com = ${legacy}`, password: PW, issue: 'true' }).stdout).toContain(
      "Input 'issue' is for scan/merge only, not for check",
    );
    const defaults = runAction({
      sites: `www.test1.com = ${legacy}`,
      password: PW,
      trust: pki.root.cert,
      'os-family': '7',
      issue: 'false',
      'dry-run': 'false',
    });
    expect(defaults.status, defaults.stdout).toBe(0);
  });
});

describe('a cscfg whose role name differs from the csdef', () => {
  const sitesArgs = () => ['--sites', `www.test1.com = ${legacy}`, '--trust', pki.root.cert];

  it('patch writes nothing, exits 1, and reports config-role-missing once with a fix naming the cscfg role', () => {
    const { files, snapshot } = mismatchedPackage();
    const before = snapshot();
    const run = cli([
      'patch',
      ...sitesArgs(),
      '--service-definition',
      files[0]!,
      '--service-configuration',
      files[1]!,
      '--service-configuration',
      files[2]!,
      '--json',
      '--report',
      report('mismatch'),
    ]);
    expect(run.status, run.stderr).toBe(1);
    expect(snapshot()).toEqual(before);
    const r = JSON.parse(run.stdout);
    const missing = r.findings.filter((f: { rule: string }) => f.rule === 'config-role-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].file).toBe(files[1]);
    expect(missing[0].fix).toContain('Rename <Role name="WebRoleX">');
    expect(missing[0].fix).toContain('<Role name="WebRole1">');
    expect(r.config.changed).toBe(false);
    expect(r.config.written).toEqual([]);
    const text = cli(['patch', ...sitesArgs(), '--service-definition', files[0]!, '--service-configuration', files[1]!, '--report', report('mismatch2')]);
    expect(text.stdout).not.toContain('already in the target state');
    expect(text.stdout).toContain('Nothing written');
    const action = runAction({
      command: 'patch',
      sites: `www.test1.com = ${legacy}`,
      password: PW,
      trust: pki.root.cert,
      'service-definition': files[0]!,
      'service-configuration': files[1]!,
    });
    expect(action.status).toBe(1);
    expect(snapshot()).toEqual(before);
    expect(action.stdout.match(/::error title=config-role-missing/g)).toHaveLength(1);
    expect(action.summary).toContain('Nothing written: patch changes every file or none (see the findings)\n');
    expect(action.summary).not.toMatch(/Already in the target state|it would change/);
  });

  it('verify on the same package fails with the finding on the user file, not PASSED', () => {
    const { files } = mismatchedPackage();
    const run = cli([
      'verify',
      '--server',
      'node',
      ...sitesArgs(),
      '--service-definition',
      files[0]!,
      '--service-configuration',
      files[1]!,
      '--report',
      report('mismatch-verify'),
    ]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).not.toContain('PASSED');
    expect(run.stdout).toContain(`config-role-missing (${files[1]}:3)`);
  });

  it('patch reports a config finding it cannot fix once (not again from the after-state check) and writes nothing', () => {
    const { svc, files, snapshot } = mismatchedPackage();
    const local = path.join(svc, 'ServiceConfiguration.Local.cscfg');
    fs.writeFileSync(local, fs.readFileSync(local, 'utf8').replace('osFamily="4"', 'osFamily="four"'));
    const before = snapshot();
    const run = cli(['patch', ...sitesArgs(), '--service-definition', files[0]!, '--service-configuration', local, '--json', '--report', report('nan')]);
    expect(run.status, run.stderr).toBe(1);
    const r = JSON.parse(run.stdout);
    expect(r.findings.filter((f: { rule: string }) => f.rule.startsWith('config-')).map((f: { rule: string }) => f.rule)).toEqual(['config-os-family']);
    expect(snapshot()).toEqual(before);
  });
});

describe('the same file on two sites lines with different password-env', () => {
  it('keeps each line its own host and its own finding', () => {
    const run = cli(
      [
        'check',
        '--trust',
        pki.root.cert,
        '--os-family',
        '7',
        '--sites',
        `www.test1.com = ${legacy} password-env=GOOD_PW`,
        '--sites',
        `www.test2.com = ${legacy} password-env=BAD_PW`,
        '--report',
        report('two-lines'),
      ],
      { GOOD_PW: PW, BAD_PW: 'not-it' },
    );
    expect(run.status).toBe(1);
    const rows = run.stdout.split('\n');
    const row = (host: string) => rows.find((l) => new RegExp(`^\\S+\\s+${host.replace(/\./g, '\\.')}\\s`).test(l)) ?? '';
    expect(row('www.test1.com')).toMatch(/^OK\s/);
    expect(row('www.test1.com')).not.toContain('cert-password');
    expect(row('www.test2.com')).toMatch(/^FAIL\s.*cert-password/);
    expect(run.stdout).toContain('ERROR   cert-password (www.test2.com ');
  });
});

describe('fix texts name the door in use', () => {
  it('the CLI never tells the user to set the `password` input; the action does', () => {
    const c = cli(['check', '--sites', `www.test1.com = ${legacy}`, '--report', report('door')], { SNI_READY_PASSWORD: 'wrong' });
    expect(c.status).toBe(1);
    expect(c.stdout).not.toMatch(/`password` input|input 'password'/);
    expect(c.stdout).toContain('SNI_READY_PASSWORD');
    expect(c.stdout).toContain('line 1 of --sites');
    const a = runAction({ sites: `www.test1.com = ${legacy}`, password: 'wrong' });
    expect(a.status).toBe(1);
    expect(a.stdout).toContain('the `password` input');
    expect(a.stdout).not.toContain('SNI_READY_PASSWORD');
    const csdef = path.join(dir, 'absent', 'ServiceDefinition.csdef');
    const svcCli = cli(['check', '--service-definition', csdef, '--report', report('door-svc')]);
    expect(svcCli.stdout).toContain('fix: Point --service-definition at an existing service definition');
    expect(svcCli.stdout).toContain(`${csdef} does not exist.`);
    expect(svcCli.stdout).not.toContain('ENOENT');
    expect(runAction({ 'service-definition': csdef }).stdout).toContain("Point input 'service-definition' at an existing service definition");
    const bad = cli(['check', '--sites', `www.test1.com = ${legacy}`, '--fail-days', 'soon']);
    expect(bad.stderr).toContain("Invalid value 'soon' for --fail-days");
    expect(runAction({ sites: `www.test1.com = ${legacy}`, 'fail-days': 'soon' }).stdout).toContain("Invalid value 'soon' for input 'fail-days'");
  });
});

describe('paths that do not exist', () => {
  it('a missing endpoints-file is one sentence, not a raw ENOENT', () => {
    const run = cli(['scan', '--endpoints-file', 'missing-endpoints.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`sni-ready: The file 'missing-endpoints.txt' of --endpoints-file does not exist (relative to ${dir})`);
    const a = runAction({ command: 'scan', 'endpoints-file': 'missing-endpoints.txt' }, {}, dir);
    expect(a.stdout).toContain("::error::The file 'missing-endpoints.txt' of input 'endpoints-file' does not exist");
    expect(a.stdout + a.stderr).not.toContain('ENOENT');
  });

  it('a missing trust file names the flag or input, and a tracking issue without a token says how to give one', () => {
    const t = cli(['check', '--sites', `www.test1.com = ${legacy}`, '--trust', 'roots\\demo.pem']);
    expect(t.status).toBe(2);
    expect(t.stderr).toContain(`Trust file '${path.join(dir, 'roots\\demo.pem')}' in --trust does not exist. On Linux`);
    expect(t.stderr).not.toContain('ENOENT');
    const issue = cli(['scan', '--endpoints', '127.0.0.1:1', '--timeout', '2', '--issue', '--report', report('issue')], { GITHUB_TOKEN: '' });
    expect(issue.status).toBe(2);
    expect(issue.stderr).toContain('--issue needs a token with issues: write: set GITHUB_TOKEN or pass --github-token');
  });

  it.skipIf(path.sep !== '/')("a Windows-style path gets a hint on this system's separator", () => {
    fs.mkdirSync(path.join(dir, 'certs'), { recursive: true });
    fs.copyFileSync(legacy, path.join(dir, 'certs', 'x.pfx'));
    const run = cli(['check', '--sites', 'www.test1.com = certs\\x.pfx', '--report', report('winpath')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("'\\' is not a folder separator: write 'certs/x.pfx'");
    const ep = cli(['scan', '--endpoints-file', 'lists\\endpoints.txt']);
    expect(ep.stderr).toContain("'\\' is not a folder separator: write 'lists/endpoints.txt'");
  });
});

describe('an OpenSSL 3 (AES) PFX and the default os-family', () => {
  const check = (extra: string[], name: string) => {
    const run = cli(['check', '--sites', `www.test1.com = ${aes}`, '--trust', pki.root.cert, '--json', '--report', report(name), ...extra]);
    const f = (JSON.parse(run.stdout).findings as { rule: string; severity: string; message: string; fix?: string }[]).filter(
      (x) => x.rule === 'pfx-legacy-windows',
    );
    return { status: run.status, f };
  };

  it('is a warning naming Windows Server 2016 in a plain check (no package, no os-family)', () => {
    const r = check([], 'aes-plain');
    expect(r.status).toBe(0);
    expect(r.f).toHaveLength(1);
    expect(r.f[0]!.severity).toBe('warning');
    expect(r.f[0]!.message).toContain('Windows Server 2016');
    expect(r.f[0]!.fix).toContain('--os-family 6');
  });

  it('is an error with an explicit os-family of 5 or lower', () => {
    const r = check(['--os-family', '5'], 'aes-5');
    expect(r.status).toBe(1);
    expect(r.f.map((x) => x.severity)).toEqual(['error']);
    expect(check(['--os-family', '6'], 'aes-6').f).toEqual([]);
  });

  it('is an error for a package whose cscfg runs osFamily 5 or lower, and absent for one at 6', () => {
    const svc = tempDir('sni-green-os-');
    fs.cpSync(path.join(ROOT, 'examples', 'service'), svc, { recursive: true });
    const cscfg = path.join(svc, 'ServiceConfiguration.Cloud.cscfg');
    const at4 = check(['--service-configuration', cscfg], 'aes-pkg4');
    expect(at4.f.map((x) => x.severity)).toEqual(['error']);
    expect(at4.f[0]!.message).toContain('osFamily 5');
    fs.writeFileSync(cscfg, fs.readFileSync(cscfg, 'utf8').replace('osFamily="4"', 'osFamily="6"'));
    expect(check(['--service-configuration', cscfg], 'aes-pkg6').f).toEqual([]);
  });
});
