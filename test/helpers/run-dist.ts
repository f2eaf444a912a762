// Runs the committed bundles the way GitHub's runner and a user's shell do.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './pki.js';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const ACTION = path.join(ROOT, 'dist', 'index.js');
export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  summaryFile: string;
  reportFile: string;
  report: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  dir: string;
}

/** Parses the GITHUB_OUTPUT file (name<<DELIM ... DELIM blocks and name=value lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return out;
}

/** Like runAction, without blocking this process: for tests whose servers (TLS endpoints, a fake GitHub API) run in this process. */
export function runActionAsync(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<ActionRun> {
  const { dir, outputFile, summaryFile, childEnv } = actionEnv(inputs, env, cwd);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: cwd ?? dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve(collect(inputs, { status, stdout, stderr }, dir, outputFile, summaryFile));
    });
  });
}

function actionEnv(inputs: Record<string, string>, env: NodeJS.ProcessEnv, cwd?: string) {
  const dir = tempDir('sni-ready-action-');
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const inputEnv: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.toUpperCase()}`] = v;
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) clean[k] = v;
  const childEnv = {
    ...clean,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd ?? dir,
    ...inputEnv,
    ...env,
  };
  return { dir, outputFile, summaryFile, childEnv };
}

function collect(
  inputs: Record<string, string>,
  res: { status: number | null; stdout: string; stderr: string },
  dir: string,
  outputFile: string,
  summaryFile: string,
): ActionRun {
  const reportFile = inputs.report ?? path.join(dir, 'sni-ready-report.json');
  return {
    status: res.status,
    stdout: res.stdout,
    stderr: res.stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    outputFile,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    summaryFile,
    reportFile,
    report: fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined,
    dir,
  };
}

/** `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export function runAction(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, cwd?: string): ActionRun {
  const dir = tempDir('sni-ready-action-');
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const inputEnv: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.toUpperCase()}`] = v;
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) clean[k] = v;
  const res = spawnSync(process.execPath, [ACTION], {
    cwd: cwd ?? dir,
    env: { ...clean, RUNNER_TEMP: dir, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: cwd ?? dir, ...inputEnv, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const reportFile = inputs.report ?? path.join(dir, 'sni-ready-report.json');
  const outputs = parseOutputFile(fs.readFileSync(outputFile, 'utf8'));
  return {
    status: res.status,
    stdout: res.stdout,
    stderr: res.stderr,
    outputs,
    outputFile,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    summaryFile,
    reportFile,
    report: fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined,
    dir,
  };
}

export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  opts: { cwd?: string; input?: string } = {},
): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...env },
    input: opts.input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Like runCli, without blocking this process: for tests whose servers run in this process. */
export function runCliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
