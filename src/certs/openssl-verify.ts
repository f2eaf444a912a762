// OpenSSL's own verifier, reached through Node's TLS stack: a loopback handshake in which a
// throw-away server presents the leaf and its chain with the leaf's private key, and a client that
// trusts only the path's anchor reads `authorizationError` (OpenSSL's X509_verify_cert with the
// sslserver purpose, the verifier curl, nginx and Node clients use). It needs the private key, so
// `check` runs it on files with their key as a net under our own chain checks: a path our checks
// accept but OpenSSL refuses becomes `chain-invalid` naming OpenSSL's reason.
import type { KeyObject, X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';
import type { AddressInfo } from 'node:net';

export interface OpenSslVerdict {
  /** OpenSSL's reason code as Node names it (e.g. PATH_LENGTH_EXCEEDED, INVALID_CA) */
  code: string;
  message: string;
}

/**
 * OpenSSL's verdict on leaf + chain against `anchors`: null when it accepts, the reason when it
 * refuses, undefined when no verdict could be had (the handshake itself failed: a key type the TLS
 * stack will not use, a key under its security level, a timeout).
 */
export async function opensslVerdict(o: {
  leaf: X509Certificate;
  chain: X509Certificate[];
  key: KeyObject;
  anchors: X509Certificate[];
  timeoutMs?: number;
}): Promise<OpenSslVerdict | null | undefined> {
  let server: tls.Server;
  try {
    server = tls.createServer({ key: o.key.export({ type: 'pkcs8', format: 'pem' }), cert: [o.leaf, ...o.chain].map((c) => c.toString()).join('') });
  } catch {
    return undefined;
  }
  server.on('tlsClientError', () => undefined);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return await new Promise<OpenSslVerdict | null | undefined>((resolve) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        port,
        ca: o.anchors.map((a) => a.toString()),
        rejectUnauthorized: false,
        checkServerIdentity: () => undefined, // host names are cert-host-mismatch's job
      });
      const done = (v: OpenSslVerdict | null | undefined): void => {
        clearTimeout(timer);
        socket.destroy();
        resolve(v);
      };
      const timer = setTimeout(() => done(undefined), o.timeoutMs ?? 5000);
      socket.once('secureConnect', () => {
        if (socket.authorized) return done(null);
        const err = socket.authorizationError as unknown as (Error & { code?: string }) | string | undefined;
        const message = typeof err === 'string' ? err : (err?.message ?? 'refused');
        const code = typeof err === 'string' ? err : (err?.code ?? message);
        done({ code, message });
      });
      socket.once('error', () => done(undefined));
    });
  } catch {
    return undefined;
  } finally {
    server.close();
  }
}
