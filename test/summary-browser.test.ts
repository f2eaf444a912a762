// The job summary as a person sees it: written by `node dist/index.js` as a runner runs it,
// rendered as GitHub renders it (GitHub-flavoured markdown, GitHub's markdown CSS), opened in
// headless Chromium at laptop width (1000 px), and measured: no table or cell may be wider than
// the page, and the line that says what to do is above the fold. With UPDATE_SCREENSHOT=1 the
// picture in the README (docs/summary.png) is taken again.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCertificates, type DemoCertificates } from '../src/demo/certs.js';
import { tempDir } from './helpers/pki.js';
import { ROOT, runAction } from './helpers/run-dist.js';
import { needTool } from './helpers/tools.js';

const require = createRequire(import.meta.url);
const CSS = fs.readFileSync(path.join(path.dirname(require.resolve('github-markdown-css/package.json')), 'github-markdown-light.css'), 'utf8');
const WIDTH = 1000;
const chromium = needTool('chromium', 'the job summary in a real browser');

type Page = import('playwright-core').Page;
type Context = import('playwright-core').BrowserContext;

function html(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}
    body { margin: 0; background: #fff; }
    .markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 24px; }
  </style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

/** Everything wider than its box: tables (GitHub makes each a scrolling block), their cells, and the page. */
// Browser-side code, as text: this project compiles without the DOM's types.
const MEASURE = `(() => {
  const out = [];
  const doc = document.scrollingElement;
  if (doc.scrollWidth > doc.clientWidth) out.push('page: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
  for (const e of document.querySelectorAll('table, th, td'))
    if (e.scrollWidth > e.clientWidth + 1) out.push(e.tagName.toLowerCase() + ' "' + e.innerText.slice(0, 60) + '": ' + e.scrollWidth + ' > ' + e.clientWidth);
  return out;
})()`;
const OPEN_DETAILS = (open: boolean) => `document.querySelectorAll('details').forEach((d) => { d.open = ${open}; })`;

async function overflows(page: Page): Promise<string[]> {
  return (await page.evaluate(MEASURE)) as string[];
}

let context: Context;
let demo: DemoCertificates;
let work: string;
const summaries: Record<string, string> = {};

function demoSites(extraHosts = ''): string {
  return demo.sites.map((s, i) => `${s.hosts.join(' ')}${i === 0 ? extraHosts : ''} = ${s.file} password-env=${demo.passwordEnv}`).join('\n');
}

describe.skipIf(!chromium)('the job summary in a real browser at 1000 px', () => {
  beforeAll(async () => {
    process.env.SNI_READY_DEMO_PASSWORD ??= 'summary-Demo-Pw';
    work = tempDir('sni-summary-');
    demo = writeDemoCertificates(path.join(work, 'certs'));
    const svc = path.join(work, 'svc');
    fs.cpSync(path.join(ROOT, 'examples', 'service'), svc, { recursive: true });
    const pkg = {
      'service-definition': path.join(svc, 'ServiceDefinition.csdef'),
      'service-configuration': ['Cloud', 'Local'].map((n) => path.join(svc, `ServiceConfiguration.${n}.cscfg`)).join('\n'),
    };
    const env = { SNI_READY_DEMO_PASSWORD: process.env.SNI_READY_DEMO_PASSWORD };
    // A package before patch, with three hosts the first certificate does not cover: many findings.
    summaries.check = runAction(
      { command: 'check', sites: demoSites(' shop.test1.com api.test1.com mail.test1.com'), trust: demo.root, ...pkg },
      env,
      work,
    ).summary;
    summaries.patch = runAction({ command: 'patch', 'dry-run': 'true', sites: demoSites(), trust: demo.root, ...pkg }, env, work).summary;
    summaries.verify = runAction({ command: 'verify', server: 'node', sites: demoSites(), trust: demo.root }, env, work).summary;
    const { chromium: browserType } = await import('playwright-core');
    context = await browserType.launchPersistentContext(tempDir('sni-summary-profile-'), {
      executablePath: chromium,
      headless: true,
      viewport: { width: WIDTH, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => context?.close());

  it.each(['check', 'patch', 'verify'])('%s: nothing is off the right edge, and what to do is above the fold', async (command) => {
    const md = summaries[command]!;
    expect(md).toMatch(/^## /);
    const page = await context.newPage();
    await page.setContent(html(md));
    await page.evaluate(OPEN_DETAILS(true));
    expect(await overflows(page)).toEqual([]);
    const status = page.locator('h2 + p');
    const box = await status.boundingBox();
    expect(box, 'the status line').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(300);
    expect(await status.innerText()).toMatch(/What to do:|Nothing to do|Next:/);
    const shot = path.join(work, `summary-${command}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    if (command === 'check' && process.env.UPDATE_SCREENSHOT === '1') {
      await page.evaluate(OPEN_DETAILS(false));
      // the part a person sees first: the verdict, what to do, the hosts and the first fixes
      await page.screenshot({ path: path.join(ROOT, 'docs', 'summary.png'), clip: { x: 0, y: 0, width: WIDTH, height: 820 } });
    }
    await page.close();
  });

  it('check: repeated findings are one entry with their hosts; the tables are headed', () => {
    const md = summaries.check!;
    expect(md).toMatch(/^## ❌ sni-ready check: not ready/m);
    expect(md).toContain('### Hosts');
    const mismatch = md.split('\n').filter((l) => /^\d+\. .*`cert-host-mismatch`/.test(l));
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatch(/3 hosts: `shop\.test1\.com`, `api\.test1\.com` and `mail\.test1\.com`/);
  });

  it('patch: names the files it would change and leaves the PowerShell template out of the diff', () => {
    const md = summaries.patch!;
    expect(md).toMatch(/`svc\/ServiceDefinition\.csdef` — \+\d+ −\d+/);
    expect(md).toMatch(/`svc\/[^`]*\/sni-bindings\.ps1` — new, the generated template, \d{3} lines/);
    expect(md).toMatch(/`svc\/[^`]*\/sni-bindings\.json` — new/);
    expect(md).toMatch(/\*\*Dry run:\*\* 6 files would change/);
    const diff = md.slice(md.indexOf('```diff'));
    expect(diff).toMatch(/^\+\+\+ b\/svc\/.*\/sni-bindings\.json$/m);
    expect(diff).toMatch(/@@ new file: the generated template, \d+ lines \(not shown\) @@/);
    expect(diff).not.toMatch(/^\+.*\$ErrorActionPreference/m);
  });

  it('verify: says each host was served its own certificate, under a headed endpoint table', () => {
    const md = summaries.verify!;
    expect(md).toMatch(/^## ⚠️ sni-ready verify: ready, with warnings/m); // www.test2.com of the demo expires in 20 days
    expect(md).toContain('**Each of 2 hosts was served its own certificate, and clients without SNI got the planned fallback.**');
    expect(md).toMatch(/^### Endpoints/m);
  });

  it('the measure can fail: the old one-row-per-host table with full thumbprints and fixes overflows', async () => {
    const wide = [
      '| | Host | Subject | Issuer | Thumbprint (SHA-1) | Expires | Days left | Findings |',
      '|---|---|---|---|---|---|---|---|',
      `| ❌ | www.test1.com | www.test1.com | sni-ready Demo Intermediate | \`${'A'.repeat(40)}\` | 2027-01-01 | 365 | cert-host-mismatch, config-sni-binding, config-thumbprint, config-intermediate |`,
    ].join('\n');
    const page = await context.newPage();
    await page.setContent(html(wide));
    expect((await overflows(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});
