// The catalog of certificate checks, in the order their findings are reported. Each entry is one
// rule of src/rules.ts; its unit sits beside this file under the rule's id.
import type { ChainCheck } from './check.js';
import { certExpired } from './cert-expired.js';
import { certExpiresSoon } from './cert-expires-soon.js';
import { certHostMismatch } from './cert-host-mismatch.js';
import { certNonconforming } from './cert-nonconforming.js';
import { certNoSan } from './cert-no-san.js';
import { certNoServerAuth } from './cert-no-server-auth.js';
import { certNotYetValid } from './cert-not-yet-valid.js';
import { certWeakKey } from './cert-weak-key.js';
import { certWeakSignature } from './cert-weak-signature.js';
import { chainExtra } from './chain-extra.js';
import { chainIncomplete } from './chain-incomplete.js';
import { chainInvalid } from './chain-invalid.js';
import { chainOrder } from './chain-order.js';
import { chainRootIncluded } from './chain-root-included.js';
import { chainUntrusted } from './chain-untrusted.js';
import { tlsChainIncomplete } from './tls-chain-incomplete.js';

export const CHAIN_CHECKS: readonly ChainCheck[] = [
  chainRootIncluded,
  chainUntrusted,
  chainIncomplete,
  tlsChainIncomplete,
  chainExtra,
  chainOrder,
  certNotYetValid,
  certExpired,
  certExpiresSoon,
  certHostMismatch,
  certNoSan,
  certWeakKey,
  certWeakSignature,
  certNoServerAuth,
  chainInvalid,
  certNonconforming,
];

export type { ChainCheck, Issue, PathContext } from './check.js';
