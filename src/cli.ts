// The command line's door: `sni-ready <command> --<input> value ...`, the same engine as the
// action. Exit status: 0 clean, 1 findings at fail-on, 2 bad usage or input.
import { nearest } from './door.js';
import { INPUT_NAMES, parseInputs } from './inputs.js';
import { failing } from './report/findings.js';
import { guardLines } from './report/foreign.js';
import { addSecret, redact } from './report/redact.js';
import { renderText } from './report/text.js';
import { execute, syncIssue } from './run.js';
import { InputError } from './types.js';
import { VERSION } from './version.js';

type InputName = (typeof INPUT_NAMES)[number];

/** One line of help per input (the command line's names for the action's inputs); `password` and `command` have their own doors. */
const INPUT_HELP: Record<Exclude<InputName, 'command' | 'password'>, string> = {
  sites: '"HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]" (repeat for more lines)',
  'service-definition': 'the ServiceDefinition.csdef',
  'service-configuration': 'a ServiceConfiguration .cscfg (repeat: Cloud, Local, ...)',
  role: 'the web role to configure (default: the only WebRole)',
  'os-family': 'the lowest osFamily (default 5, Windows Server 2016; see pfx-legacy-windows in README)',
  'warn-days': 'days (30) or share of the lifetime (33%) before expiry that warn (default: the smaller of 30 days and a third)',
  'fail-days': 'days (7) or share of the lifetime (10%) before expiry that fail (default: the smaller of 7 days and a tenth)',
  at: 'judge validity as of this ISO-8601 instant (default now)',
  trust: 'system and/or PEM files of trust anchors (default system)',
  endpoints: 'scan: "HOST[:PORT] [@ADDRESS]" (repeat)',
  'endpoints-file': 'scan: a file of endpoints lines',
  expect: 'scan: "HOST = SHA1-THUMBPRINT" (default: from --sites)',
  'startup-dir': 'patch: where the startup files go',
  fallback: 'the host clients without SNI get, or none',
  'dry-run': 'patch: show the diff, write nothing',
  server: 'verify: auto, iis, nginx or node',
  timeout: 'seconds per connection (default 10)',
  revocation: 'scan, check: check each leaf for revocation (stapled OCSP, OCSP, CRL)',
  concurrency: 'probes at once (default 50)',
  shard: 'scan: K/N, this share of the endpoints',
  reports: 'merge: shard reports (paths or globs; repeat)',
  'fail-on': 'error, warning or never (default error)',
  report: 'path of the JSON report',
  sarif: 'path of a SARIF 2.1.0 file to write',
  issue: 'scan/merge: keep one tracking issue',
  'github-token': 'token for the tracking issue (default: $GITHUB_TOKEN)',
  template: 'check/patch: a Cloud Services (extended support) ARM template (JSON) to lint against the cscfg',
  'template-parameters': "check/patch: the template's parameters file",
  target: 'patch/verify: cloud-service (default: csdef/cscfg) or iis (a bundle for a plain IIS host: VM, scale set)',
  'iis-site': "patch --target iis: the IIS site (default 'Default Web Site')",
  bundle: 'patch --target iis: the bundle folder to write (default sni-ready-iis)',
  'remove-ip-mappings': 'patch --target iis: an address whose IP-specific :443 mapping the task may remove (repeat)',
  'keyvault-extension': 'check: Key Vault VM extension settings JSON, or an ARM template (Bicep compiled) holding the extension',
};

const COMMAND_HELP: [string, string][] = [
  ['check', 'read every certificate of --sites (and --service-definition/--service-configuration) and report findings'],
  [
    'patch',
    'check, then bring csdef/cscfg to the multi-SSL SNI target state and write the startup script (--dry-run: diff only);\n             --target iis: write the bundle for a plain IIS host (reconciler, install.ps1, Key Vault extension settings)',
  ],
  ['verify', 'bring up a real server (--server iis|nginx|node) with the SNI bindings and probe every host'],
  ['scan', 'probe live --endpoints over TLS with SNI ("HOST[:PORT] [@ADDRESS]" lines)'],
  ['merge', 'combine the JSON reports of sharded scans (--reports)'],
  ['demo', 'the whole pipeline on the bundled example with demo certificates (what npm start runs); --diff adds every step in full and the whole diff'],
  ['demo-certs', "--out DIR: write the demo certificates (two PFX files, 3DES, password in SNI_READY_DEMO_PASSWORD or 'demo')"],
  ['rules', 'list the rule ids'],
  ['help', 'this text'],
  ['version', 'the version'],
];
const CLI_COMMANDS = COMMAND_HELP.map(([c]) => c);

const USAGE = `sni-ready ${VERSION} — certificates, service package and SNI bindings for multi-domain HTTPS on IIS

Usage: sni-ready <command> [--<input> value ...] [--json]

Commands:
${COMMAND_HELP.map(([c, h]) => `  ${c.padEnd(11)}${h}`).join('\n')}

Inputs (the action's, see README; a repeated input adds a line):
${Object.entries(INPUT_HELP)
  .map(([n, h]) => `  --${n.padEnd(23)}${h}`)
  .join('\n')}
  --password-stdin         read the password for every container from standard input
  --json                   print the report as JSON instead of tables
  --diff                   patch and demo: print the whole diff, the generated PowerShell template included
Flags without a value: --diff, --dry-run, --issue, --json, --password-stdin, --revocation.
Passwords never go on the command line: set SNI_READY_PASSWORD, use password-env=VAR in a sites line,
or pass --password-stdin to read it from standard input.

Exit status: 0 no finding at --fail-on (default error), 1 findings at --fail-on, 2 bad usage or input.
`;

const FLAGS = new Set(['dry-run', 'issue', 'revocation']);

export interface ParsedArgs {
  command: string;
  values: Map<string, string>;
  json: boolean;
  passwordStdin: boolean;
  help: boolean;
  /** `--diff`: the whole diff (patch and demo) */
  diff: boolean;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const values = new Map<string, string>();
  const parsed: ParsedArgs = { command: '', values, json: false, passwordStdin: false, help: false, diff: false };
  const names = new Set<string>(INPUT_NAMES);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--version') parsed.command = 'version';
    else if (arg === '--password-stdin') parsed.passwordStdin = true;
    else if (arg === '--diff') parsed.diff = true;
    else if (arg.startsWith('--')) {
      let name = arg.slice(2);
      let value: string | undefined;
      const eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      if (name === 'password')
        throw new InputError(
          'Passwords are not taken on the command line (other users can read it): set SNI_READY_PASSWORD, use password-env=VAR in a sites line, or pass --password-stdin',
        );
      if (name === 'out' && parsed.command === 'demo-certs') names.add('out');
      if (!names.has(name) || name === 'command') {
        const near = nearest(
          name,
          [...names, 'json', 'password-stdin', 'diff', 'help', 'version'].filter((n) => n !== 'command' && n !== 'password'),
        );
        throw new InputError(`Unknown option '--${name}'${near ? ` (did you mean --${near}?)` : ''}; sni-ready --help lists them`);
      }
      if (value === undefined) {
        if (FLAGS.has(name) && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--') || !/^(true|false)$/.test(argv[i + 1]!))) value = 'true';
        else {
          value = argv[++i];
          if (value === undefined) throw new InputError(`Option '--${name}' needs a value`);
        }
      }
      values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
    } else if (!parsed.command) parsed.command = arg;
    else throw new InputError(`Unexpected argument '${arg}' (values follow their --option)`);
  }
  return parsed;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function cli(argv: string[]): Promise<number> {
  // A closed pipe (`sni-ready rules | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    const args = parseArgs(argv);
    if (args.help || !args.command || args.command === 'help') {
      process.stdout.write(USAGE);
      return args.help || args.command === 'help' ? 0 : 2;
    }
    if (!CLI_COMMANDS.includes(args.command)) {
      const near = nearest(args.command, CLI_COMMANDS);
      throw new InputError(`Unknown command '${args.command}'${near ? ` (did you mean '${near}'?)` : ''}; the commands are ${CLI_COMMANDS.join(', ')}`);
    }
    if (args.command === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (args.command === 'rules') {
      const { RULES } = await import('./rules.js');
      for (const r of RULES.values()) process.stdout.write(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.summary}\n`);
      return 0;
    }
    if (args.diff && args.command !== 'patch' && args.command !== 'demo')
      throw new InputError(`--diff is for patch and demo only: it prints the whole diff of what patch changes, not for ${args.command}`);
    if (args.diff && args.command === 'demo') args.values.set('diff', 'true'); // `npm start -- --diff`: the demo's full output
    if (args.command === 'demo' || args.command === 'demo-certs') {
      const { runDemo, writeDemoCertificates } = await import('./demo/demo.js');
      if (args.command === 'demo-certs') {
        const out = args.values.get('out');
        if (!out) throw new InputError('demo-certs needs --out DIR');
        const made = await writeDemoCertificates(out);
        process.stdout.write(JSON.stringify(made, null, 2) + '\n');
        return 0;
      }
      return await runDemo(args.values);
    }
    const password = args.passwordStdin ? await readStdin() : (process.env.SNI_READY_PASSWORD ?? '');
    addSecret(password);
    const get = (name: string) => (name === 'command' ? args.command : name === 'password' ? password : (args.values.get(name) ?? ''));
    if (!get('github-token') && process.env.GITHUB_TOKEN) args.values.set('github-token', process.env.GITHUB_TOKEN);
    const inputs = parseInputs(get, process.env, process.cwd(), 'cli');
    for (const s of inputs.sites) addSecret(s.password);
    // Whatever a run prints passes guardLines: no escape sequence reaches the terminal and no line
    // starts a workflow command when the CLI runs in a workflow's `run:` step (foreign.ts).
    const log = {
      info: (l: string) => process.stderr.write(guardLines(redact(l)) + '\n'),
      warn: (l: string) => process.stderr.write(`warning: ${guardLines(redact(l))}\n`),
    };
    const { report } = await execute(inputs, log);
    process.stdout.write(guardLines(args.json ? JSON.stringify(report, null, 2) + '\n' : renderText(report, inputs.failOn, { fullDiff: args.diff })));
    // After the results: a tracking issue that cannot be updated is one more error, not their loss.
    const issueError = await syncIssue(report, inputs, log);
    if (issueError) process.stderr.write(`sni-ready: ${guardLines(redact(issueError))}\n`);
    return failing(report, inputs.failOn).length || issueError ? 1 : 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`sni-ready: ${guardLines(redact(message))}\n`);
    return 2;
  }
}
