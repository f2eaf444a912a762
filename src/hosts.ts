// Hostname validation: letters, digits, hyphens and dots, an optional leading `*.`, IDN turned
// into punycode. Every hostname is validated here before any other use.
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Returns the canonical (lower-case, punycode) form of `raw`, or null when it is not a hostname. */
export function canonicalHost(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 253) return null;
  const wildcard = raw.startsWith('*.');
  let rest = wildcard ? raw.slice(2) : raw;
  if (rest.endsWith('.')) rest = rest.slice(0, -1);
  // Reject anything but letters (any script), digits, hyphens and dots before IDN conversion,
  // so that `domainToASCII` never sees whitespace, quotes, slashes or other punctuation.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(rest)) return null;
  const ascii = /^[\x21-\x7e]+$/.test(rest) ? rest.toLowerCase() : domainToASCII(rest);
  if (!ascii) return null;
  // label by label without an array of copies (a scan may read a million names)
  for (let start = 0; start <= ascii.length;) {
    let end = ascii.indexOf('.', start);
    if (end < 0) end = ascii.length;
    if (!LABEL.test(ascii.slice(start, end))) return null;
    start = end + 1;
  }
  const host = wildcard ? '*.' + ascii : ascii;
  return host.length <= 253 ? host : null;
}

export function isIpAddress(value: string): boolean {
  return isIP(value) !== 0;
}

/** A few of many hosts for a sentence: "h05", "h05 and h06", "h05 and 24 more" — never five names
 * of 29 as if they were all. */
export function someHosts(hosts: string[], shown = 1): string {
  if (hosts.length <= shown + 1) return hosts.length > 1 ? `${hosts.slice(0, -1).join(', ')} and ${hosts[hosts.length - 1]}` : (hosts[0] ?? '');
  return `${hosts.slice(0, shown).join(', ')} and ${hosts.length - shown} more`;
}
