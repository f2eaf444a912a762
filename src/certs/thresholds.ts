// When a certificate's remaining life is "soon": warn-days and fail-days as whole days, as a share
// of the certificate's own lifetime ("33%"), or — by default — the smaller of both (30 days and a
// third of the lifetime to warn, where ACME clients renew; 7 days and a tenth to fail). One owner
// for the arithmetic, so check, scan and verify judge a 47-day certificate the same way.
import { DAY_MS } from './x509.js';

/** A threshold before notAfter: whichever of the parts given comes first (the smaller). */
export interface ExpiryThreshold {
  /** whole days */
  days?: number;
  /** a share of the lifetime (notAfter − notBefore), 0–1 */
  share?: number;
}

/** A threshold as options carry it: a plain number is whole days (as warn-days always was). */
export type Threshold = number | ExpiryThreshold;

export const DEFAULT_WARN: ExpiryThreshold = { days: 30, share: 1 / 3 };
export const DEFAULT_FAIL: ExpiryThreshold = { days: 7, share: 1 / 10 };

/** The threshold in milliseconds before notAfter for a certificate that lives `lifetimeMs`. */
export function thresholdMs(threshold: Threshold, lifetimeMs: number): number {
  const t = typeof threshold === 'number' ? { days: threshold } : threshold;
  const parts: number[] = [];
  if (t.days !== undefined) parts.push(t.days * DAY_MS);
  if (t.share !== undefined && Number.isFinite(lifetimeMs) && lifetimeMs > 0) parts.push(t.share * lifetimeMs);
  return parts.length ? Math.min(...parts) : 0;
}

/** "15.6 days", "14 hours": a duration as a person reads it. */
export function spanText(ms: number): string {
  const days = ms / DAY_MS;
  if (days >= 1) {
    const rounded = Math.round(days * 10) / 10;
    return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} day${rounded === 1 ? '' : 's'}`;
  }
  const hours = Math.round(ms / 3_600_000);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/**
 * Why the threshold is where it is, for a message: "30 days", "a third of its 47-day lifetime:
 * 15.7 days". Only the part that decided is named.
 */
export function thresholdText(threshold: Threshold, lifetimeMs: number): string {
  const t = typeof threshold === 'number' ? { days: threshold } : threshold;
  const ms = thresholdMs(t, lifetimeMs);
  const byShare = t.share !== undefined && lifetimeMs > 0 && t.share * lifetimeMs <= (t.days ?? Infinity) * DAY_MS;
  if (!byShare) return spanText(ms);
  const life = Math.round(lifetimeMs / DAY_MS);
  return `${shareText(t.share!)} of its ${life}-day lifetime: ${spanText(ms)}`;
}

function shareText(share: number): string {
  if (Math.abs(share - 1 / 3) < 1e-9) return 'a third';
  if (Math.abs(share - 1 / 10) < 1e-9) return 'a tenth';
  const pct = Math.round(share * 1000) / 10;
  return `${pct}%`;
}

/** Parses "30" (days) or "33%" (share of the lifetime); empty gives `def`. Null when malformed. */
export function parseThreshold(raw: string, def: ExpiryThreshold): ExpiryThreshold | null {
  const v = raw.trim();
  if (v === '') return def;
  const pct = /^(\d{1,3}(?:\.\d{1,2})?)\s*%$/.exec(v);
  if (pct) {
    const share = Number(pct[1]) / 100;
    return share > 0 && share <= 1 ? { share } : null;
  }
  if (/^\d{1,4}$/.test(v) && Number(v) <= 3650) return { days: Number(v) };
  return null;
}
