// System tools some suites need (nginx, xmllint, pwsh, chromium, ...). On a newcomer's machine a
// missing tool skips the suites that need it, with one line naming the tool and the command that
// installs it; with SNI_READY_REQUIRE_TOOLS=1 (set by .ci/run and the GitHub workflow) a missing
// tool fails the suite instead, so CI cannot pass without running them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** Where `npm run tools` (scripts/install-tools.sh) puts tools that do not come from Debian. */
export const TOOLS_DIR = path.join(ROOT, '.tools');

interface ToolSpec {
  /** Candidate absolute paths, tried before PATH. */
  paths?: string[];
  /** The command that installs the tool, shown when it is missing. */
  install: string;
  /** The paths name a data folder (e.g. a test suite), not a program. */
  folder?: boolean;
}

export const TOOL_SPECS: Record<string, ToolSpec> = {
  nginx: { paths: ['/usr/sbin/nginx'], install: 'sudo apt-get install nginx' },
  xmllint: { install: 'sudo apt-get install libxml2-utils' },
  openssl: { install: 'sudo apt-get install openssl' },
  pwsh: { paths: [path.join(TOOLS_DIR, 'pwsh', 'pwsh')], install: 'npm run tools (needs the .NET SDK: dotnet tool install PowerShell --version 7.6.9)' },
  dotnet: { install: 'install the .NET 10 SDK (https://dot.net)' },
  // Debian's chromium, or the Google Chrome that GitHub's Ubuntu runners ship
  chromium: { paths: ['/usr/bin/chromium', '/usr/bin/google-chrome'], install: 'sudo apt-get install chromium' },
  'testssl.sh': { paths: ['/usr/bin/testssl'], install: 'sudo apt-get install testssl.sh' },
  sslscan: { install: 'sudo apt-get install sslscan' },
  // GnuTLS's test server: serves RC4, 3DES and DH groups under 1024 bits, which OpenSSL 3 cannot
  'gnutls-serv': { install: 'sudo apt-get install gnutls-bin' },
  // The public ServiceDefinition/ServiceConfiguration schemas and their xmllint wrapper live in
  // the shared folder beside the checkout, not in the repository.
  'xsd-validate': {
    paths: ['/work/shared/tools/xsd-validate.sh'],
    install: 'put the shared folder (tools/xsd-validate.sh and schemas/) at /work/shared, and sudo apt-get install libxml2-utils',
  },
  /** NIST's PKITS path-validation suite, as Debian ships it (a folder, not a command) */
  pkits: {
    paths: ['/usr/lib/python3/dist-packages/cryptography_vectors/x509/PKITS_data'],
    folder: true,
    install: 'sudo apt-get install python3-cryptography-vectors',
  },
};

export const toolsRequired = (): boolean => process.env.SNI_READY_REQUIRE_TOOLS === '1';

function executable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
  const p = r.status === 0 ? r.stdout.trim() : '';
  return p && p.startsWith('/') ? p : undefined;
}

const cache = new Map<string, string | undefined>();

/** The tool's path, or undefined when it is not installed. */
export function findTool(name: string): string | undefined {
  if (cache.has(name)) return cache.get(name);
  const spec = TOOL_SPECS[name];
  if (spec?.folder) {
    const dir = spec.paths?.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
    cache.set(name, dir);
    return dir;
  }
  let found = spec?.paths?.find(executable);
  found ??= onPath(name);
  if (found && !executable(found)) found = undefined;
  cache.set(name, found);
  return found;
}

/**
 * For `describe.skipIf(!needTool('nginx', 'verify with nginx'))`: the tool's path, or undefined
 * after printing one line naming the skipped suite, the missing tool and how to install it.
 * With SNI_READY_REQUIRE_TOOLS=1 a missing tool throws instead, failing the test file.
 */
export function needTool(name: string, suite: string): string | undefined {
  const found = findTool(name);
  if (found) return found;
  const install = TOOL_SPECS[name]?.install ?? `install ${name}`;
  const line = `${suite}: needs ${name}, which is not installed — install it with: ${install}`;
  if (toolsRequired()) throw new Error(`${line} (SNI_READY_REQUIRE_TOOLS=1 makes it mandatory)`);
  process.stderr.write(`skipped: ${line}\n`);
  // test/helpers/skipped.ts (vitest globalSetup) lists every skipped suite in one block at the end.
  const log = process.env.SNI_READY_SKIP_LOG;
  if (log) fs.appendFileSync(log, `${line}\n`);
  return undefined;
}
