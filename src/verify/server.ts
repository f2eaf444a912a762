// What every verify server (iis, nginx, node) gives back once it listens: where to probe it and
// how to stop it. `stop` is idempotent and never throws, so it can always run in a finally.
import type { X509Certificate } from 'node:crypto';
import type { PlannedBinding, ServedCertificate } from './plan.js';

export interface RunningServer {
  kind: 'iis' | 'nginx' | 'node';
  address: string;
  port: number;
  /** e.g. 'nginx/1.22.1' or 'node v20.19.0' */
  version?: string;
  /** the server process, when it is a child of ours (nginx) */
  pid?: number;
  /** the private directory holding its configuration and keys, removed by `stop` */
  dir?: string;
  stop(): Promise<void>;
}

/** PEM of the leaf followed by its intermediates, issuer first: what a server sends. */
export function fullChainPem(serve: ServedCertificate): string {
  return [serve.leaf, ...serve.chain].map((c: X509Certificate) => c.toString().trim() + '\n').join('');
}

export function keyPem(serve: ServedCertificate): string {
  return serve.key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Distinct certificates among the bindings (hosts sharing a certificate share one entry). */
export function distinctServed(bindings: PlannedBinding[]): ServedCertificate[] {
  const out: ServedCertificate[] = [];
  for (const b of bindings) if (!out.includes(b.serve)) out.push(b.serve);
  return out;
}

/** The binding for an SNI name: exact host first, then a one-label wildcard. */
export function bindingFor(bindings: PlannedBinding[], servername: string): PlannedBinding | undefined {
  const name = servername.toLowerCase().replace(/\.$/, '');
  const exact = bindings.find((b) => b.host === name);
  if (exact) return exact;
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  return bindings.find((b) => b.host === `*.${name.slice(dot + 1)}`);
}
