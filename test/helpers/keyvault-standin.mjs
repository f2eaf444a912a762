// A stand-in for Azure Key Vault and the Microsoft identity platform, on loopback, for the tests
// that run the real Azure SDK (node dist/index.js with a `keyvault:` sites line). It runs as a
// child process of the test (the test runs the bundle with spawnSync, which would block a server
// in the test's own process). HTTPS with the test's certificate; the REST paths and api-version
// the SDK sends; the 401 bearer challenge Key Vault answers an unauthenticated request with;
// certificate versions, disabled versions, plain secrets, and 403s for RBAC and access policies.
//
//   node keyvault-standin.mjs CONFIG.json     prints "PORT <n>" when listening; logs requests to CONFIG.log
//
// CONFIG: { cert, key (PEM paths), tenant, clientId, clientSecret, appId, objectId,
//           certificates: { NAME: [{ version, enabled, created, value, contentType, cer }] },   newest last
//           secrets: { NAME: [{ version, enabled, created, value, contentType, managed }] },
//           forbidden: { NAME: 'rbac' | 'policy' } }
import * as fs from 'node:fs';
import * as https from 'node:https';
import { URL, URLSearchParams } from 'node:url';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const logFile = process.argv[2].replace(/\.json$/, '.log');
const API_VERSIONS = new Set(['7.4', '7.5', '7.6', '2025-07-01']);
let port = 0;
const tokens = new Set();

function log(entry) {
  fs.appendFileSync(logFile, JSON.stringify(entry) + '\n');
}

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function b64url(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

function origin() {
  return `https://127.0.0.1:${port}`;
}

function vaultError(res, status, code, message, inner) {
  send(res, status, { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } });
}

function attributes(v) {
  const t = Math.floor(new Date(v.created ?? Date.now()).getTime() / 1000);
  return { enabled: v.enabled !== false, created: t, updated: t, recoveryLevel: 'Recoverable+Purgeable' };
}

function certificateBundle(name, v, withPolicy) {
  const base = origin();
  const out = {
    id: `${base}/certificates/${name}/${v.version}`,
    kid: `${base}/keys/${name}/${v.version}`,
    sid: `${base}/secrets/${name}/${v.version}`,
    x5t: v.x5t,
    cer: v.cer,
    attributes: attributes(v),
  };
  if (withPolicy)
    out.policy = {
      id: `${base}/certificates/${name}/policy`,
      key_props: { exportable: true, kty: 'RSA', key_size: 2048, reuse_key: false },
      secret_props: { contentType: v.contentType ?? 'application/x-pkcs12' },
      issuer: { name: 'Unknown' },
      attributes: { enabled: true },
    };
  return out;
}

function identityPlatform(req, res, url, body) {
  const tenant = config.tenant;
  if (url.pathname === `/${tenant}/v2.0/.well-known/openid-configuration`) {
    const base = `${origin()}/${tenant}`;
    return send(res, 200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      issuer: `${base}/v2.0`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: 'EU',
    });
  }
  if (url.pathname === `/${tenant}/oauth2/v2.0/token` && req.method === 'POST') {
    const form = new URLSearchParams(body);
    log({ token: true, scope: form.get('scope'), client_id: form.get('client_id') });
    if (form.get('client_id') !== config.clientId || form.get('client_secret') !== config.clientSecret)
      return send(res, 401, {
        error: 'invalid_client',
        error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\r\nTrace ID: 0\r\nCorrelation ID: 0\r\nTimestamp: ${new Date().toISOString()}`,
        error_codes: [7000215],
      });
    const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ aud: 'https://vault.azure.net', tid: tenant, appid: config.appId, oid: config.objectId, iat: Math.floor(Date.now() / 1000) })}.sig`;
    tokens.add(token);
    return send(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
  }
  return undefined;
}

function keyVault(req, res, url) {
  const apiVersion = url.searchParams.get('api-version');
  const auth = req.headers.authorization ?? '';
  log({ method: req.method, path: url.pathname, apiVersion, authorized: auth.startsWith('Bearer ') });
  if (!API_VERSIONS.has(apiVersion)) return vaultError(res, 400, 'BadParameter', `The specified version (${apiVersion}) is not recognized.`);
  if (!auth.startsWith('Bearer ') || !tokens.has(auth.slice(7)))
    return send(
      res,
      401,
      { error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } },
      {
        'www-authenticate': `Bearer authorization="https://login.microsoftonline.com/${config.tenant}", resource="https://vault.azure.net"`,
      },
    );
  const parts = url.pathname.split('/').filter(Boolean);
  const [collection, name, version] = parts;
  const caller = `appid=${config.appId};oid=${config.objectId};iss=https://sts.windows.net/${config.tenant}/`;
  const forbidden = config.forbidden?.[name];
  if (forbidden === 'rbac')
    return vaultError(
      res,
      403,
      'Forbidden',
      `Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: ${caller}\r\nAction: 'Microsoft.KeyVault/vaults/certificates/read'\r\nResource: '/subscriptions/0/resourcegroups/rg/providers/microsoft.keyvault/vaults/standin/certificates/${name}'\r\nAssignment: (not found)\r\nDecisionReason: 'DeniedWithNoValidRBAC'\r\nVault: standin;location=westeurope\r\n`,
      'ForbiddenByRbac',
    );
  if (forbidden === 'policy')
    return vaultError(
      res,
      403,
      'Forbidden',
      `The user, group or application '${caller}' does not have certificates get permission on key vault 'standin;location=westeurope'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
      'AccessDenied',
    );
  if (collection === 'certificates') {
    const versions = config.certificates?.[name];
    if (!versions) return vaultError(res, 404, 'CertificateNotFound', `A certificate with (name/id) ${name} was not found in this key vault.`);
    if (version === 'versions') {
      return send(res, 200, {
        value: versions.map((v) => ({ id: `${origin()}/certificates/${name}/${v.version}`, x5t: v.x5t, attributes: attributes(v) })),
        nextLink: null,
      });
    }
    const v = version ? versions.find((x) => x.version === version) : versions[versions.length - 1];
    if (!v) return vaultError(res, 404, 'CertificateNotFound', `A certificate with (name/id) ${name}/${version} was not found in this key vault.`);
    return send(res, 200, certificateBundle(name, v, !version));
  }
  if (collection === 'secrets') {
    const versions = config.secrets?.[name] ?? config.certificates?.[name];
    if (!versions) return vaultError(res, 404, 'SecretNotFound', `A secret with (name/id) ${name} was not found in this key vault.`);
    if (version === 'versions')
      return send(res, 200, { value: versions.map((v) => ({ id: `${origin()}/secrets/${name}/${v.version}`, attributes: attributes(v) })), nextLink: null });
    const v = version ? versions.find((x) => x.version === version) : versions[versions.length - 1];
    if (!v) return vaultError(res, 404, 'SecretNotFound', `A secret with (name/id) ${name}/${version} was not found in this key vault.`);
    if (v.enabled === false) return vaultError(res, 403, 'Forbidden', 'Operation get is not allowed on a disabled secret.', 'SecretDisabled');
    const managed = config.secrets?.[name] ? v.managed === true : true;
    return send(res, 200, {
      value: v.value,
      contentType: v.contentType ?? (managed ? 'application/x-pkcs12' : undefined),
      id: `${origin()}/secrets/${name}/${v.version}`,
      attributes: attributes(v),
      ...(managed ? { kid: `${origin()}/keys/${name}/${v.version}`, managed: true } : {}),
    });
  }
  return vaultError(res, 404, 'NotFound', 'Not found');
}

const server = https.createServer({ cert: fs.readFileSync(config.cert), key: fs.readFileSync(config.key) }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, origin());
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      if (identityPlatform(req, res, url, body) === undefined && !res.headersSent) keyVault(req, res, url);
    } catch (err) {
      send(res, 500, { error: { code: 'InternalError', message: String(err) } });
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  process.stdout.write(`PORT ${port}\n`);
});
// The test ends the stand-in by closing its stdin (or it ends with the test process).
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
