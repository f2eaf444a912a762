// Every parser stays linear within our own size caps: each case below took from 12 s to minutes
// (or never ended) before, and is held to a ceiling several times what it takes now.
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTrust } from '../src/certs/chain.js';
import { chooseLeaf } from '../src/certs/read.js';
import { parseEndpoints } from '../src/inputs.js';
import { Layout } from '../src/service/writer.js';
import { parseXml } from '../src/service/xml.js';
import { oddCertificate } from './helpers/odd-certs.js';
import { issue, tempDir } from './helpers/pki.js';
import { CLI } from './helpers/run-dist.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

describe('linear parsers', () => {
  it('XML: 200,000 attributes on one element (1.7 MB) are checked for duplicates in one pass', () => {
    const attrs = Array.from({ length: 200_000 }, (_, i) => ` a${i}="v"`).join('');
    const { value, ms } = timed(() => parseXml(`<r${attrs}/>`));
    expect(value.root.attrs).toHaveLength(200_000);
    expect(ms).toBeLessThan(5000);
    expect(() => parseXml(`<r${attrs} a7="again"/>`)).toThrow(/duplicate attribute 'a7'/);
  });

  it("patch's indentation detection on a one-line file of 100,000 elements", () => {
    const doc = parseXml(`<r>${'<c><d/></c>'.repeat(50_000)}</r>`);
    const { value: layout, ms } = timed(() => new Layout(doc));
    expect(layout.unit).toBe('  ');
    const indents = timed(() => doc.root.children.map((c) => layout.indentOf(c.children[0]!)));
    expect(ms + indents.ms).toBeLessThan(3000);
    // and it still finds the unit of an indented file
    expect(new Layout(parseXml('<r>\n\t<c>\n\t\t<d/>\n\t</c>\n</r>')).unit).toBe('\t');
    expect(new Layout(parseXml('\uFEFF<r>\n   <c/>\n</r>')).unit).toBe('   ');
  });

  it('a trust file of 1 MB of unmatched BEGIN lines, then one certificate', () => {
    const root = issue(dir, 'trust-root', { cn: 'Trust Root', ca: true });
    const file = path.join(dir, 'trust.pem');
    fs.writeFileSync(file, '-----BEGIN CERTIFICATE-----\n'.repeat((1024 * 1024) / 28) + fs.readFileSync(root.cert, 'latin1'));
    const { value: store, ms } = timed(() => loadTrust({ trustSystem: false, trustFiles: [file] }));
    expect(store.anchors).toHaveLength(1);
    expect(ms).toBeLessThan(3000);
  });

  it('keys are matched to certificates through one map: 20,000 keys against 100 certificates (the most a file may hold)', () => {
    const certs = Array.from({ length: 100 }, () => oddCertificate({ dns: ['a.test'], ecdsa: true }));
    const distinct = Array.from({ length: 200 }, () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
    const keys = Array.from({ length: 20_000 }, (_, i) => distinct[i % distinct.length]!);
    keys.push(certs[77]!.key);
    const x509 = certs.map((c) => new X509Certificate(c.der));
    const { value, ms } = timed(() => chooseLeaf(x509, keys, ['a.test']));
    expect(value.leaf).toBe(x509[77]);
    expect(value.key).toBe(certs[77]!.key);
    expect(ms).toBeLessThan(2500);
  }, 60_000);

  it('an endpoints line of one 4 MB token is refused in linear time', () => {
    const { ms } = timed(() => expect(() => parseEndpoints('a'.repeat(4 * 1024 * 1024) + ':')).toThrow(/Invalid host/));
    expect(ms).toBeLessThan(2000);
  });

  it('endpoints keep their meaning: port, address, comments', () => {
    expect(parseEndpoints('# c\nA.example.com:8443 @10.0.0.1\n\nb.example.com\n')).toEqual([
      { host: 'a.example.com', port: 8443, address: '10.0.0.1', line: 2 },
      { host: 'b.example.com', port: 443, line: 4 },
    ]);
    expect(() => parseEndpoints('a.com:70000')).toThrow(/Invalid port/);
    expect(() => parseEndpoints('a.com x')).toThrow(/expected 'HOST\[:PORT\] \[@ADDRESS\]'/);
  });
});

describe('endpoints-file memory', () => {
  it('a 64 MiB endpoints file of short lines is refused past 1,000,000 endpoints, in memory near its size', () => {
    const file = path.join(dir, 'endpoints.txt');
    const line = 'h0000000.example.com\n';
    fs.writeFileSync(file, line.repeat(Math.floor((64 * 1024 * 1024 - 1) / line.length)));
    const size = fs.statSync(file).size;
    const probe = path.join(dir, 'rss.cjs');
    fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS * 1024 + '\\n'));");
    const run = spawnSync(process.execPath, ['-r', probe, CLI, 'scan', '--endpoints-file', file, '--report', path.join(dir, 'r.json')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/holds more than 1,000,000 endpoints/);
    const rss = Number(/maxRSS=(\d+)/.exec(run.stderr)![1]);
    expect(rss).toBeLessThan(6 * size);
  }, 130_000);
});
