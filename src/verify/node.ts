// `server: node`: Node's own TLS server with one secure context per host (SNICallback) and the
// fallback's certificate for clients without SNI. Needs nothing installed, which makes it the
// default on machines without nginx and the demo's server.
//
// Node applies an SNI context on top of the default context's state: a default certificate of
// another key type (EC default, RSA for the name) stays in its slot and is served instead, and a
// leaf-only SNI context inherits the default's intermediates (hiding tls-chain-incomplete). So the
// TLS server that SNI clients reach has no default certificate at all; a small TCP front peeks at
// each ClientHello and hands clients without SNI to a second TLS server holding only the fallback.
import * as net from 'node:net';
import * as tls from 'node:tls';
import type { Logger } from '../types.js';
import type { BindingPlan, ServedCertificate } from './plan.js';
import { bindingFor, distinctServed, fullChainPem, keyPem, type RunningServer } from './server.js';

function contextOptions(serve: ServedCertificate): tls.SecureContextOptions {
  return { key: keyPem(serve), cert: fullChainPem(serve), minVersion: 'TLSv1.2' };
}

/** Bytes of ClientHello we wait for at most before treating a client as one without SNI. */
const MAX_HELLO_BYTES = 64 * 1024;

/**
 * Whether the TLS records in `buf` hold a ClientHello with a non-empty host_name in its
 * server_name extension: true/false once the whole ClientHello is there (false also for anything
 * that is not a ClientHello), undefined while more bytes are needed.
 */
export function clientHelloHasSni(buf: Buffer): boolean | undefined {
  const parts: Buffer[] = [];
  let off = 0;
  while (off + 5 <= buf.length) {
    if (buf[off] !== 0x16) return false; // not a handshake record (e.g. SSLv2 hello, garbage)
    const len = buf.readUInt16BE(off + 3);
    if (off + 5 + len > buf.length) return undefined;
    parts.push(buf.subarray(off + 5, off + 5 + len));
    off += 5 + len;
    const hs = Buffer.concat(parts);
    if (hs.length >= 4) {
      if (hs[0] !== 0x01) return false;
      const need = 4 + hs.readUIntBE(1, 3);
      if (hs.length >= need) return helloHasSni(hs.subarray(4, need));
    }
  }
  return undefined;
}

function helloHasSni(body: Buffer): boolean {
  try {
    let p = 2 + 32; // client_version, random
    p += 1 + body.readUInt8(p); // session_id
    p += 2 + body.readUInt16BE(p); // cipher_suites
    p += 1 + body.readUInt8(p); // compression_methods
    if (p + 2 > body.length) return false; // no extensions
    const end = Math.min(body.length, p + 2 + body.readUInt16BE(p));
    p += 2;
    while (p + 4 <= end) {
      const type = body.readUInt16BE(p);
      const len = body.readUInt16BE(p + 2);
      if (type === 0) {
        // server_name: a list of (name_type, name) entries; host_name is type 0
        let q = p + 4 + 2;
        const listEnd = Math.min(p + 4 + len, end);
        while (q + 3 <= listEnd) {
          const nameLen = body.readUInt16BE(q + 1);
          if (body[q] === 0 && nameLen > 0) return true;
          q += 3 + nameLen;
        }
        return false;
      }
      p += 4 + len;
    }
    return false;
  } catch {
    return false; // truncated or malformed: the TLS server will refuse it
  }
}

export async function startNodeServer(plan: BindingPlan, log: Logger, address = '127.0.0.1'): Promise<RunningServer> {
  const started = performance.now();
  const contexts = new Map<ServedCertificate, tls.SecureContext>();
  for (const serve of distinctServed(plan.bindings)) contexts.set(serve, tls.createSecureContext(contextOptions(serve)));
  const fallbackContext = plan.fallback ? contexts.get(plan.fallback.serve) : undefined;

  const answer = (socket: tls.TLSSocket): void => {
    socket.on('error', () => undefined);
    socket.end('sni-ready\n');
  };
  // Clients with SNI: no default certificate, every name gets exactly its own context.
  const withSni = tls.createServer(
    {
      minVersion: 'TLSv1.2',
      SNICallback: (servername, cb) => {
        const binding = bindingFor(plan.bindings, servername);
        if (binding) return cb(null, contexts.get(binding.serve));
        // An unknown name gets what a client without SNI gets: the fallback, or a refused handshake.
        if (fallbackContext) return cb(null, fallbackContext);
        cb(new Error(`no certificate for ${servername}`));
      },
    },
    answer,
  );
  // Clients without SNI: the fallback only; with none, the SNI server (no certificate) refuses them.
  const withoutSni = plan.fallback ? tls.createServer(contextOptions(plan.fallback.serve), answer) : withSni;
  // Refused handshakes (no SNI and no fallback) are expected results of the probes, not errors.
  for (const s of new Set([withSni, withoutSni])) s.on('tlsClientError', () => undefined);

  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      const all = Buffer.concat(chunks);
      const sni = size > MAX_HELLO_BYTES ? false : clientHelloHasSni(all);
      if (sni === undefined) return;
      socket.off('data', onData);
      socket.pause();
      socket.unshift(all);
      (sni ? withSni : withoutSni).emit('connection', socket);
    };
    socket.on('data', onData);
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, address, () => {
      front.off('error', reject);
      resolve();
    });
  });
  const port = (front.address() as net.AddressInfo).port;
  log.info(
    `verify: node TLS server listening on ${address}:${port} with ${contexts.size} certificate(s) for ${plan.bindings.length} host(s) (${Math.round(performance.now() - started)} ms)`,
  );

  let stopped: Promise<void> | undefined;
  return {
    kind: 'node',
    address,
    port,
    version: `node ${process.version}`,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        front.close(() => resolve());
      })),
  };
}
