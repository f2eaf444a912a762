// The shape of a certificate check: one rule of the catalog (src/rules.ts), when it applies, and
// what it finds on one built path. Each check is a small named unit in this folder; index.ts lists
// them in the order their findings are reported.
import type { X509Certificate } from 'node:crypto';
import type { RuleId } from '../../rules.js';
import { inputRef, inputSetting, type Door } from '../../door.js';
import type { Severity } from '../../types.js';
import type { ChainSource, PathEnd } from '../path.js';
import type { TrustStore } from '../trust.js';
import type { Threshold } from '../thresholds.js';

export interface PathContext {
  leaf: X509Certificate;
  /** above the leaf, issuer first; ends at the anchor when one was found */
  chain: X509Certificate[];
  sources: ChainSource[];
  /** [leaf, ...chain] */
  path: X509Certificate[];
  /** how the path ends */
  end: PathEnd;
  /** the other certificates as presented (file or wire order; the leaf may be among them) */
  presented: X509Certificate[];
  /** presented certificates that are not on the path (the leaf excluded) */
  unused: X509Certificate[];
  trust: TrustStore;
  hosts: string[];
  at: Date;
  warnDays: Threshold;
  failDays: Threshold;
  /** a chain a server sent (scan, verify) rather than a file */
  served: boolean;
  /** check leaf → issuer order */
  checkOrder: boolean;
  /** how messages name the set: the file, "the served chain" or "the certificate set" */
  where: string;
  /** the door the run came through, when known: fixes name `trust` the way it is set there */
  door?: Door;
}

/** How a fix names the trust input: `input 'trust'` / `--trust`, or both when the door is unknown. */
export function trustRef(ctx: PathContext): string {
  return ctx.door ? inputRef(ctx.door, 'trust') : "input 'trust' (CLI: --trust)";
}

/** How a fix says to trust `file`: `trust: FILE` / `--trust FILE`, or both when the door is unknown. */
export function trustSetting(ctx: PathContext, file: string): string {
  return ctx.door ? inputSetting(ctx.door, 'trust', file) : `trust: ${file} (CLI: --trust ${file})`;
}

/** One problem a check found; the rule's severity applies unless one is given. */
export interface Issue {
  message: string;
  fix?: string;
  severity?: Severity;
  host?: string;
}

export interface ChainCheck {
  rule: RuleId;
  /** whether the check looks at this path at all (default: always) */
  applies?(ctx: PathContext): boolean;
  execute(ctx: PathContext): Issue[];
}

/** How a message calls the certificate at `i` of the path: "The certificate", "The intermediate", "The root". */
export function roleOf(ctx: PathContext, i: number): string {
  if (i === 0) return 'The certificate';
  return isRootAt(ctx, i) ? 'The root' : 'The intermediate';
}

/** Is the certificate at `i` (> 0) the path's root or trust anchor (its own signature is not judged)? */
export function isRootAt(ctx: PathContext, i: number): boolean {
  return i > 0 && i === ctx.path.length - 1 && (ctx.end.kind === 'trusted' || ctx.end.kind === 'untrusted-root');
}
