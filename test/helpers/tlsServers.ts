// Loopback servers for probe and scan tests: a well-behaved SNI server and hostile ones.
// Note: Node/OpenSSL keeps serving the default certificate when an SNI context holds a key of
// another type (EC default, RSA for the name), and completes a leaf-only chain from what the
// default context holds; so tests use one key type per server and no intermediate in the default.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as tls from 'node:tls';

export interface Running {
  port: number;
  close(): Promise<void>;
}

export interface ServedCert {
  key: string;
  /** PEM files: leaf first, then what the server should send after it */
  certs: string[];
}

function pem(files: string[]): string {
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('');
}

function track(server: net.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A TLS server choosing the certificate by SNI; `fallback` is what clients without SNI (or unknown names) get. */
export async function startSniServer(
  byHost: Record<string, ServedCert>,
  fallback: ServedCert | null,
  extra: tls.TlsOptions = {},
): Promise<Running & { seen: string[] }> {
  const contexts = new Map<string, tls.SecureContext>();
  for (const [host, c] of Object.entries(byHost)) contexts.set(host, tls.createSecureContext({ key: fs.readFileSync(c.key), cert: pem(c.certs), ...extra }));
  const seen: string[] = [];
  // Without a fallback the server has no default certificate: clients without SNI fail, as on IIS
  // with SNI bindings only.
  const defaults = fallback ? { key: fs.readFileSync(fallback.key), cert: pem(fallback.certs) } : {};
  const server = tls.createServer(
    {
      ...defaults,
      ...extra,
      SNICallback: (name, cb) => {
        seen.push(name);
        const ctx = contexts.get(name);
        if (!ctx && !fallback) return cb(new Error('unknown name'));
        cb(null, ctx);
      },
    },
    (s) => {
      s.on('error', () => undefined);
      s.end();
    },
  );
  server.on('tlsClientError', () => undefined);
  const close = track(server);
  const port = await listen(server);
  return { port, close, seen };
}

export type Hostile = 'silent' | 'reset' | 'garbage' | 'drip';

/** Raw TCP servers that misbehave: stay silent, reset after the ClientHello, answer garbage, drip a byte a second. */
export async function startHostile(kind: Hostile): Promise<Running> {
  const timers = new Set<NodeJS.Timeout>();
  const server = net.createServer((s) => {
    s.on('error', () => undefined);
    switch (kind) {
      case 'silent':
        break;
      case 'reset':
        s.once('data', () => s.resetAndDestroy());
        break;
      case 'garbage':
        s.once('data', () => s.write('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n\u0000\u00ff garbage garbage'));
        break;
      case 'drip': {
        // A plausible TLS record header (handshake, TLS 1.2, 16 KB) then one byte a second, forever.
        const bytes = [0x16, 0x03, 0x03, 0x3f, 0xff];
        let i = 0;
        const t = setInterval(() => {
          if (s.destroyed) return clearInterval(t);
          s.write(Buffer.from([bytes[i] ?? 0x02]));
          i++;
        }, 1000);
        timers.add(t);
        s.on('close', () => {
          clearInterval(t);
          timers.delete(t);
        });
        break;
      }
    }
  });
  const closeSockets = track(server);
  const port = await listen(server);
  return {
    port,
    close: async () => {
      for (const t of timers) clearInterval(t);
      await closeSockets();
    },
  };
}

/** A TLS server sending `leaf` followed by `filler` repeated until the chain holds `count` certificates. */
export async function startLongChainServer(leaf: ServedCert, filler: string, count: number): Promise<Running> {
  const fill = fs.readFileSync(filler, 'utf8');
  const cert = pem(leaf.certs) + fill.repeat(Math.max(0, count - leaf.certs.length));
  const server = tls.createServer({ key: fs.readFileSync(leaf.key), cert }, (s) => {
    s.on('error', () => undefined);
    s.end();
  });
  server.on('tlsClientError', () => undefined);
  const close = track(server);
  const port = await listen(server);
  return { port, close };
}

/** A port on which nothing listens (bound, then closed). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
