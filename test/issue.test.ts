import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseInputs } from '../src/inputs.js';
import { ISSUE_MARKER, cell, issueBody, syncTrackingIssue } from '../src/report/issue.js';
import { finding } from '../src/rules.js';
import type { Finding, Inputs, Logger, Report } from '../src/types.js';

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: { name: string }[];
  pull_request?: object;
}
const requests: { method: string; path: string; body?: Record<string, unknown> }[] = [];
const issues: FakeIssue[] = [
  { number: 1, title: 'unrelated', body: 'no marker here', state: 'open', labels: [{ name: 'sni-ready' }] },
  { number: 2, title: 'a PR', body: ISSUE_MARKER, state: 'open', labels: [{ name: 'sni-ready' }], pull_request: {} },
];
let server: http.Server;
const saved = { api: process.env.GITHUB_API_URL, repo: process.env.GITHUB_REPOSITORY };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const body = data ? (JSON.parse(data) as Record<string, unknown>) : undefined;
      requests.push({ method: req.method!, path: url.pathname + url.search, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      let m: RegExpExecArray | null;
      if (req.method === 'GET' && url.pathname === '/repos/acme/web/issues') {
        const label = url.searchParams.get('labels');
        const state = url.searchParams.get('state');
        return json(
          200,
          issues.filter((i) => i.state === state && i.labels.some((l) => l.name === label)),
        );
      }
      if (req.method === 'POST' && url.pathname === '/repos/acme/web/issues') {
        const issue: FakeIssue = {
          number: issues.length + 1,
          title: String(body!.title),
          body: String(body!.body),
          state: 'open',
          labels: ((body!.labels as string[]) ?? []).map((name) => ({ name })),
        };
        issues.push(issue);
        return json(201, issue);
      }
      if ((m = /^\/repos\/acme\/web\/issues\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
        const issue = issues.find((i) => i.number === Number(m![1]))!;
        Object.assign(issue, body);
        return json(200, issue);
      }
      if ((m = /^\/repos\/acme\/web\/issues\/(\d+)\/comments$/.exec(url.pathname)) && req.method === 'POST') return json(201, { id: 1, body: body!.body });
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.GITHUB_REPOSITORY = 'acme/web';
});

afterAll(async () => {
  process.env.GITHUB_API_URL = saved.api;
  process.env.GITHUB_REPOSITORY = saved.repo;
  if (saved.api === undefined) delete process.env.GITHUB_API_URL;
  if (saved.repo === undefined) delete process.env.GITHUB_REPOSITORY;
  await new Promise<void>((r) => server.close(() => r()));
});

const inputs: Inputs = {
  ...parseInputs((n) => (({ command: 'scan', 'github-token': 'test-token', issue: 'true' }) as Record<string, string>)[n] ?? '', {}, '/tmp'),
};
const log: Logger = { info: () => undefined, warn: () => undefined };

function report(findings: Finding[]): Report {
  return {
    version: 1,
    command: 'scan',
    at: '2026-01-01T00:00:00.000Z',
    certificates: [],
    endpoints: [{ host: 'www.test1.com', port: 443, address: '10.0.0.1', sni: 'www.test1.com', thumbprint: 'A'.repeat(40), daysLeft: 3, chain: [] }],
    findings,
  };
}

const expiring = finding('cert-expires-soon', 'www.test1.com expires in 3 days', { host: 'www.test1.com', severity: 'error', fix: 'Renew it.' });
const wrong = finding('tls-wrong-certificate', 'www.test2.com serves <b>evil</b> | @someone', { host: 'www.test2.com', fix: 'Bind it.' });
const notice = finding('chain-order', 'just a notice', { host: 'www.test1.com' });

describe('syncTrackingIssue', () => {
  it('opens one issue, updates it in place, closes it with a comment when clean, and never duplicates', async () => {
    const calls = () => requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}${r.body?.state ? ` state=${r.body.state}` : ''}`);
    const lists = () => requests.filter((r) => r.method === 'GET');

    await syncTrackingIssue(report([notice]), inputs, log); // below fail-on, no issue yet: nothing
    expect(calls()).toEqual([]);
    expect(lists()[0]!.path).toMatch(/labels=sni-ready/);
    expect(lists()[0]!.path).toMatch(/state=open/);

    await syncTrackingIssue(report([expiring]), inputs, log);
    expect(calls()).toEqual(['POST /repos/acme/web/issues']);
    const created = issues.at(-1)!;
    expect(created.labels.map((l) => l.name)).toEqual(['sni-ready']);
    expect(created.body).toContain(ISSUE_MARKER);
    expect(created.body).toContain('`cert-expires-soon`');
    expect(created.title).toMatch(/1 error/);

    await syncTrackingIssue(report([expiring]), inputs, log); // same findings: no write
    expect(calls()).toHaveLength(1);

    await syncTrackingIssue(report([expiring, wrong]), inputs, log);
    expect(calls()).toEqual(['POST /repos/acme/web/issues', `PATCH /repos/acme/web/issues/${created.number}`]);
    expect(created.body).toContain('tls-wrong-certificate');
    expect(marked.parse(created.body, { async: false })).not.toContain('<b>');
    expect(marked.parse(created.body, { async: false }).replace(/<code>[\s\S]*?<\/code>/g, '')).not.toContain('@someone');
    expect(created.title).toMatch(/2 errors on 2 hosts/);

    await syncTrackingIssue(report([notice]), inputs, log); // clean at fail-on: comment, close
    expect(calls().slice(2)).toEqual([`POST /repos/acme/web/issues/${created.number}/comments`, `PATCH /repos/acme/web/issues/${created.number} state=closed`]);
    expect(created.state).toBe('closed');

    await syncTrackingIssue(report([]), inputs, log); // clean, no open issue: nothing
    expect(calls()).toHaveLength(4);
    expect(issues.filter((i) => i.body.includes(ISSUE_MARKER) && !i.pull_request)).toHaveLength(1);
    // The decoys (no marker; a pull request) were never touched.
    expect(requests.some((r) => /issues\/(1|2)(\/|$)/.test(r.path))).toBe(false);
  });

  it('explains a missing token and an API refusal in one sentence', async () => {
    await expect(syncTrackingIssue(report([expiring]), { ...inputs, githubToken: undefined }, log)).rejects.toThrow(/needs 'github-token'/);
    const saved = process.env.GITHUB_REPOSITORY;
    process.env.GITHUB_REPOSITORY = 'acme/private';
    try {
      await expect(syncTrackingIssue(report([expiring]), inputs, log)).rejects.toThrow(/GitHub answered 404.*issues: write/);
    } finally {
      process.env.GITHUB_REPOSITORY = saved;
    }
  });
});

describe('issueBody', () => {
  it("escapes served text and stays under GitHub's size limit with thousands of findings", () => {
    // one cell, nothing live outside code spans (foreign-text.test.ts has the full payload)
    const row = marked.parse(`| x | y |\n|---|---|\n| ${cell('a|b\nc<d>@e`')} | z |`, { async: false });
    expect(row.match(/<td>/g)).toHaveLength(2);
    expect(row.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/<d>|@e|a\|b/);
    const many = Array.from({ length: 5000 }, (_, i) => finding('tls-unreachable', `h${i}.test: ${'x'.repeat(80)}`, { host: `h${i}.test` }));
    const body = issueBody(report(many), many, {});
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/more findings/);
  });
});
