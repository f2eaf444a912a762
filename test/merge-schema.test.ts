// `merge` validates every report against the published schema (schema/report-v1.schema.json)
// before use: each malformed shape is an input error naming the file and the field (a JSON
// pointer), never an internal JavaScript error, a stack overflow or a gigabyte allocated from a
// number in a file. And the schema describes what the product writes: real reports of check,
// patch, verify and scan validate against it.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { MAX_REPORT_DEPTH, mergeReports, nestedTooDeep } from '../src/scan/merge.js';
import { validate } from '../src/scan/report-schema.generated.js';
import { InputError, type Report } from '../src/types.js';
import { makePki, tempDir } from './helpers/pki.js';
import { CLI, ROOT } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

function shard(host: string): Report {
  return {
    version: 1,
    command: 'scan',
    at: '2026-01-01T00:00:00.000Z',
    certificates: [],
    endpoints: [{ host, port: 443, address: '10.0.0.1', sni: host, thumbprint: 'A'.repeat(40), chain: [] }],
    findings: [{ rule: 'tls-unreachable', severity: 'error', message: `${host} broke`, host }],
    notes: [`probed ${host}`],
  };
}

const certificate = {
  file: 'a.pfx',
  hosts: ['a.test'],
  subject: 'CN=a.test',
  issuer: 'CN=CA',
  thumbprint: 'A'.repeat(40),
  sha256: 'B'.repeat(64),
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2027-01-01T00:00:00.000Z',
  daysLeft: 100,
  keyType: 'RSA',
  keySize: 2048,
  signature: 'sha256WithRSAEncryption',
  container: { type: 'pfx' },
  chain: [],
};

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const inputs = (reports: string) => parseInputs((n) => (({ command: 'merge', reports }) as Record<string, string>)[n] ?? '', {}, dir);

async function refusal(name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const err = await mergeReports(inputs(name)).catch((e: unknown) => e);
  expect(err, name).toBeInstanceOf(InputError);
  return (err as Error).message;
}

describe('merge refuses each malformed report shape by name', () => {
  const base = shard('a.test');
  it.each([
    ['endpoint-null.json', { ...base, endpoints: [null] }, /'.*endpoint-null\.json' is not a sni-ready report: \/endpoints\/0 must be object, not null/],
    [
      'endpoint-number.json',
      { ...base, endpoints: [base.endpoints[0], 7] },
      /endpoint-number\.json' is not a sni-ready report: \/endpoints\/1 must be object, not 7/,
    ],
    [
      'no-chain.json',
      { ...base, endpoints: [{ host: 'a', port: 1, address: '', sni: 'a' }] },
      /no-chain\.json' is not a sni-ready report: \/endpoints\/0\/chain is missing/,
    ],
    ['cert-empty.json', { ...base, certificates: [{}] }, /cert-empty\.json' is not a sni-ready report: \/certificates\/0\/file is missing/],
    ['notes-object.json', { ...base, notes: { a: 1 } }, /notes-object\.json' is not a sni-ready report: \/notes must be array, not an object/],
    ['notes-numbers.json', { ...base, notes: ['ok', 5] }, /notes-numbers\.json' is not a sni-ready report: \/notes\/1 must be string, not 5/],
    ['sni-number.json', { ...base, endpoints: [{ ...base.endpoints[0], sni: 5 }] }, /\/endpoints\/0\/sni must be string,null, not 5/],
    ['port.json', { ...base, endpoints: [{ ...base.endpoints[0], port: 1e300 }] }, /\/endpoints\/0\/port must be <= 65535/],
    [
      'severity.json',
      { ...base, findings: [{ rule: 'tls-unreachable', severity: 'fatal', message: 'x' }] },
      /holds a malformed finding: \/findings\/0\/severity must be equal to one of the allowed values \("error", "warning", "notice"\)/,
    ],
    [
      'rule.json',
      { ...base, findings: [{ rule: 'made-up-rule', severity: 'error', message: 'x' }] },
      /holds a malformed finding: \/findings\/0\/rule 'made-up-rule' is no rule/,
    ],
    ['command.json', { ...base, command: 'deploy' }, /command\.json' is not a sni-ready report: \/command must be equal to one of the allowed values/],
    ['top-array.json', [base], /top-array\.json' is not a sni-ready report \(expected a JSON object\)/],
  ])('%s', async (name, content, message) => {
    expect(await refusal(name, content)).toMatch(message);
  });

  it(`deeply nested arrays: refused before parsing, naming where, past ${MAX_REPORT_DEPTH} levels`, async () => {
    const depth = 1_000_000;
    const text = `{"version":1,"command":"scan","at":"x","certificates":[],"endpoints":[{"host":"a","port":1,"address":"","sni":null,"chain":[],"extra":${'['.repeat(depth)}${']'.repeat(depth)}}],"findings":[]}`;
    const started = process.cpuUsage();
    const message = await refusal('deep.json', text);
    const cpu = process.cpuUsage(started);
    expect(message).toMatch(/deep\.json' is not a sni-ready report: \/endpoints\/0\/extra\/0\/0\/0\/.* nests deeper than 64 levels/);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(3000); // one pass; JSON.parse alone took seconds
  });

  it('the nesting scan skips strings (brackets, quotes and escapes inside them) and names keys as written', () => {
    expect(nestedTooDeep('{"a":"[[[[[[[[[[\\"[[[[[[","b":[1,2,[3]]}', 3)).toBeUndefined();
    expect(nestedTooDeep('{"a":"x","b":[1,2,[3]]}', 2)).toBe('/b/2');
    expect(nestedTooDeep('{"a/b":{"c~d":[[]]}}', 3)).toBe('/a~1b/c~0d/0');
    expect(nestedTooDeep('[' + '[]'.repeat(5) + ']', 2)).toBeUndefined();
  });

  it('a shard note "Shard 1/100000000" is an input error, allocating nothing from the number', async () => {
    const before = process.memoryUsage().rss;
    const message = await refusal('huge-split.json', { ...base, notes: ['Shard 1/100000000: 1 of 3 endpoints.'] });
    expect(message).toMatch(/huge-split\.json' says it is shard 1\/100000000 \(\/notes\), but a split has 1 to 1000 shards/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    // and a real split with most shards missing lists a few, not all of them
    const many = (k: number) => ({ ...shard(`h${k}.test`), notes: [`Shard ${k}/900: 1 of 3 endpoints.`] });
    fs.mkdirSync(path.join(dir, 'split'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'split/1.json'), JSON.stringify(many(1)));
    fs.writeFileSync(path.join(dir, 'split/2.json'), JSON.stringify(many(2)));
    const err = await mergeReports(inputs('split/*.json')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/shards 3\/900, 4\/900, .*, 12\/900 and 888 more missing/);
  });

  it('a report of many MB (100,000 endpoints) merges; the same size malformed deep inside is refused by pointer', async () => {
    const big = { ...base, endpoints: Array.from({ length: 100_000 }, (_, i) => ({ ...base.endpoints[0], host: `h${i}.test`, sni: `h${i}.test` })) };
    fs.writeFileSync(path.join(dir, 'big.json'), JSON.stringify(big));
    expect(fs.statSync(path.join(dir, 'big.json')).size).toBeGreaterThan(10_000_000);
    const merged = await mergeReports(inputs('big.json'));
    expect(merged.endpoints).toHaveLength(100_000);
    (big.endpoints[99_998] as unknown as Record<string, unknown>).chain = 'none';
    expect(await refusal('big-bad.json', big)).toMatch(/big-bad\.json' is not a sni-ready report: \/endpoints\/99998\/chain must be array, not a string/);
  });

  it('fields other helpers add (sans, serial, keyUsage, status, …) are allowed', async () => {
    const extended = {
      ...base,
      certificates: [{ ...certificate, sans: ['a.test'], serial: '01', keyUsage: ['digitalSignature'], extendedKeyUsage: ['serverAuth'] }],
      endpoints: [{ ...base.endpoints[0], status: 'ok' }],
    };
    expect(validate(extended)).toBe(true);
    fs.writeFileSync(path.join(dir, 'extended.json'), JSON.stringify(extended));
    expect((await mergeReports(inputs('extended.json'))).certificates).toHaveLength(1);
  });
});

describe('the schema describes what the product writes', () => {
  let server: Running;
  let work: string;
  let pkiRoot: string;
  beforeAll(async () => {
    work = tempDir();
    const pki = makePki(work, { 'a.test': { cn: 'a.test', dns: ['a.test'] } });
    pkiRoot = pki.root.cert;
    server = await startSniServer({ 'a.test': { key: pki.leaves['a.test']!.key, certs: [pki.leaves['a.test']!.cert, pki.intermediate.cert] } }, null);
    const pw = 'Schema-Pw-4242';
    spawnSync(process.execPath, [CLI, 'demo-certs', '--out', path.join(work, 'certs')], { env: { ...process.env, SNI_READY_DEMO_PASSWORD: pw } });
    fs.cpSync(path.join(ROOT, 'examples', 'service'), path.join(work, 'svc'), { recursive: true });
  }, 120_000);
  afterAll(() => server?.close());

  const runCli = (args: string[]) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: work, stdio: 'ignore', env: { ...process.env, SNI_READY_PASSWORD: 'Schema-Pw-4242' } });
      child.on('close', resolve);
    });
  const sites = ['--sites', 'www.test1.com = certs/www.test1.com.pfx', '--sites', 'www.test2.com = certs/www.test2.com.pfx', '--trust', 'certs/demo-root.pem'];

  it.each([
    ['check', () => [...sites]],
    [
      'patch',
      () => [...sites, '--dry-run', '--service-definition', 'svc/ServiceDefinition.csdef', '--service-configuration', 'svc/ServiceConfiguration.Cloud.cscfg'],
    ],
    ['verify', () => [...sites, '--server', 'node']],
    ['scan', () => ['--endpoints', `a.test:${server.port} @127.0.0.1`, '--trust', pkiRoot, '--timeout', '5']],
  ])(
    '%s',
    async (command, args) => {
      const report = path.join(work, `${command}.json`);
      await runCli([command, ...args(), '--report', report, '--fail-on', 'never']);
      const data = JSON.parse(fs.readFileSync(report, 'utf8'));
      expect(data.command).toBe(command);
      const ok = validate(data);
      expect(validate.errors ?? [], command).toEqual([]);
      expect(ok).toBe(true);
      if (command !== 'check') expect(data.endpoints.length + (data.config ? 1 : 0)).toBeGreaterThan(0);
    },
    120_000,
  );

  it('the schema is published in the repo and the committed validator is what it compiles to', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'report-v1.schema.json'), 'utf8'));
    expect(schema.properties.version).toEqual({ const: 1 });
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'report-schema.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('schema/report-v1.schema.json');
  });
});
