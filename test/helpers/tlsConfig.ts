// TLS servers with a chosen configuration (protocol range, cipher list, DH group, curves) in a
// child process, so that tests can run `node dist/index.js` synchronously against them. Weak
// settings are allowed on the server side only (@SECLEVEL=0 in its cipher list).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openssl } from './pki.js';

export interface ServerConfig {
  key: string;
  /** PEM files: leaf first, then the rest of what the server sends */
  certs: string[];
  minVersion?: string;
  maxVersion?: string;
  ciphers?: string;
  ecdhCurve?: string;
  /** a PEM file of DH parameters */
  dhparam?: string;
}

export interface ServerProcess {
  port: number;
  close(): Promise<void>;
}

const SCRIPT = `
const tls = require('node:tls'); const fs = require('node:fs');
process.removeAllListeners('warning'); process.on('warning', () => {});
const c = JSON.parse(process.argv[1]);
const opts = { key: fs.readFileSync(c.key), cert: c.certs.map((f) => fs.readFileSync(f, 'utf8')).join('') };
for (const k of ['minVersion', 'maxVersion', 'ciphers', 'ecdhCurve']) if (c[k]) opts[k] = c[k];
if (c.dhparam) opts.dhparam = fs.readFileSync(c.dhparam);
const s = tls.createServer(opts, (sock) => { sock.on('error', () => {}); sock.end(); });
s.on('tlsClientError', () => {});
s.listen(0, '127.0.0.1', () => process.stdout.write(s.address().port + '\\n'));
process.stdin.on('end', () => process.exit(0)); process.stdin.resume();`;

/** Starts a server in a child process; it exits when closed (or when this process's end of its stdin closes). */
export function startConfiguredServer(config: ServerConfig): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-e', SCRIPT, JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => {
      const port = Number(String(d).trim());
      resolve({
        port,
        close: () =>
          new Promise<void>((r) => {
            child.removeAllListeners('exit');
            child.once('exit', () => r());
            child.kill();
          }),
      });
    });
  });
}

/** DH parameters of `bits` (1024 or less), made at test time (a second or two). */
export function dhParams(dir: string, bits = 1024): string {
  const file = path.join(dir, `dh${bits}.pem`);
  if (!fs.existsSync(file)) openssl(['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', `dh_paramgen_prime_len:${bits}`, '-out', file]);
  return file;
}

/** A self-signed P-256 certificate for `cn` with `count` more subjectAltNames (badssl's 10000-sans): about 23 bytes each. */
export function hugeSanCertificate(dir: string, cn: string, count: number): { key: string; cert: string } {
  const cnf = path.join(dir, 'huge.cnf');
  const names = Array.from({ length: count }, (_, i) => `DNS.${i + 1} = n${String(i).padStart(5, '0')}.${cn}`);
  fs.writeFileSync(
    cnf,
    `[req]\ndistinguished_name=dn\nx509_extensions=ext\nprompt=no\n[dn]\nCN=${cn}\n[ext]\nsubjectAltName=@alt\nextendedKeyUsage=serverAuth\n[alt]\nDNS.0 = ${cn}\n${names.join('\n')}\n`,
  );
  const key = path.join(dir, 'huge.key');
  const cert = path.join(dir, 'huge.crt');
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-config', cnf]);
  return { key, cert };
}
