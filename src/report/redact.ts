// Defence in depth: every text that leaves the process passes through here, so a password
// that slipped into a message (an error from a library, say) is still never shown.
const secrets: string[] = [];

/** Short values (under 4 characters) are not redacted: that would mangle every text. */
export function addSecret(value: string | undefined): void {
  if (value && value.length >= 4 && !secrets.includes(value)) {
    secrets.push(value);
    secrets.sort((a, b) => b.length - a.length);
  }
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}

/** Redacts every string inside a JSON-able value. */
export function redactDeep<T>(value: T): T {
  if (secrets.length === 0) return value;
  return JSON.parse(redact(JSON.stringify(value))) as T;
}
