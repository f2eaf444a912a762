// Builds the two committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js
// (the CLI), then copies the shipped PowerShell files to dist/powershell/ where both find them.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');

fs.rmSync(out, { recursive: true, force: true });
for (const [entry, dir] of [
  ['src/main.ts', out],
  ['src/cli.ts', path.join(out, 'cli')],
]) {
  execFileSync(ncc, ['build', entry, '-o', dir, '--license', 'licenses.txt', '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
}
fs.cpSync(path.join(root, 'src', 'powershell'), path.join(out, 'powershell'), { recursive: true });
// The CLI bundle is the package's bin: make it executable with a shebang.
const cli = path.join(out, 'cli', 'index.js');
const text = fs.readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
fs.chmodSync(cli, 0o755);
console.log(`built ${path.relative(root, out) || '.'}: ${fs.readdirSync(out).join(', ')}`);
