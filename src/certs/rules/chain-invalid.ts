// Constraints browsers and OpenSSL enforce on the path beyond linked signatures and dates. Each is
// a named function over the built path; `chain-invalid` reports every broken one, naming the
// constraint and the certificate. (Weak keys and signatures, the leaf's EKU and a missing SAN have
// rules of their own.)
import type { X509Certificate } from 'node:crypto';
import { facts, isSelfIssued, isSelfSigned, label, notAfter, notBefore, PROCESSED_CRITICAL, rdnsOf, serialInfo } from '../x509.js';
import { isRootAt, type ChainCheck, type Issue, type PathContext } from './check.js';
import { nameConstraintViolation } from './name-constraints.js';

interface Constraint {
  name: string;
  check(ctx: PathContext): Issue[];
}

const reissueCa = 'Use the current chain from the CA; a certificate like this can only be fixed by the CA that issued it.';

/** CA certificates of the path: every certificate above the leaf. */
function cas(ctx: PathContext): [X509Certificate, number][] {
  return ctx.chain.map((c, i) => [c, i + 1]);
}

/** Certificates above the leaf that are not the trust anchor at the end of the path. */
function intermediates(ctx: PathContext): [X509Certificate, number][] {
  return cas(ctx).filter(([, i]) => !(isRootAt(ctx, i) && ctx.end.kind === 'trusted' && ctx.trust.has(ctx.path[i]!)));
}

export const CONSTRAINTS: Constraint[] = [
  {
    name: 'readable',
    check: (ctx) =>
      ctx.path.flatMap((c) => {
        const f = facts(c);
        const problems: string[] = [];
        if (!f) problems.push('its structure cannot be read');
        else if (f.broken.length) problems.push(`its extension(s) ${f.broken.join(', ')} cannot be decoded`);
        if (!notBefore(c) || !notAfter(c)) problems.push('its validity dates cannot be read');
        return problems.map((p) => ({ message: `${label(c)} is malformed: ${p}; browsers refuse it.`, fix: reissueCa }));
      }),
  },
  {
    name: 'basicConstraints CA:TRUE',
    check: (ctx) =>
      intermediates(ctx)
        .filter(([c]) => facts(c)?.basicConstraints?.ca !== true)
        .map(([c]) => ({
          message: `The issuer ${label(c)} is not a CA certificate (no basicConstraints CA:TRUE), so the certificates it signed are refused.`,
          fix: reissueCa,
        })),
  },
  {
    name: 'keyUsage keyCertSign',
    check: (ctx) =>
      intermediates(ctx)
        .filter(([c]) => {
          const ku = facts(c)?.keyUsage;
          return ku !== undefined && !ku.has('keyCertSign');
        })
        .map(([c]) => ({
          message: `The issuer ${label(c)} has a key usage without keyCertSign, so it may not sign certificates.`,
          fix: reissueCa,
        })),
  },
  {
    name: 'pathLenConstraint',
    check: (ctx) =>
      cas(ctx).flatMap(([c, i]) => {
        const max = facts(c)?.basicConstraints?.pathLen;
        if (max === undefined) return [];
        // intermediates below it, not counting self-issued ones (RFC 5280 6.1.4 (l))
        const below = ctx.path.slice(1, i).filter((x) => !isSelfIssued(x)).length;
        if (below <= max) return [];
        return [
          {
            message: `${label(c)} allows ${max} intermediate(s) below it (pathLenConstraint ${max}), but the path has ${below}.`,
            fix: reissueCa,
          },
        ];
      }),
  },
  {
    name: 'nameConstraints',
    check: (ctx) =>
      cas(ctx).flatMap(([ca, i]) => {
        const nc = facts(ca)?.nameConstraints;
        if (!nc) return [];
        return ctx.path.slice(0, i).flatMap((c, j) => {
          if (j > 0 && isSelfIssued(c)) return []; // self-issued intermediates are exempt (RFC 5280 6.1.3 (b))
          const why = nameConstraintViolation(c, nc);
          // 'budget': the comparisons ran out; assessChain reports chain-too-complex
          return why && why !== 'budget'
            ? [
                {
                  message: `${label(c)} breaks the name constraints of ${label(ca)}: ${why}.`,
                  fix: 'Use a certificate for names the issuing CA is allowed to certify, or a CA without these name constraints.',
                },
              ]
            : [];
        });
      }),
  },
  {
    name: 'critical extensions',
    check: (ctx) =>
      ctx.path.flatMap((c) => {
        const unknown = (facts(c)?.extensions ?? []).filter((e) => e.critical && !PROCESSED_CRITICAL.has(e.oid)).map((e) => e.oid);
        return unknown.length
          ? [{ message: `${label(c)} has an unknown critical extension (${unknown.join(', ')}), which every verifier must refuse.`, fix: reissueCa }]
          : [];
      }),
  },
  {
    name: 'leaf is not a CA',
    check: (ctx) => {
      const leaf = ctx.leaf;
      if (isSelfSigned(leaf)) return []; // a self-signed leaf is its own root (chain-untrusted when not trusted)
      const f = facts(leaf);
      const what = [f?.basicConstraints?.ca ? 'basicConstraints CA:TRUE' : '', f?.keyUsage?.has('keyCertSign') ? 'key usage keyCertSign' : ''].filter(Boolean);
      return what.length
        ? [
            {
              message: `The certificate ${label(leaf)} is a CA certificate (${what.join(', ')}); browsers refuse a CA certificate as a server certificate.`,
              fix: 'Reissue it as an end-entity certificate (basicConstraints CA:FALSE, key usage digitalSignature/keyEncipherment).',
            },
          ]
        : [];
    },
  },
  {
    name: 'leaf key usage',
    check: (ctx) => {
      const ku = facts(ctx.leaf)?.keyUsage;
      if (!ku || ku.has('digitalSignature') || ku.has('keyEncipherment') || ku.has('keyAgreement')) return [];
      return [
        {
          message: `The certificate ${label(ctx.leaf)} has a key usage (${[...ku].join(', ') || 'empty'}) without digitalSignature or keyEncipherment, so its key may not be used for TLS.`,
          fix: 'Reissue it with key usage digitalSignature (and keyEncipherment for RSA).',
        },
      ];
    },
  },
  {
    name: 'intermediate EKU',
    check: (ctx) =>
      intermediates(ctx).flatMap(([c]) => {
        const eku = facts(c)?.extKeyUsage;
        if (!eku || eku.includes('1.3.6.1.5.5.7.3.1')) return [];
        return [
          {
            message: `The issuer ${label(c)} restricts its extended key usage to ${eku.join(', ') || 'nothing'} without serverAuth, so the server certificates below it are refused.`,
            fix: 'Use an intermediate whose extended key usage includes serverAuth (ask the CA for its TLS issuing CA).',
          },
        ];
      }),
  },
  {
    // RFC 5280 4.1.2.2; Chrome's certificate parser and rustls-webpki refuse longer serials (a
    // leading zero octet that only keeps the number positive is not counted)
    name: 'serial number',
    check: (ctx) =>
      ctx.path.flatMap((c) => {
        const s = serialInfo(c);
        return s && s.octets > 20
          ? [{ message: `${label(c)} has a ${s.octets}-octet serial number; RFC 5280 allows at most 20 and browsers refuse longer ones.`, fix: reissueCa }]
          : [];
      }),
  },
  {
    // RFC 5280 4.1.2.6: a CA's subject must be non-empty (it is the issuer name of what it signs)
    name: 'CA subject',
    check: (ctx) =>
      cas(ctx)
        .filter(([c]) => {
          const subject = facts(c)?.subject;
          return subject !== undefined && rdnsOf(subject)?.length === 0;
        })
        .map(([c]) => ({
          message: `The CA certificate ${label(c)} has an empty subject; RFC 5280 requires a CA to have a distinguished name, and verifiers refuse it.`,
          fix: reissueCa,
        })),
  },
  {
    // a root that says it is not a CA, or whose key usage forbids signing certificates
    name: 'root basicConstraints',
    check: (ctx) => {
      const i = ctx.path.length - 1;
      if (i === 0 || !isRootAt(ctx, i)) return [];
      const root = ctx.path[i]!;
      const f = facts(root);
      const what = [
        f?.basicConstraints && !f.basicConstraints.ca ? 'basicConstraints CA:FALSE' : '',
        f?.basicConstraints && !f.basicConstraints.ca && f.basicConstraints.pathLen !== undefined ? 'a pathLenConstraint without CA:TRUE' : '',
        f?.keyUsage && !f.keyUsage.has('keyCertSign') ? 'a key usage without keyCertSign' : '',
      ].filter(Boolean);
      return what.length
        ? [
            {
              message: `The root ${label(root)} has ${what.join(' and ')}, which contradicts its role as the issuer of this path; browsers that enforce the anchor's constraints refuse it.`,
              fix: reissueCa,
            },
          ]
        : [];
    },
  },
  {
    name: 'X.509 v3',
    check: (ctx) =>
      ctx.path.flatMap((c) => {
        const v = facts(c)?.version;
        return v !== undefined && v < 3
          ? [{ message: `${label(c)} is an X.509 v${v} certificate; browsers require v3 (with extensions) throughout the path.`, fix: reissueCa }]
          : [];
      }),
  },
];

export const chainInvalid: ChainCheck = {
  rule: 'chain-invalid',
  execute: (ctx) => CONSTRAINTS.flatMap((k) => k.check(ctx).map((issue) => ({ ...issue, message: `${k.name}: ${issue.message}` }))),
};
