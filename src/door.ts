// The door a run came through (the action or the command line) decides how a message names an
// input: "input 'warn-days'" for a workflow, "--warn-days" for a shell. Every message that tells
// the user to set something asks this module, so the CLI never points at an action input it
// refuses (such as `password`) and the action never at a flag.
import * as path from 'node:path';

export type Door = 'action' | 'cli';

/** How to name input `name` in a sentence: `input 'sites'` or `--sites`. */
export function inputRef(door: Door, name: string): string {
  return door === 'cli' ? `--${name}` : `input '${name}'`;
}

/** A sentence's first word: `Input 'fallback'` (a flag stays as it is). */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How to write `name: value` through this door: `os-family: 6` or `--os-family 6`. */
export function inputSetting(door: Door, name: string, value: string): string {
  return door === 'cli' ? `--${name} ${value}` : `${name}: ${value}`;
}

/** `line 2 of \`sites\`` or `line 2 of --sites` (each repeated --sites adds a line). */
export function sitesLineRef(door: Door, line: number): string {
  return door === 'cli' ? `line ${line} of --sites` : `line ${line} of \`sites\``;
}

/** Where a common password comes from through this door. */
export function passwordSource(door: Door): string {
  return door === 'cli'
    ? 'the environment variable SNI_READY_PASSWORD (or --password-stdin)'
    : 'the `password` input (from a secret: password: ${{ secrets.PFX_PASSWORD }})';
}

/**
 * A hint for a path that does not exist: a Windows-style path (`certs\x.pfx`) on a system whose
 * separator is '/', where the backslash is part of the file name. Empty when there is none.
 */
export function pathHint(raw: string): string {
  if (path.sep === '/' && raw.includes('\\'))
    return ` On ${process.platform === 'darwin' ? 'macOS' : 'Linux'} '\\' is not a folder separator: write '${raw.replace(/\\/g, '/')}'.`;
  return '';
}

/** Edit distance (insert, delete, substitute, swap), for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** The known name closest to `given` (ignoring case, '_' for '-'), when it is close enough to be a typo. */
export function nearest(given: string, known: readonly string[]): string | undefined {
  const g = given.toLowerCase().replace(/_/g, '-');
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = distance(g, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
