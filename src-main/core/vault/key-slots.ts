import { UserError } from '../errors.ts';
import type { RandomBytes } from '../clock.ts';
import { NONCE_BYTES, SALT_BYTES, SLOT_ID_BYTES, VAULT_KEY_BYTES, type KdfCost } from './crypto-params.ts';
import { slotAd, type KdfParams, type KeySlot, type PassphraseSlot, type VaultHeader } from './header.ts';
import { deriveKeyFromPassphrase, deriveKeyFromRecovery, open, seal } from './keyring.ts';
import type { Sodium } from './sodium.ts';

type Binding = Pick<VaultHeader, 'vaultId' | 'role'>;
type OpenableSlot = Exclude<KeySlot, { kind: 'legacyRecovery' }>;

interface SlotContext {
  sodium: Sodium;
  random: RandomBytes;
}

// A new slot for a passphrase: a fresh key pair and salt; the secret key is wrapped by the Argon2id key.
export function passphraseSlot(context: SlotContext, binding: Binding, vaultKey: Uint8Array, passphrase: string, cost: KdfCost): PassphraseSlot {
  const { sodium } = context;
  const kdf: KdfParams = { alg: 'argon2id13', ...cost, salt: sodium.to_base64(context.random(SALT_BYTES)) };
  const wrappingKey = deriveKeyFromPassphrase(sodium, passphrase, sodium.from_base64(kdf.salt), cost);
  const slot = { kind: 'passphrase' as const, id: newSlotId(context), kdf };
  return { ...slot, ...keyPairFor(context, binding, slot, wrappingKey, vaultKey) };
}

export function recoverySlot(context: SlotContext, binding: Binding, vaultKey: Uint8Array, recoveryBytes: Uint8Array): OpenableSlot {
  const wrappingKey = deriveKeyFromRecovery(context.sodium, recoveryBytes, context.sodium.from_base64(binding.vaultId));
  const slot = { kind: 'recovery' as const, id: newSlotId(context) };
  return { ...slot, ...keyPairFor(context, binding, slot, wrappingKey, vaultKey) };
}

// The vault key, if this passphrase opens this slot.
export function openPassphraseSlot(sodium: Sodium, binding: Binding, slot: PassphraseSlot, passphrase: string): Uint8Array | undefined {
  const cost = { opsLimit: slot.kdf.opsLimit, memLimitBytes: slot.kdf.memLimitBytes };
  return openSlot(sodium, binding, slot, deriveKeyFromPassphrase(sodium, passphrase, sodium.from_base64(slot.kdf.salt), cost));
}

export function openRecoverySlot(sodium: Sodium, binding: Binding, slot: OpenableSlot, recoveryBytes: Uint8Array): Uint8Array | undefined {
  return openSlot(sodium, binding, slot, deriveKeyFromRecovery(sodium, recoveryBytes, sodium.from_base64(binding.vaultId)));
}

// Seals a new vault key to a slot's public key: what a rotation does to every slot it keeps.
export function resealSlot(sodium: Sodium, slot: OpenableSlot, vaultKey: Uint8Array): OpenableSlot {
  return { ...slot, sealedVaultKey: sodium.to_base64(sodium.crypto_box_seal(vaultKey, sodium.from_base64(slot.publicKey))) };
}

function openSlot(sodium: Sodium, binding: Binding, slot: OpenableSlot, wrappingKey: Uint8Array): Uint8Array | undefined {
  const secretKey = open(sodium, wrappingKey, sealedBytes(sodium, slot.wrappedSecretKey), slotAd(binding, slot));
  sodium.memzero(wrappingKey);
  if (!secretKey) return undefined;
  try {
    const vaultKey = sodium.crypto_box_seal_open(sodium.from_base64(slot.sealedVaultKey), sodium.from_base64(slot.publicKey), secretKey);
    if (vaultKey.length !== VAULT_KEY_BYTES) throw new UserError('HEADER_TAMPERED');
    return vaultKey;
  } catch (error) {
    // The secret key authenticated, so a seal that does not open was not made by this program.
    if (error instanceof UserError) throw error;
    throw new UserError('HEADER_TAMPERED');
  } finally {
    sodium.memzero(secretKey);
  }
}

function keyPairFor(
  context: SlotContext,
  binding: Binding,
  slot: Pick<KeySlot, 'id' | 'kind'> & { kdf?: KdfParams },
  wrappingKey: Uint8Array,
  vaultKey: Uint8Array,
): { publicKey: string; wrappedSecretKey: { nonce: string; ciphertext: string }; sealedVaultKey: string } {
  const { sodium } = context;
  const keyPair = sodium.crypto_box_keypair();
  const wrapped = seal(sodium, wrappingKey, keyPair.privateKey, slotAd(binding, slot), context.random(NONCE_BYTES));
  sodium.memzero(wrappingKey);
  sodium.memzero(keyPair.privateKey);
  return {
    publicKey: sodium.to_base64(keyPair.publicKey),
    wrappedSecretKey: { nonce: sodium.to_base64(wrapped.nonce), ciphertext: sodium.to_base64(wrapped.ciphertext) },
    sealedVaultKey: sodium.to_base64(sodium.crypto_box_seal(vaultKey, keyPair.publicKey)),
  };
}

function newSlotId(context: SlotContext): string {
  return context.sodium.to_base64(context.random(SLOT_ID_BYTES));
}

export function sealedBytes(sodium: Sodium, sealed: { nonce: string; ciphertext: string }): { nonce: Uint8Array; ciphertext: Uint8Array } {
  return { nonce: sodium.from_base64(sealed.nonce), ciphertext: sodium.from_base64(sealed.ciphertext) };
}
