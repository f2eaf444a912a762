// Builds the committed bundle with ncc: dist/index.js, the action's entry, which also serves the
// CLI through the shim dist/cli/index.js (the package's bin); then copies the shipped PowerShell
// files to dist/powershell/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');

// The report schema's validator is generated code in src/ (committed): refresh it first.
execFileSync(process.execPath, [path.join(root, 'scripts', 'report-schema.mjs')], { cwd: root, stdio: 'inherit' });
fs.rmSync(out, { recursive: true, force: true });
execFileSync(ncc, ['build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
fs.cpSync(path.join(root, 'src', 'powershell'), path.join(out, 'powershell'), { recursive: true });
// The CLI's bin: mark the CLI door, then run the same bundle.
const cli = path.join(out, 'cli', 'index.js');
fs.mkdirSync(path.dirname(cli), { recursive: true });
fs.writeFileSync(
  cli,
  "#!/usr/bin/env node\n// sni-ready's command line: the bundle in ../index.js, entered through its CLI door.\nglobalThis.sniReadyDoor = 'cli';\nawait import('../index.js');\n",
);
fs.chmodSync(cli, 0o755);
console.log(`built ${path.relative(root, out) || '.'}: ${fs.readdirSync(out).join(', ')}`);
