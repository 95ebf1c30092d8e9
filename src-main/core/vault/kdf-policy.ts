import { UserError } from '../../shared/errors.ts';
import { DEFAULT_KDF_COST, type KdfCost } from './crypto-params.ts';

// The header's checksum is unkeyed, so its KDF fields are whatever the file says. The only costs worth running are
// the ones this program writes: the default, and the cost the services were built with (tests inject a cheap one
// through createServices, never through a file). Anything else is refused before a single pass of Argon2id runs.
export const ARGON2ID_ALG = 'argon2id13';

export interface DeclaredKdf extends KdfCost {
  alg: string;
}

export function acceptedCosts(configured: KdfCost): KdfCost[] {
  return sameCost(configured, DEFAULT_KDF_COST) ? [DEFAULT_KDF_COST] : [DEFAULT_KDF_COST, configured];
}

// Undefined when the header may be opened. A cost above the most this program writes, in either dimension, is
// refused as raised even when the other dimension is lower: running it is the harm (a frozen or crashed unlock).
export function checkHeaderCost(declared: DeclaredKdf, configured: KdfCost): UserError | undefined {
  if (declared.alg !== ARGON2ID_ALG) return new UserError('KDF_ALG_UNSUPPORTED');
  const accepted = acceptedCosts(configured);
  if (accepted.some((cost) => sameCost(cost, declared))) return undefined;
  const mostOps = Math.max(...accepted.map((cost) => cost.opsLimit));
  const mostMemBytes = Math.max(...accepted.map((cost) => cost.memLimitBytes));
  if (declared.opsLimit > mostOps || declared.memLimitBytes > mostMemBytes) return new UserError('KDF_COST_RAISED');
  return new UserError('HEADER_TAMPERED');
}

function sameCost(a: KdfCost, b: KdfCost): boolean {
  return a.opsLimit === b.opsLimit && a.memLimitBytes === b.memLimitBytes;
}

// As a header check: throws the refusal, so a header is decoded only if every cost in it may run.
export function requireAcceptedCost(configured: KdfCost): (declared: DeclaredKdf) => void {
  return (declared) => {
    const refusal = checkHeaderCost(declared, configured);
    if (refusal) throw refusal;
  };
}
