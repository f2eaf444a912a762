// `server: node`: Node's own TLS server with one secure context per host (SNICallback) and the
// fallback's certificate as the default context for clients without SNI. Needs nothing
// installed, which makes it the default on machines without nginx and the demo's server.
import * as tls from 'node:tls';
import type { Socket } from 'node:net';
import type { Logger } from '../types.js';
import type { BindingPlan, ServedCertificate } from './plan.js';
import { bindingFor, distinctServed, fullChainPem, keyPem, type RunningServer } from './server.js';

function contextOptions(serve: ServedCertificate): tls.SecureContextOptions {
  return { key: keyPem(serve), cert: fullChainPem(serve), minVersion: 'TLSv1.2' };
}

export async function startNodeServer(plan: BindingPlan, log: Logger, address = '127.0.0.1'): Promise<RunningServer> {
  const started = performance.now();
  const contexts = new Map<ServedCertificate, tls.SecureContext>();
  for (const serve of distinctServed(plan.bindings)) contexts.set(serve, tls.createSecureContext(contextOptions(serve)));

  const options: tls.TlsOptions = {
    minVersion: 'TLSv1.2',
    SNICallback: (servername, cb) => {
      const binding = bindingFor(plan.bindings, servername);
      if (binding) return cb(null, contexts.get(binding.serve));
      // An unknown name gets what a client without SNI gets: the fallback, or a refused handshake.
      if (plan.fallback) return cb(null, undefined);
      cb(new Error(`no certificate for ${servername}`));
    },
  };
  if (plan.fallback) Object.assign(options, contextOptions(plan.fallback.serve));

  const sockets = new Set<Socket>();
  const server = tls.createServer(options, (socket) => socket.end('sni-ready\n'));
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Refused handshakes (no SNI and no fallback) are expected results of the probes, not errors.
  server.on('tlsClientError', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as { port: number }).port;
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
        server.close(() => resolve());
      })),
  };
}
