// Fuzz targets as fast-check properties over mutated real inputs (Jazzer.js does not run here: 4.x
// needs a newer glibc, 2.x downloads a binary at install). Each property states what must hold for
// ANY input: the reader answers with findings and never throws, the DER and PKCS#12 internals
// throw only their own errors, the served-chain judge describes any certificate Node parses, the
// XML scanner refuses or parses and `patch` converges on what it parses, the input parsers
// answer with an input error or a result.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { DerError, parseDer } from '../src/certs/der.js';
import { isPkcs12, PasswordError, PasswordMismatchError, readPkcs12, UnsupportedError } from '../src/certs/pkcs12.js';
import { readCertificateBundle } from '../src/certs/read.js';
import { TrustStore } from '../src/certs/chain.js';
import { parseEndpoints, parseSites } from '../src/inputs.js';
import { RULES } from '../src/rules.js';
import { patchService } from '../src/service/patch.js';
import { parseXml, XmlError } from '../src/service/xml.js';
import { EndpointJudge } from '../src/tls/judge.js';
import { InputError } from '../src/types.js';
import { PASSWORD, type Seeds } from './seeds.js';

/** Byte-level mutations: flips, overwrites with boundary bytes, inserts, deletes, truncation, splices. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x84, 0xff, 0x30, 0xa0, 0x04, 0x24) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 20 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(seed: Buffer, ops: Mutation[]): Buffer {
  let b = Buffer.from(seed);
  for (const op of ops) {
    const at = b.length ? op.at % b.length : 0;
    switch (op.kind) {
      case 'flip':
        if (b.length) b[at] = b[at]! ^ (1 << op.bit);
        break;
      case 'set':
        if (b.length) b[at] = op.byte;
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(op.bytes), b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + op.length)]);
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'repeat': {
        const piece = b.subarray(at, at + op.length);
        b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: op.times }, () => piece), b.subarray(at + op.length)]);
        break;
      }
    }
  }
  return b;
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** Line-level mutations for text seeds, which keep XML well-formed more often than byte flips. */
const lineOp = fc.record({
  kind: fc.constantFrom('duplicate', 'delete', 'indent', 'join', 'swap'),
  at: fc.nat(),
  with: fc.constantFrom(' ', '\t', '    ', '\r', '<!-- x -->', '&amp;'),
});
type LineOp = typeof lineOp extends fc.Arbitrary<infer M> ? M : never;

export function mutateLines(text: string, ops: LineOp[]): string {
  const lines = text.split('\n');
  for (const op of ops) {
    if (lines.length === 0) break;
    const i = op.at % lines.length;
    if (op.kind === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (op.kind === 'delete' && lines.length > 1) lines.splice(i, 1);
    else if (op.kind === 'indent') lines[i] = op.with + lines[i];
    else if (op.kind === 'join' && i > 0) lines.splice(i - 1, 2, lines[i - 1]! + lines[i]!);
    else if (op.kind === 'swap' && i > 0) [lines[i - 1], lines[i]] = [lines[i]!, lines[i - 1]!];
  }
  return lines.join('\n');
}

function ownError(err: unknown, ...allowed: (new (...args: never[]) => Error)[]): boolean {
  return allowed.some((c) => err instanceof c);
}

let fileCounter = 0;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TARGETS: { name: string; property: (seeds: Seeds) => fc.IAsyncProperty<any> }[] = [
  {
    name: 'certificate reader: any bytes give a site result and findings, never an exception',
    property: (seeds) =>
      fc.asyncProperty(fc.nat(), mutations, async (i, ops) => {
        const seed = seeds.containers[i % seeds.containers.length]!;
        const file = path.join(seeds.dir, `fuzz-${fileCounter++ % 16}-${seed.name}`);
        fs.writeFileSync(file, mutate(seed.bytes, ops));
        const r = await readCertificateBundle({ hosts: ['a.fuzz.test'], path: file, password: PASSWORD, line: 1 });
        for (const f of r.findings) {
          if (!RULES.has(f.rule)) throw new Error(`unknown rule ${f.rule}`);
          if (f.message.includes(PASSWORD)) throw new Error('password in a message');
        }
        if (!r.site.ok && r.findings.length === 0) throw new Error('a failed read without a finding');
      }),
  },
  {
    name: 'DER and PKCS#12 internals: only DerError, PasswordError, PasswordMismatchError or UnsupportedError',
    property: (seeds) =>
      fc.asyncProperty(fc.nat(), mutations, async (i, ops) => {
        const pfx = seeds.containers.filter((c) => c.name.endsWith('.pfx') && !c.name.startsWith('base64'));
        const bytes = mutate(pfx[i % pfx.length]!.bytes, ops);
        try {
          const top = parseDer(bytes);
          if (isPkcs12(top)) await readPkcs12(top, PASSWORD);
        } catch (err) {
          if (!ownError(err, DerError, PasswordError, PasswordMismatchError, UnsupportedError)) throw err;
        }
      }),
  },
  {
    name: 'served-chain judge: every certificate Node parses is described and judged',
    property: (seeds) =>
      fc.asyncProperty(fc.nat(), mutations, async (i, ops) => {
        let cert: X509Certificate;
        try {
          cert = new X509Certificate(mutate(seeds.certificates[i % seeds.certificates.length]!, ops));
        } catch {
          return; // Node refuses it: nothing is served
        }
        const judge = new EndpointJudge({ trust: new TrustStore(), at: new Date(), warnDays: 30, failDays: 7 });
        const others = seeds.certificates.map((d) => new X509Certificate(d));
        judge.describe([cert]);
        judge.describe([others[0]!, cert]);
        judge.report({ host: 'a.fuzz.test', port: 443, address: '127.0.0.1', sni: 'a.fuzz.test' }, { ok: true, chain: [cert], ms: 1 } as never);
      }),
  },
  {
    name: 'XML scanner and patch: refused or parsed; what patch writes re-parses, and a second run changes nothing',
    property: (seeds) =>
      fc.asyncProperty(fc.nat(), mutations, fc.array(lineOp, { maxLength: 8 }), async (i, ops, lineOps) => {
        const seed = mutateLines(seeds.definitions[i % seeds.definitions.length]!, lineOps);
        const text = i % 3 === 0 ? mutate(Buffer.from(seed, 'utf8'), ops).toString('utf8') : seed;
        try {
          parseXml(text);
        } catch (err) {
          if (err instanceof XmlError) return;
          throw err;
        }
        const dir = fs.mkdtempSync(path.join(seeds.dir, 'patch-'));
        const csdef = path.join(dir, 'ServiceDefinition.csdef');
        const cscfg = path.join(dir, 'ServiceConfiguration.cscfg');
        fs.writeFileSync(csdef, text);
        fs.writeFileSync(cscfg, seeds.configuration);
        const inputs = patchInputs(seeds, csdef, cscfg, dir);
        const log = { info: () => {}, warn: () => {} };
        try {
          await patchService(inputs, seeds.sites, log);
        } catch (err) {
          if (err instanceof InputError) return;
          throw err;
        }
        for (const f of [csdef, cscfg]) parseXml(fs.readFileSync(f, 'utf8'));
        const again = await patchService(inputs, seeds.sites, log);
        if (again.config.changed) throw new Error(`a second patch run changed ${again.config.written.join(', ')}`);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
  },
  {
    name: 'input parsers: an input error or a result for any text',
    property: (seeds) =>
      fc.asyncProperty(fc.nat(), mutations, async (i, ops) => {
        const text = mutate(Buffer.from(seeds.lines[i % seeds.lines.length]!, 'utf8'), ops).toString('utf8');
        for (const parse of [() => parseEndpoints(text), () => parseSites(text, PASSWORD, { PW: 'x' }, seeds.dir)]) {
          try {
            parse();
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
          }
        }
      }),
  },
];

function patchInputs(seeds: Seeds, serviceDefinition: string, cscfg: string, dir: string) {
  return {
    ...seeds.inputs,
    serviceDefinition,
    serviceConfigurations: [cscfg],
    startupDir: path.join(dir, 'sni-ready'),
    cwd: dir,
  };
}
