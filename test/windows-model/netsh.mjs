#!/usr/bin/env node
// A stand-in for Windows' netsh.exe, only its `http show|add|update|delete sslcert` commands, over the
// HTTP.sys mapping table of the Windows model ($SNI_MODEL_DIR/httpsys.json, shared with the
// Microsoft.Web.Administration stand-in). `show` prints the real layout, in English or, with
// SNI_MODEL_LANG=de, in German (Windows translates the labels). Every change is appended to
// $SNI_MODEL_DIR/netsh.log so tests can tell what the script did. Exit codes as netsh's: 0, or 1
// with the Win32 error on a failed add/update/delete. `update` replaces an existing mapping in one
// step, as the real one does (learn.microsoft.com windows-server/administration/windows-commands/
// netsh-http: `netsh http update sslcert hostnameport=|ipport=|ccs= ... certhash= appid=
// certstorename=`), and fails with error 2 when there is none. Fault injection:
// SNI_MODEL_NETSH_FAIL=add,update (a comma list of verbs) makes those verbs fail with error 1312
// without changing anything.
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = process.env.SNI_MODEL_DIR;
if (!dir) {
  process.stderr.write('SNI_MODEL_DIR is not set (Windows model)\n');
  process.exit(1);
}
const file = path.join(dir, 'httpsys.json');
const state = JSON.parse(fs.readFileSync(file, 'utf8'));
const de = process.env.SNI_MODEL_LANG === 'de';
const L = de
  ? {
      title: 'SSL-Zertifikatbindungen:',
      ipport: 'IP:Port                      ',
      hostnameport: 'Hostname:Port                ',
      ccs: 'Zentraler Zertifikatspeicher ',
      hash: 'Zertifikathash               ',
      appid: 'Anwendungs-ID                ',
      store: 'Zertifikatspeichername       ',
      revocation: 'Clientzertifikatsperre überprüfen ',
      freshness: 'Aktualisierungszeit der Sperre ',
      addOk: 'Das SSL-Zertifikat wurde erfolgreich hinzugefügt.',
      delOk: 'Das SSL-Zertifikat wurde erfolgreich gelöscht.',
      updOk: 'Das SSL-Zertifikat wurde erfolgreich aktualisiert.',
      updFail: 'Fehler beim Aktualisieren des SSL-Zertifikats. Fehler: 2\nDas System kann die angegebene Datei nicht finden.',
      addFail: 'Fehler beim Hinzufügen des SSL-Zertifikats. Fehler: 183\nEine Datei kann nicht erstellt werden, wenn sie bereits vorhanden ist.',
      delFail: 'Fehler beim Löschen des SSL-Zertifikats. Fehler: 2\nDas System kann die angegebene Datei nicht finden.',
      keyFail:
        'Fehler beim Hinzufügen des SSL-Zertifikats. Fehler: 1312\nEine angegebene Anmeldesitzung ist nicht vorhanden. Sie wurde gegebenenfalls bereits beendet.',
    }
  : {
      title: 'SSL Certificate bindings:',
      ipport: 'IP:port                      ',
      hostnameport: 'Hostname:port                ',
      ccs: 'Central Certificate Store    ',
      hash: 'Certificate Hash             ',
      appid: 'Application ID               ',
      store: 'Certificate Store Name       ',
      revocation: 'Verify Client Certificate Revocation ',
      freshness: 'Revocation Freshness Time    ',
      addOk: 'SSL Certificate successfully added',
      delOk: 'SSL Certificate successfully deleted',
      updOk: 'SSL Certificate successfully updated',
      updFail: 'SSL Certificate update failed, Error: 2\nThe system cannot find the file specified.',
      addFail: 'SSL Certificate add failed, Error: 183\nCannot create a file when that file already exists.',
      delFail: 'SSL Certificate deletion failed, Error: 2\nThe system cannot find the file specified.',
      keyFail: 'SSL Certificate add failed, Error: 1312\nA specified logon session does not exist. It may already have been terminated.',
    };

const argv = process.argv.slice(2).map((a) => a.toLowerCase());
const log = (line) => fs.appendFileSync(path.join(dir, 'netsh.log'), line + '\n');
const save = () => {
  fs.writeFileSync(file + '.tmp', JSON.stringify(state, null, 2));
  fs.renameSync(file + '.tmp', file);
};
const keyArg = (args) => {
  const a = args.find((x) => /^(ipport|hostnameport|ccs)=/.test(x));
  if (!a) return null;
  const eq = a.indexOf('=');
  return {
    kind: a.slice(0, eq),
    key: process.argv
      .slice(2)
      .find((x) => x.toLowerCase() === a)
      .slice(eq + 1),
  };
};
const find = (k) => state.mappings.find((m) => m.kind === k.kind && m.key.toLowerCase() === k.key.toLowerCase());
const fail = (text) => {
  process.stdout.write('\n' + text + '\n\n');
  process.exit(1);
};

if (argv[0] !== 'http' || argv[2] !== 'sslcert') fail(`The following command was not found: ${process.argv.slice(2).join(' ')}.`);
const verb = argv[1];
const args = argv.slice(3);
const failing = (process.env.SNI_MODEL_NETSH_FAIL ?? '').split(',').filter(Boolean);
if (failing.includes(verb)) {
  const k = keyArg(args);
  log(`${verb} failed (fault injected) ${k ? `${k.kind}=${k.key}` : ''}`);
  fail(L.keyFail.replace('add', verb));
}
if (verb === 'show') {
  const k = keyArg(args);
  const list = k ? state.mappings.filter((m) => m.kind === k.kind && m.key.toLowerCase() === k.key.toLowerCase()) : state.mappings;
  let out = `\n${L.title}\n${'-'.repeat(L.title.length)}\n\n`;
  for (const m of list) {
    out += `    ${L[m.kind]}: ${m.kind === 'ccs' ? m.key.replace(/^.*:/, '') : m.key}\n`;
    out += `    ${L.hash}: ${m.certhash ? m.certhash.toLowerCase() : '(null)'}\n`;
    out += `    ${L.appid}: ${m.appid}\n`;
    out += `    ${L.store}: ${m.store ?? 'MY'}\n`;
    out += `    ${L.revocation}: Enabled\n`;
    out += `    ${L.freshness}: 0\n\n`;
  }
  process.stdout.write(out);
  process.exit(0);
}
if (verb === 'add' || verb === 'update') {
  const k = keyArg(args);
  const hash = (args.find((a) => a.startsWith('certhash=')) ?? '').slice(9).toUpperCase();
  const appid = (args.find((a) => a.startsWith('appid=')) ?? '').slice(6);
  const store = (process.argv.slice(2).find((a) => /^certstorename=/i.test(a)) ?? 'certstorename=MY').slice(14);
  if (!k || !/^[0-9A-F]{40}$/.test(hash) || !/^\{[0-9a-f-]{36}\}$/.test(appid)) fail('The parameter is incorrect.');
  const existing = find(k);
  if (verb === 'add' && existing) {
    log(`add refused (exists) ${k.kind}=${k.key}`);
    fail(L.addFail);
  }
  if (verb === 'update' && !existing) {
    log(`update refused (missing) ${k.kind}=${k.key}`);
    fail(L.updFail);
  }
  const home = process.env.HOME ?? '';
  if (!fs.existsSync(path.join(home, '.dotnet', 'corefx', 'cryptography', 'x509stores', 'my', `${hash}.pfx`))) {
    log(`${verb} refused (no certificate ${hash}) ${k.kind}=${k.key}`);
    fail(L.keyFail.replace('add', verb));
  }
  const record = { kind: k.kind, key: k.key, certhash: hash, appid, store };
  if (existing) state.mappings.splice(state.mappings.indexOf(existing), 1, record);
  else state.mappings.push(record);
  save();
  log(`${verb} ${k.kind}=${k.key} ${hash}`);
  process.stdout.write(`\n${verb === 'add' ? L.addOk : L.updOk}\n\n`);
  process.exit(0);
}
if (verb === 'delete') {
  const k = keyArg(args);
  const m = k && find(k);
  if (!m) {
    log(`delete refused (missing) ${k ? `${k.kind}=${k.key}` : ''}`);
    fail(L.delFail);
  }
  state.mappings.splice(state.mappings.indexOf(m), 1);
  save();
  log(`delete ${k.kind}=${k.key}`);
  process.stdout.write(`\n${L.delOk}\n\n`);
  process.exit(0);
}
fail('The parameter is incorrect.');
