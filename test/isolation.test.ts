// One odd certificate costs only its own result: each crash case from issue 9 goes through the
// bundle (`node dist/cli/index.js`), and the run must end with a report in which the odd site
// (or endpoint) is reported as what it is and its neighbour is intact.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { encode } from '../src/certs/der.js';
import { CN, dsaInheritedSpki, name, oddCertificate, rawTime, type OddOptions } from './helpers/odd-certs.js';
import { issue, sha1, tempDir } from './helpers/pki.js';
import { runCli, runCliAsync } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

interface Finding {
  rule: string;
  message: string;
  file?: string;
  host?: string;
}
interface Report {
  certificates: { file: string; hosts: string[]; thumbprint: string }[];
  endpoints: { host: string; sni: string | null; thumbprint?: string; error?: string }[];
  findings: Finding[];
}

const CASES: Record<string, OddOptions> = {
  'empty subject with a critical SAN': { subject: Buffer.from([0x30, 0]), dns: ['odd.test'], sanCritical: true },
  'a DSA key with inherited parameters': { spki: dsaInheritedSpki(), dns: ['odd.test'] },
  'an unparsable notAfter': { notAfter: rawTime(0x17, '301399999999Z'), dns: ['odd.test'] },
  'an unparsable notBefore': { notBefore: rawTime(0x18, '20261399000000Z'), dns: ['odd.test'] },
  'a CN that is not a string': { subject: name([CN, encode(0x30, Buffer.alloc(0))]) },
};

let dir: string;
let good: { cert: string; key: string };

beforeAll(() => {
  dir = tempDir();
  good = issue(dir, 'good', { cn: 'good.test', dns: ['good.test'] });
});

function writeOdd(label: string, opts: OddOptions): { file: string; pem: string; keyPem: string } {
  const odd = oddCertificate(opts);
  const file = path.join(dir, `${label.replace(/\W+/g, '-')}.pem`);
  const keyPem = odd.key.export({ format: 'pem', type: 'pkcs8' }).toString();
  fs.writeFileSync(file, odd.pem + keyPem);
  return { file, pem: odd.pem, keyPem };
}

function report(file: string): Report {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
}

describe('check: one odd certificate costs only its own site', () => {
  for (const [label, opts] of Object.entries(CASES)) {
    it(label, () => {
      const odd = writeOdd(label, opts);
      const out = path.join(dir, `check-${label.replace(/\W+/g, '-')}.json`);
      const sites = [`good.test = ${good.cert} key=${good.key}`, `odd.test = ${odd.file}`].join('\n');
      const run = runCli(['check', '--sites', sites, '--report', out, '--fail-on', 'never']);
      expect(run.stderr).not.toMatch(/sni-ready: /);
      expect(run.status).toBe(0);
      const r = report(out);
      const goodCert = r.certificates.find((c) => c.hosts.includes('good.test'));
      expect(goodCert?.thumbprint).toBe(sha1(good.cert));
      expect(r.findings.filter((f) => f.host === 'good.test').map((f) => f.rule)).toEqual(['chain-untrusted']);
      // the odd site is reported: a finding on its file that says what happened
      const oddFindings = r.findings.filter((f) => f.file?.endsWith(path.basename(odd.file)));
      expect(oddFindings.length).toBeGreaterThan(0);
      for (const f of oddFindings) expect(f.message).not.toMatch(/overall deadline|undefined|\[object/);
    });
  }
});

describe('scan: one odd served certificate costs only its own endpoint', () => {
  const running: Running[] = [];
  afterAll(async () => {
    await Promise.all(running.map((r) => r.close()));
  });
  // a DSA key with inherited parameters cannot be served (the server's key must match it)
  const served = Object.entries(CASES).filter(([label]) => !label.includes('DSA'));
  for (const [label, opts] of served) {
    it(label, async () => {
      const odd = writeOdd(`served-${label}`, opts);
      const oddCert = path.join(dir, `served-${label.replace(/\W+/g, '-')}.crt`);
      const oddKey = path.join(dir, `served-${label.replace(/\W+/g, '-')}.key`);
      fs.writeFileSync(oddCert, odd.pem);
      fs.writeFileSync(oddKey, odd.keyPem);
      const server = await startSniServer({ 'good.test': { key: good.key, certs: [good.cert] }, 'odd.test': { key: oddKey, certs: [oddCert] } }, null);
      running.push(server);
      const out = path.join(dir, `scan-${label.replace(/\W+/g, '-')}.json`);
      const run = await runCliAsync([
        'scan',
        '--endpoints',
        `good.test:${server.port} @127.0.0.1\nodd.test:${server.port} @127.0.0.1`,
        '--fallback',
        'none',
        '--report',
        out,
        '--fail-on',
        'never',
      ]);
      expect(run.stderr).not.toMatch(/sni-ready: /);
      expect(run.status).toBe(0);
      const r = report(out);
      const goodEp = r.endpoints.find((e) => e.sni === 'good.test');
      expect(goodEp?.thumbprint).toBe(sha1(good.cert));
      expect(goodEp?.error).toBeUndefined();
      const oddEp = r.endpoints.find((e) => e.sni === 'odd.test');
      expect(oddEp).toBeDefined();
      // reached and served a certificate: never "unreachable" nor "the overall deadline"
      expect(oddEp?.error ?? '').not.toMatch(/deadline|not probed/i);
      const oddFindings = r.findings.filter((f) => f.host === 'odd.test');
      expect(oddFindings.map((f) => f.rule)).not.toContain('tls-unreachable');
      expect(oddFindings.length).toBeGreaterThan(0);
      expect(r.findings.filter((f) => f.host === 'good.test').map((f) => f.rule)).toEqual(['chain-untrusted']);
    });
  }
});
