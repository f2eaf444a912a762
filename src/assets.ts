// Files shipped beside the code (PowerShell scripts). In the source tree they live in
// src/powershell/; the build copies them next to each bundle (dist/powershell/,
// dist/cli/powershell/), so one lookup relative to this module works in both.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of a shipped asset, e.g. assetPath('startup/sni-bindings.ps1'). */
export function assetPath(relative: string): string {
  for (const base of [path.join(here, 'powershell'), path.join(here, '..', 'powershell'), path.join(here, '..', 'src', 'powershell')]) {
    const candidate = path.join(base, relative);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`Shipped file powershell/${relative} is missing next to ${here}; reinstall sni-ready`);
}
