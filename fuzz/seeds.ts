// Seed inputs for the fuzz targets, made at run time with OpenSSL and the test helpers: every
// container the reader takes, service files in several layouts, endpoint and sites lines.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLegacyPkcs12 } from '../src/certs/pkcs12.js';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { convertKey, pfxWith } from '../test/helpers/certs.js';
import { makePki, p7b, tempDir, toDer } from '../test/helpers/pki.js';
import { bareCscfg, bareCsdef, makeTestCerts, multiRoleCsdef, serviceInputs } from '../test/helpers/service.js';
import type { Inputs, LoadedSite } from '../src/types.js';

export const PASSWORD = 'fuzz-Passw0rd';

export interface Seeds {
  dir: string;
  /** certificate files, as bytes */
  containers: { name: string; bytes: Buffer }[];
  /** certificates (DER) for the served-chain judge */
  certificates: Buffer[];
  /** csdef texts */
  definitions: string[];
  configuration: string;
  /** text inputs: endpoints and sites lines */
  lines: string[];
  /** loaded sites and base inputs for `patch` */
  sites: LoadedSite[];
  inputs: Inputs;
}

export function makeSeeds(): Seeds {
  const dir = tempDir('sni-ready-fuzz-');
  fs.mkdirSync(path.join(dir, 'svc'));
  const pki = makePki(dir, {
    a: { cn: 'a.fuzz.test', dns: ['a.fuzz.test', 'www.a.fuzz.test'] },
    b: { cn: 'b.fuzz.test', dns: ['b.fuzz.test'], keyType: 'ec256' },
  });
  const a = pki.leaves.a!;
  const b = pki.leaves.b!;
  const read = (f: string) => fs.readFileSync(f);
  const containers: Seeds['containers'] = [];
  const add = (name: string, file: string) => containers.push({ name, bytes: read(file) });
  add('aes.pfx', pfxWith(dir, 'aes.pfx', a.cert, a.key, [pki.intermediate.cert], PASSWORD, 'aes'));
  add('3des.pfx', pfxWith(dir, '3des.pfx', b.cert, b.key, [pki.intermediate.cert], PASSWORD, '3des'));
  add('legacy.pfx', pfxWith(dir, 'legacy.pfx', a.cert, a.key, [], PASSWORD, 'legacy'));
  add('none.pfx', pfxWith(dir, 'none.pfx', b.cert, b.key, [], PASSWORD, 'none'));
  const leafDer = Buffer.from(new X509Certificate(read(a.cert)).raw);
  const keyDer = createPrivateKey(read(a.key)).export({ format: 'der', type: 'pkcs8' });
  containers.push({ name: 'ours.pfx', bytes: buildLegacyPkcs12({ keyDer, certificates: [leafDer], password: PASSWORD, iterations: 64 }) });
  const pem = path.join(dir, 'bundle.pem');
  fs.writeFileSync(pem, Buffer.concat([read(a.cert), read(pki.intermediate.cert), read(a.key)]));
  add('bundle.pem', pem);
  const enc = convertKey(dir, 'enc.key', a.key, 'encrypted', PASSWORD);
  fs.writeFileSync(path.join(dir, 'enc-bundle.pem'), Buffer.concat([read(a.cert), read(enc)]));
  add('enc-bundle.pem', path.join(dir, 'enc-bundle.pem'));
  add('leaf.der', toDer(dir, 'leaf.der', a.cert));
  add('chain.p7b', p7b(dir, 'chain', [a.cert, pki.intermediate.cert], 'DER'));
  add('chain-pem.p7b', p7b(dir, 'chain-pem', [b.cert, pki.intermediate.cert], 'PEM'));
  containers.push({ name: 'base64.pfx', bytes: Buffer.from(containers[0]!.bytes.toString('base64')) });
  return {
    dir,
    containers,
    certificates: [a.cert, b.cert, pki.intermediate.cert, pki.root.cert].map((f) => Buffer.from(new X509Certificate(read(f)).raw)),
    definitions: [bareCsdef(), multiRoleCsdef(), multiRoleCsdef({ indent: '\t', eol: '\r\n', bom: true })],
    configuration: bareCscfg('4'),
    sites: makeTestCerts(path.join(dir, 'svc')).sites,
    inputs: serviceInputs({ serviceDefinition: '', serviceConfigurations: [] }),
    lines: [
      'www.a.fuzz.test:443 @127.0.0.1\nb.fuzz.test\n# comment\n',
      'a.fuzz.test www.a.fuzz.test = certs/a.pfx password-env=PW key=k.pem\n',
      '[::1]:8443 @::1',
    ],
  };
}
