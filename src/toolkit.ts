// The parts of @actions/core the action's door uses, from the toolkit's own modules (workflow
// command escaping, file commands, the job summary). @actions/core's entry also loads its OIDC
// client, and with it @actions/http-client, undici and tunnel (about 0.9 MB of JavaScript a plain
// `check` never uses); importing the modules it is made of keeps the start-up to what a step needs.
// The package's exports map names only its entry, so the modules are imported by path.
import * as os from 'node:os';
import { issueCommand } from '../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../node_modules/@actions/core/lib/utils.js';
export { summary } from '../node_modules/@actions/core/lib/summary.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** As core.getInput: the INPUT_ variable, trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT']) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
