import type { VaultService } from '../core/vault/vault-service.ts';

// Main checks the idle time on its own too, so the keys leave memory on time even when the page makes no further
// request (closed, crashed, frozen). It leaves the page the grace period to save and lock first.
export const IDLE_CHECK_INTERVAL_MS = 15_000;

// Returns the function that stops it. onLocked runs after each lock the timer makes.
export function startIdleLockTimer(
  vault: Pick<VaultService, 'lockIfIdleAfterGrace'>,
  intervalMs = IDLE_CHECK_INTERVAL_MS,
  onLocked: () => void = () => undefined,
): () => void {
  const timer = setInterval(() => {
    if (vault.lockIfIdleAfterGrace()) onLocked();
  }, intervalMs);
  return () => clearInterval(timer);
}
