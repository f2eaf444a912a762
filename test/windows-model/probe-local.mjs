#!/usr/bin/env node
// For the windows workflow's target-iis job: connects to 127.0.0.1:443 once per host given, with
// that host as SNI, and once without SNI, and checks that each is served the certificate named in
// $THUMBPRINTS (JSON host -> SHA-1 thumbprint, the action's `thumbprints` output); a client without
// SNI must get the first host's (the fallback). Exit 1 on any difference or failed handshake.
import * as tls from 'node:tls';

const expected = JSON.parse(process.env.THUMBPRINTS ?? '{}');
const hosts = process.argv.slice(2);
if (!hosts.length) {
  console.error('usage: probe-local.mjs HOST [HOST ...]');
  process.exit(2);
}

function probe(servername) {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port: 443, servername, rejectUnauthorized: false, timeout: 10_000 }, () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      resolve(cert && cert.fingerprint ? cert.fingerprint.replace(/:/g, '').toUpperCase() : 'none');
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.on('error', (err) => resolve(`error: ${err.message}`));
  });
}

let failed = 0;
for (const [label, sni, want] of [...hosts.map((h) => [h, h, expected[h]]), ['(no SNI)', undefined, expected[hosts[0]]]]) {
  const got = await probe(sni);
  const ok = typeof want === 'string' && got === want.toUpperCase();
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: served ${got}, expected ${want ?? '(none given)'}`);
}
if (failed) console.log(`::error::${failed} probe(s) were not served the expected certificate`);
process.exit(failed ? 1 : 0);
