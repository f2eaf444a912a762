// One way to replace a file: write a temp file in the same folder, then rename it over the
// target, so a reader never sees half a file. (patch's writeFilesAtomically adds rollback across
// several files on top of the same idea.)
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export function writeFileAtomic(file: string, content: string | Uint8Array, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempPathFor(file);
  try {
    fs.writeFileSync(tmp, content, { mode, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** How a path is shown in findings, diffs and annotations: relative to `cwd` (with /) when inside it. */
export function displayPath(file: string, cwd: string): string {
  if (file.startsWith('keyvault:')) return file; // a Key Vault address, not a path
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
