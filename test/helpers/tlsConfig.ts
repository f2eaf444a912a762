// TLS servers with a chosen configuration (protocol range, cipher list, DH group, curves) in a
// child process, so that tests can run `node dist/index.js` synchronously against them. Weak
// settings are allowed on the server side only (@SECLEVEL=0 in its cipher list).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { openssl } from './pki.js';
import { ACTION } from './run-dist.js';

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

export interface LegacyResponder {
  port: number;
  /** the ClientHello versions and suites the responder answered itself */
  answered: { version: number; suite: number }[];
  close(): Promise<void>;
}

/**
 * What no OpenSSL on this machine can serve any more (SSL 3.0, RC4, 3DES): a loopback responder
 * that answers a ClientHello offering one of `accept` (and, for an SSL 3.0 hello, only when
 * `ssl3`) with a ServerHello choosing it, as an old Schannel would, and passes every other
 * connection through to the real TLS server at `backendPort`.
 */
export async function startLegacyResponder(backendPort: number, accept: number[], ssl3: boolean): Promise<LegacyResponder> {
  const answered: { version: number; suite: number }[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    client.once('data', (hello: Buffer) => {
      const offer = parseClientHello(hello);
      const suite = offer && (offer.version > 0x0300 || ssl3) ? offer.suites.find((s) => accept.includes(s)) : undefined;
      if (offer && suite !== undefined) {
        answered.push({ version: offer.version, suite });
        const body = Buffer.concat([u16(offer.version), Buffer.alloc(32, 7), Buffer.from([0]), u16(suite), Buffer.from([0])]);
        const hs = Buffer.concat([Buffer.from([2, 0, 0, body.length]), body]);
        client.end(Buffer.concat([Buffer.from([0x16]), u16(offer.version), u16(hs.length), hs]));
        return;
      }
      const backend = net.connect({ host: '127.0.0.1', port: backendPort }, () => backend.write(hello));
      sockets.add(backend);
      backend.on('error', () => client.destroy());
      client.pipe(backend);
      backend.pipe(client);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    answered,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

function u16(n: number): Buffer {
  return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}

/** The client version and offered suites of a ClientHello record (undefined for anything else). */
function parseClientHello(b: Buffer): { version: number; suites: number[] } | undefined {
  if (b.length < 5 + 4 + 2 + 32 + 1 || b[0] !== 0x16 || b[5] !== 1) return undefined;
  const version = b.readUInt16BE(9);
  let at = 9 + 2 + 32;
  at += 1 + b[at]!;
  const len = b.readUInt16BE(at);
  const suites: number[] = [];
  for (let i = 0; i < len; i += 2) suites.push(b.readUInt16BE(at + 2 + i));
  return { version, suites };
}

/** `node dist/index.js` as the runner runs it, without blocking this process (for servers that run in it): the report and exit status. */
export function runActionAsync(inputs: Record<string, string>): // eslint-disable-next-line @typescript-eslint/no-explicit-any
Promise<{ status: number | null; stdout: string; report: any }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-action-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  for (const [k, v] of Object.entries({ report: path.join(dir, 'report.json'), ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const f of ['output', 'summary']) fs.writeFileSync(path.join(dir, f), '');
  Object.assign(env, { RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const file = path.join(dir, 'report.json');
      const report = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ status, stdout, report });
    });
  });
}

/** A free loopback port (bound, then closed) for a server that cannot be asked to pick one. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, r));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

/** Waits until something accepts connections at 127.0.0.1:`port`, or the child exits. */
async function waitListening(port: number, child: ChildProcess, what: string, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((r) => {
      const s = net.connect({ host: '127.0.0.1', port }, () => (s.destroy(), r(true)));
      s.on('error', () => r(false));
    });
    if (up) return;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error(`${what} did not start: ${log()}`);
}

/** One nginx `server` block: its names, certificate and `ssl_*` lines. */
export interface NginxSite {
  names: string[];
  key: string;
  certs: string[];
  ssl: string[];
}

/** nginx with the given `ssl_*` lines for one TLS server on loopback (badssl's hosts are nginx too); stopped by close(). */
export function startNginxServer(nginx: string, dir: string, cert: { key: string; certs: string[] }, ssl: string[]): Promise<ServerProcess> {
  return startNginxSites(nginx, dir, [{ names: ['a.test'], ...cert, ssl }]);
}

/**
 * nginx with one `server` block per site on one loopback address and port, chosen by SNI (the
 * first is the default for clients without SNI); stopped by close().
 */
export async function startNginxSites(nginx: string, dir: string, sites: NginxSite[]): Promise<ServerProcess> {
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(dir, t)};`);
  const blocks = sites.flatMap((site, i) => {
    const chain = path.join(dir, `nginx-chain-${i}.pem`);
    fs.writeFileSync(chain, site.certs.map((f) => fs.readFileSync(f, 'utf8')).join(''));
    return [
      '  server {',
      `    listen 127.0.0.1:${port} ssl;`,
      `    server_name ${site.names.join(' ')};`,
      `    ssl_certificate ${chain};`,
      `    ssl_certificate_key ${site.key};`,
      ...site.ssl.map((l) => `    ${l}`),
      '    return 200;',
      '  }',
    ];
  });
  fs.writeFileSync(
    conf,
    [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'master_process off;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...temp,
      ...blocks,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginx, ['-p', dir + path.sep, '-c', conf, '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const log = path.join(dir, 'error.log');
  await waitListening(port, child, 'nginx', () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : 'no log'));
  return { port, close: async () => void (child.kill(), await exited) };
}

/**
 * GnuTLS's `gnutls-serv` (Debian's gnutls-bin) with a priority string: it still serves what no
 * OpenSSL 3 server can — RC4 and 3DES suites, DH groups under 1024 bits (`dhparams`). It has no
 * option to bind one address, so it listens on every interface, on a free port; stopped by close().
 */
export async function startGnutlsServer(
  gnutls: string,
  dir: string,
  cert: { key: string; certs: string[] },
  priority: string,
  dhparams?: string,
): Promise<ServerProcess> {
  const port = await freePort();
  const chain = path.join(dir, `gnutls-chain-${port}.pem`);
  fs.writeFileSync(chain, cert.certs.map((f) => fs.readFileSync(f, 'utf8')).join(''));
  const args = [
    '--x509keyfile',
    cert.key,
    '--x509certfile',
    chain,
    '--priority',
    priority,
    '--port',
    String(port),
    '--echo',
    '--disable-client-cert',
    '--quiet',
  ];
  if (dhparams) args.push('--dhparams', dhparams);
  let out = '';
  const child = spawn(gnutls, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => void (out.length < 4096 && (out += d.toString())));
  child.stderr.on('data', (d: Buffer) => void (out.length < 4096 && (out += d.toString())));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await waitListening(port, child, 'gnutls-serv', () => out);
  return { port, close: async () => void (child.kill(), await exited) };
}

/**
 * A raw TCP server that answers every ClientHello with `answer`'s bytes and then ends the
 * connection: a server no TLS library would be (a ServerHello announcing 16 MiB, a Certificate
 * message of garbage). `answer` gets the offered version and suites.
 */
export async function startCraftedServer(answer: (offer: { version: number; suites: number[] } | undefined) => Buffer): Promise<ServerProcess> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    client.once('data', (hello: Buffer) => client.end(answer(parseClientHello(hello))));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** TLS records of type `type` (0x16 handshake) carrying `payload`, split at the 16 KB record limit. */
export function records(payload: Buffer, type = 0x16, version = 0x0303): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; i < payload.length || i === 0; i += 16384) {
    const part = payload.subarray(i, i + 16384);
    out.push(Buffer.from([type, version >> 8, version & 0xff, part.length >> 8, part.length & 0xff]), part);
  }
  return Buffer.concat(out);
}

/** A handshake message: type, 3-byte length (`declared`, when it should lie), body. */
export function handshakeMessage(type: number, body: Buffer, declared = body.length): Buffer {
  return Buffer.concat([Buffer.from([type, (declared >> 16) & 0xff, (declared >> 8) & 0xff, declared & 0xff]), body]);
}

/** A ServerHello body choosing `suite` at TLS 1.2, no session id, only the (empty) renegotiation_info OpenSSL insists on. */
export function serverHelloBody(suite: number): Buffer {
  return Buffer.concat([u16(0x0303), Buffer.alloc(32, 7), Buffer.from([0]), u16(suite), Buffer.from([0]), u16(5), Buffer.from([0xff, 0x01, 0x00, 0x01, 0x00])]);
}
