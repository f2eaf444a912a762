// Passwords are masked at the source: where text we did not write (an error message from a
// library, the network, the file system or a child process) enters a finding, a log line or an
// error. The report itself is never rewritten afterwards: our own texts never hold a password,
// and masking the finished report would mangle values that merely equal one (password `2048`
// turned `"keySize": 2048` into `"keySize": ***`, and `true` broke the JSON).
const secrets: string[] = [];

/** Short values (under 4 characters) are not masked: that would mangle every foreign text. */
export function addSecret(value: string | undefined): void {
  if (value && value.length >= 4 && !secrets.includes(value)) {
    secrets.push(value);
    secrets.sort((a, b) => b.length - a.length);
  }
}

/** Masks every known secret in a text that came from outside (error messages, tool output). */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}
