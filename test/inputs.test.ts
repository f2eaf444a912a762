import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalHost } from '../src/hosts.js';
import { parseInputs } from '../src/inputs.js';
import { InputError } from '../src/types.js';
import { tempDir } from './helpers/pki.js';

const parse = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) => parseInputs((n) => values[n] ?? '', env, '/work');

describe('hostnames', () => {
  it('accepts letters, digits, hyphens, dots and a leading wildcard; IDN becomes punycode', () => {
    expect(canonicalHost('WWW.Test1.com')).toBe('www.test1.com');
    expect(canonicalHost('*.test1.com')).toBe('*.test1.com');
    expect(canonicalHost('bücher.de')).toBe('xn--bcher-kva.de');
  });
  it.each(['www..test1.com', 'www.test1.com";Remove-Item C:\\ -Recurse;"', 'a b.com', '-a.com', 'a.*.com', 'x'.repeat(64) + '.com', "a'.com", 'a.com;rm', ''])(
    'refuses %j',
    (bad) => {
      expect(canonicalHost(bad)).toBeNull();
    },
  );
});

describe('parseInputs', () => {
  it('parses sites lines with several hosts, key= and password-env=', () => {
    const i = parse(
      { sites: 'www.test1.com test1.com = certs/a.p7b key=certs/a.key password-env=PW_A\n# comment\n\nwww.test2.com = /abs/b.pfx', password: 'common' },
      { PW_A: 'secret-a' },
    );
    expect(i.sites).toHaveLength(2);
    expect(i.sites[0]).toMatchObject({
      hosts: ['www.test1.com', 'test1.com'],
      path: '/work/certs/a.p7b',
      keyPath: '/work/certs/a.key',
      password: 'secret-a',
      line: 1,
    });
    expect(i.sites[1]).toMatchObject({ hosts: ['www.test2.com'], path: '/abs/b.pfx', password: 'common', line: 4 });
  });
  it('names the input and the bad value in one sentence', () => {
    expect(() => parse({ sites: 'ok.com = a.pfx\nwww..test1.com = b.pfx' })).toThrow("Invalid host 'www..test1.com' in input 'sites' (line 2)");
    expect(() => parse({ 'fail-on': 'sometimes' })).toThrow("Invalid value 'sometimes' for input 'fail-on'");
    expect(() => parse({ shard: '5/4' })).toThrow(/input 'shard'/);
    expect(() => parse({ sites: 'a.com = a.pfx password-env=NOPE' })).toThrow(/'NOPE'.*not set/);
    expect(() => parse({ at: 'yesterday' })).toThrow(InputError);
  });
  it('reads endpoints lines, with pinned addresses, and adds endpoints-file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'endpoints.txt');
    fs.writeFileSync(file, Array.from({ length: 5000 }, (_, n) => `h${n}.test.com:8443 @10.0.0.1`).join('\n'));
    const i = parseInputs((n) => ({ command: 'scan', endpoints: 'www.test1.com @203.0.113.10\nwww.test2.com:444', 'endpoints-file': file })[n] ?? '', {}, dir);
    expect(i.endpoints).toHaveLength(5002);
    expect(i.endpoints[0]).toMatchObject({ host: 'www.test1.com', port: 443, address: '203.0.113.10' });
    expect(i.endpoints[1]).toMatchObject({ host: 'www.test2.com', port: 444 });
    expect(i.endpoints[5001]).toMatchObject({ host: 'h4999.test.com', port: 8443, address: '10.0.0.1' });
    fs.appendFileSync(file, '\nbad host line here');
    expect(() => parseInputs((n) => ({ command: 'scan', 'endpoints-file': file })[n] ?? '', {}, dir)).toThrow(
      /line 5001 of 'endpoints.txt'|line 5001 of '.*endpoints\.txt' \(input 'endpoints-file'\)/,
    );
  });
  it('defaults follow the spec', () => {
    const i = parse({}, { RUNNER_TEMP: '/rt' });
    expect(i).toMatchObject({
      command: 'check',
      osFamily: 5,
      warnDays: { days: 30, share: 1 / 3 },
      failDays: { days: 7, share: 1 / 10 },
      trustSystem: true,
      failOn: 'error',
      timeoutMs: 10000,
      concurrency: 50,
      server: 'auto',
      dryRun: false,
      issue: false,
      reportPath: '/rt/sni-ready-report.json',
    });
    expect(i.fallback).toBeUndefined();
    expect(parse({ fallback: 'none' }).fallback).toBeNull();
  });
});
