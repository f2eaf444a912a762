import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintService } from '../src/service/lint.js';
import { readServiceFile } from '../src/service/model.js';
import { patchService } from '../src/service/patch.js';
import { parseXml, XmlError } from '../src/service/xml.js';
import type { Finding } from '../src/types.js';
import { tempDir } from './helpers/pki.js';
import { bareCscfg, bareCsdef, makeTestCerts, quietLog, serviceInputs, type TestCerts } from './helpers/service.js';

const NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';

function xmlError(text: string): XmlError {
  try {
    parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) return e;
    throw e;
  }
  throw new Error('parsed without error');
}

const billionLaughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  ' <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  `<ServiceDefinition name="x" xmlns="${NS}"><WebRole name="&lol9;" /></ServiceDefinition>`,
].join('\n');

let certs: TestCerts;
beforeAll(() => {
  certs = makeTestCerts(tempDir('sni-read-certs-'));
});

describe('reading service files safely', () => {
  it('refuses a billion-laughs DOCTYPE without expanding it, naming the line', () => {
    const e = xmlError(billionLaughs);
    expect(e.message).toMatch(/DOCTYPE declaration refused/);
    expect(e.line).toBe(2);
  });

  it('refuses an external entity pointing at a local file without opening it', () => {
    // The entity points at a FIFO: any attempt to open it would block this test forever.
    const dir = tempDir('sni-xxe-');
    const fifo = path.join(dir, 'secret');
    execFileSync('mkfifo', [fifo]);
    const file = path.join(dir, 'ServiceDefinition.csdef');
    fs.writeFileSync(
      file,
      `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://${fifo}">]>\n<ServiceDefinition name="x" xmlns="${NS}">&xxe;</ServiceDefinition>`,
    );
    const r = readServiceFile(file, 'definition') as Finding;
    expect(r.rule).toBe('config-unreadable');
    expect(r.line).toBe(2);
    expect(r.message).toMatch(/DOCTYPE/);
    expect(r.fix).toBeTruthy();
  });

  it('refuses an undeclared entity reference and a bare ENTITY declaration', () => {
    expect(xmlError(`<ServiceDefinition xmlns="${NS}">\n&ext;</ServiceDefinition>`).message).toMatch(/entity reference '&ext;' refused/);
    expect(xmlError(`<!ENTITY a "b">\n<ServiceDefinition xmlns="${NS}"/>`).message).toMatch(/ENTITY declaration refused/);
  });

  it('a comment that mentions <!DOCTYPE is only a comment', () => {
    expect(parseXml(`<!-- no <!DOCTYPE or <!ENTITY here -->\n<ServiceDefinition xmlns="${NS}"/>`).root.local).toBe('ServiceDefinition');
  });

  it('reports unclosed and mismatched tags with their line', () => {
    const unclosed = xmlError(`<?xml version="1.0"?>\n<ServiceDefinition xmlns="${NS}">\n  <WebRole name="a">\n</ServiceDefinition>`);
    expect(unclosed.message).toMatch(/does not match <WebRole>/);
    expect(unclosed.line).toBe(4);
    expect(xmlError(`<ServiceDefinition xmlns="${NS}">\n  <WebRole name="a">\n`).message).toMatch(/<WebRole> is not closed/);
    expect(xmlError(`<ServiceDefinition xmlns="${NS}">\n  <WebRole name="a></WebRole>\n</ServiceDefinition>`).message).toMatch(/'<' in the value|unterminated/);
    expect(xmlError(`<ServiceDefinition xmlns="${NS}" a="1" a="2"/>`).message).toMatch(/duplicate attribute/);
  });

  it('gives a fix that fits the fault: well-formedness for an unclosed tag, removal only for a DOCTYPE', () => {
    const dir = tempDir('sni-fix-');
    const unclosed = path.join(dir, 'unclosed.csdef');
    fs.writeFileSync(unclosed, `<?xml version="1.0"?>\n<ServiceDefinition xmlns="${NS}">\n<WebRole name="W">\n<Sites>\n`);
    const u = readServiceFile(unclosed, 'definition') as Finding;
    expect(u).toMatchObject({ rule: 'config-unreadable', line: 4 });
    expect(u.message).toMatch(/<Sites> is not closed\.$/);
    expect(u.fix).toMatch(/well-formed/);
    expect(u.fix).not.toMatch(/DOCTYPE|entity/);
    const doctype = path.join(dir, 'doctype.cscfg');
    fs.writeFileSync(doctype, `<?xml version="1.0"?>\n<!DOCTYPE x>\n<ServiceConfiguration xmlns="x"/>`);
    expect((readServiceFile(doctype, 'configuration') as Finding).fix).toMatch(/^Remove the DOCTYPE or entity declaration .* at line 2/);
  });

  it('refuses a wrong root element or namespace, saying what it found', () => {
    const dir = tempDir('sni-root-');
    const a = path.join(dir, 'a.csdef');
    fs.writeFileSync(a, '<ServiceDefinition xmlns="http://example.com/other"><WebRole name="x"/></ServiceDefinition>');
    const ra = readServiceFile(a, 'definition') as Finding;
    expect(ra.rule).toBe('config-unreadable');
    expect(ra.message).toContain("namespace 'http://example.com/other'");
    const b = path.join(dir, 'b.cscfg');
    fs.writeFileSync(b, bareCsdef());
    const rb = readServiceFile(b, 'configuration') as Finding;
    expect(rb.message).toContain('root element <ServiceDefinition>');
    expect(rb.line).toBe(2);
  });

  it('accepts BOM, CRLF, tabs, comments, a newer schemaVersion, prefixes and unknown elements', () => {
    const text = `\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<!-- banner\r\n\r\n -->\r\n<sd:ServiceDefinition name="x" xmlns:sd="${NS}" schemaVersion="2099-01.9.9">\r\n\t<sd:WebRole name="W">\r\n\t\t<sd:FutureThing flag='on'><![CDATA[<raw>]]></sd:FutureThing>\r\n\t</sd:WebRole>\r\n</sd:ServiceDefinition>`;
    const dir = tempDir('sni-ok-');
    const f = path.join(dir, 'x.csdef');
    fs.writeFileSync(f, text);
    const r = readServiceFile(f, 'definition');
    expect('doc' in r).toBe(true);
    if ('doc' in r) {
      expect(r.doc.bom).toBe(true);
      expect(r.doc.eol).toBe('\r\n');
      expect(r.doc.root.children[0]!.local).toBe('WebRole');
      expect(r.doc.root.children[0]!.line).toBe(6);
    }
  });

  it('caps the size of a service file', () => {
    const dir = tempDir('sni-big-');
    const f = path.join(dir, 'big.csdef');
    fs.writeFileSync(f, `<ServiceDefinition xmlns="${NS}">` + '<!-- x -->'.repeat(500_000) + '</ServiceDefinition>');
    const r = readServiceFile(f, 'definition') as Finding;
    expect(r.rule).toBe('config-unreadable');
    expect(r.message).toMatch(/limit/);
  });
});

describe('hostile files reach neither lint nor patch', () => {
  it('check reports config-unreadable; patch refuses and writes nothing', async () => {
    const dir = tempDir('sni-hostile-');
    const def = path.join(dir, 'ServiceDefinition.csdef');
    const cfg = path.join(dir, 'ServiceConfiguration.Cloud.cscfg');
    fs.writeFileSync(def, billionLaughs);
    fs.writeFileSync(cfg, bareCscfg('2'));
    const before = fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
    const inputs = serviceInputs({ serviceDefinition: def, serviceConfigurations: [cfg] });
    const linted = await lintService({ ...inputs, command: 'check' }, certs.sites);
    expect(linted.findings.find((f) => f.rule === 'config-unreadable')).toMatchObject({ file: def, line: 2 });
    const patched = await patchService(inputs, certs.sites, quietLog);
    expect(patched.config.changed).toBe(false);
    expect(patched.findings.map((f) => f.rule)).toEqual(['config-unreadable']);
    expect(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])).toEqual(before);
  });
});
