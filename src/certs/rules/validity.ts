// The three validity rules share the renewal advice; each is its own check below.
import type { X509Certificate } from 'node:crypto';
import { label } from '../x509.js';
import type { PathContext } from './check.js';

export function renewAdvice(i: number, c: X509Certificate): string {
  return i === 0
    ? 'Renew the certificate and replace the file before it is deployed.'
    : `Get the current chain from the CA and replace ${label(c)} in the file.`;
}

/** Each certificate of the path with its index, for the date checks. */
export function everyOnPath(ctx: PathContext): [X509Certificate, number][] {
  return ctx.path.map((c, i) => [c, i]);
}
