import { UserError } from '../../shared/errors.ts';
import type { RandomBytes } from '../clock.ts';
import { NONCE_BYTES, SALT_BYTES, SLOT_ID_BYTES, VAULT_KEY_BYTES, type KdfCost } from './crypto-params.ts';
import { costOf, slotAd, type KdfParams, type KeySlot, type VaultHeader } from './header.ts';
import { deriveKeyOffThread } from './kdf.ts';
import { deriveKeyFromRecovery, open, seal } from './keyring.ts';
import { ARGON2ID_ALG } from './kdf-policy.ts';
import type { Sodium } from './sodium.ts';

type Binding = Pick<VaultHeader, 'vaultId' | 'role'>;
export type OpenableSlot = Exclude<KeySlot, { kind: 'legacyRecovery' }>;
// A slot whose key pair exists but to which no vault key is sealed yet: sealing needs only the public key, so a
// rotation can make its new key first and seal it to every slot afterwards.
export type UnsealedSlot = Omit<OpenableSlot, 'sealedVaultKey'>;

interface SlotContext {
  sodium: Sodium;
  random: RandomBytes;
}

export function newKdfParams(context: SlotContext, cost: KdfCost): KdfParams {
  return { alg: ARGON2ID_ALG, ...cost, salt: context.sodium.to_base64(context.random(SALT_BYTES)) };
}

// Argon2id runs in a worker thread: at the default cost it takes about a second, which the main process must not
// spend frozen.
export function passphraseKey(sodium: Sodium, passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  return deriveKeyOffThread(passphrase, sodium.from_base64(kdf.salt), costOf(kdf), VAULT_KEY_BYTES);
}

// A new slot for a passphrase whose Argon2id key (`wrappingKey`, for `kdf`) has been derived. A replaced passphrase
// keeps its slot's id: the account, and whoever features say holds it, stays the same.
export function passphraseSlot(context: SlotContext, binding: Binding, wrappingKey: Uint8Array, kdf: KdfParams, id = newSlotId(context)): UnsealedSlot {
  const slot = { kind: 'passphrase' as const, id, kdf };
  return { ...slot, ...keyPairFor(context, binding, slot, wrappingKey) };
}

export function recoverySlot(context: SlotContext, binding: Binding, recoveryBytes: Uint8Array): UnsealedSlot {
  const wrappingKey = deriveKeyFromRecovery(context.sodium, recoveryBytes, context.sodium.from_base64(binding.vaultId));
  const slot = { kind: 'recovery' as const, id: newSlotId(context) };
  return { ...slot, ...keyPairFor(context, binding, slot, wrappingKey) };
}

// Seals a vault key to a slot's public key: what creating a slot and rotating the key do.
export function sealSlot(sodium: Sodium, slot: UnsealedSlot, vaultKey: Uint8Array): OpenableSlot {
  return { ...slot, sealedVaultKey: sodium.to_base64(sodium.crypto_box_seal(vaultKey, sodium.from_base64(slot.publicKey))) } as OpenableSlot;
}

export function openRecoverySlot(sodium: Sodium, binding: Binding, slot: OpenableSlot, recoveryBytes: Uint8Array): Uint8Array | undefined {
  return openSlot(sodium, binding, slot, deriveKeyFromRecovery(sodium, recoveryBytes, sodium.from_base64(binding.vaultId)));
}

// The vault key, if the wrapping key opens the slot's secret key. The wrapping key is zeroed.
export function openSlot(sodium: Sodium, binding: Binding, slot: OpenableSlot, wrappingKey: Uint8Array): Uint8Array | undefined {
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
): { publicKey: string; wrappedSecretKey: { nonce: string; ciphertext: string } } {
  const { sodium } = context;
  const keyPair = sodium.crypto_box_keypair();
  const wrapped = seal(sodium, wrappingKey, keyPair.privateKey, slotAd(binding, slot), context.random(NONCE_BYTES));
  sodium.memzero(wrappingKey);
  sodium.memzero(keyPair.privateKey);
  return {
    publicKey: sodium.to_base64(keyPair.publicKey),
    wrappedSecretKey: { nonce: sodium.to_base64(wrapped.nonce), ciphertext: sodium.to_base64(wrapped.ciphertext) },
  };
}

function newSlotId(context: SlotContext): string {
  return context.sodium.to_base64(context.random(SLOT_ID_BYTES));
}

export function sealedBytes(sodium: Sodium, sealed: { nonce: string; ciphertext: string }): { nonce: Uint8Array; ciphertext: Uint8Array } {
  return { nonce: sodium.from_base64(sealed.nonce), ciphertext: sodium.from_base64(sealed.ciphertext) };
}
