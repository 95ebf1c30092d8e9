import type { AuditEntry } from '../../shared/audit-event.ts';
import { staffAddSchema, staffLabel, type StaffAdd, type StaffMember, type StaffRole } from '../../shared/staff/staff-member.ts';
import { UserError } from '../../shared/errors.ts';
import type { Clock, RandomBytes } from '../clock.ts';
import { loadSodium } from '../vault/sodium.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { auditSignatureStatus, type AuditSignatureStatus } from './audit-signature-check.ts';
import { staffAuditSigner } from './staff-audit-signer.ts';
import { staffMemberKind } from './staff-kinds.ts';

const MEMBER_ID_BYTES = 16;
const SIGN_SEED_BYTES = 32;

export interface StaffView {
  id: string;
  name: string;
  role: StaffRole;
  addedAt: string;
  removedAt: string | null;
  // The one who opened the vault this session.
  current: boolean;
}

// Who is working: the member whose account opened the vault, able to sign with their own key.
export interface StaffSigner {
  name: string;
  role: StaffRole;
  label: string;
  signPublicKey: string;
  sign(message: Uint8Array): Promise<string>;
}

interface NewMember {
  id: string;
  member: Omit<StaffMember, 'slotId'>;
  note: string;
}

function refused(message: string): UserError {
  return new UserError('CASEWORK_REFUSED', message);
}

// A discipline body's officers and head on one installation, each with a vault account of their own (the vault's
// key slots). Adding a person seals the vault key to their new slot; removing one rotates the vault key. Every audit
// entry a member causes while their account is open carries their name and their signature.
export class StaffService {
  private readonly vault: VaultService;
  private readonly clock: Clock;
  private readonly random: RandomBytes;

  constructor(vault: VaultService, clock: Clock, random: RandomBytes) {
    this.vault = vault;
    this.clock = clock;
    this.random = random;
    vault.signAuditEntriesWith(staffAuditSigner);
  }

  private rows(): { id: string; member: StaffMember }[] {
    return this.vault
      .table(staffMemberKind)
      .list()
      .map(({ id, value }) => ({ id, member: value }));
  }

  private currentRow(): { id: string; member: StaffMember } | undefined {
    const slotId = this.vault.openedAccount();
    return slotId === undefined ? undefined : this.rows().find(({ member }) => member.slotId === slotId && member.removedAt === null);
  }

  list(): StaffView[] {
    const current = this.currentRow()?.id;
    return this.rows()
      .map(({ id, member }) => ({ id, name: member.name, role: member.role, addedAt: member.addedAt, removedAt: member.removedAt, current: id === current }))
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  }

  current(): StaffSigner | null {
    const row = this.currentRow();
    const seed = row?.member.signSeed;
    if (!row || seed === null || seed === undefined) return null;
    const { member } = row;
    return {
      name: member.name,
      role: member.role,
      label: staffLabel(member),
      signPublicKey: member.signPublicKey,
      sign: async (message) => {
        const sodium = await loadSodium();
        const keys = sodium.crypto_sign_seed_keypair(sodium.from_hex(seed));
        try {
          return sodium.to_hex(sodium.crypto_sign_detached(message, keys.privateKey));
        } finally {
          sodium.memzero(keys.privateKey);
        }
      },
    };
  }

  // Each entry's signature checked against the key of the member it names, removed members' included.
  auditSignatures(entries: readonly AuditEntry[]): (AuditSignatureStatus | undefined)[] {
    const publicKeys = new Map(this.rows().map(({ id, member }) => [id, member.signPublicKey]));
    const sodium = this.vault.sodium();
    return entries.map((entry) => auditSignatureStatus(entry, publicKeys, sodium));
  }

  // The person who set the installation up names themselves: the account they opened it with becomes theirs.
  async registerFirst(input: StaffAdd): Promise<StaffView[]> {
    const checked = staffAddSchema.safeParse(input);
    if (!checked.success) throw refused(checked.error.issues[0]?.message ?? '填写内容有误');
    if (this.rows().length > 0) throw refused('本机已登记工作人员，请由已登记的人员增加新账户');
    const slotId = this.vault.openedAccount();
    if (slotId === undefined) throw refused('使用恢复密钥打开后不能登记工作人员，请用口令重新解锁');
    const holder = await this.newMember(checked.data, '登记');
    this.vault.change({ action: 'staffAdded', note: holder.note }, () => this.putMember(holder, slotId));
    return this.list();
  }

  // Another officer or the head, with their own passphrase: they will open the vault with it themselves.
  async add(input: StaffAdd, passphrase: string): Promise<StaffView[]> {
    const checked = staffAddSchema.safeParse(input);
    if (!checked.success) throw refused(checked.error.issues[0]?.message ?? '填写内容有误');
    const by = this.requireCurrent();
    if (checked.data.role === 'head' && this.rows().some(({ member }) => member.role === 'head' && member.removedAt === null)) {
      throw refused('本机已有纪检组织主要负责人；更换时请先删除原负责人的账户');
    }
    const holder = await this.newMember(checked.data, `${by.label}增加`);
    await this.vault.addAccount(passphrase, (slotId) => {
      this.putMember(holder, slotId);
      return { action: 'staffAdded', note: holder.note };
    });
    return this.list();
  }

  // Their account goes and the vault key is rotated: the removed passphrase, and any copy of the file's header
  // taken before, opens nothing any more. Their row stays, without their seed but with their public key, so the
  // trail keeps naming them and their past entries keep verifying.
  async remove(id: string): Promise<StaffView[]> {
    const by = this.requireCurrent();
    const row = this.rows().find((each) => each.id === id);
    if (!row || row.member.removedAt !== null) throw refused('找不到该工作人员，或其账户已删除');
    if (row.member.slotId === this.vault.openedAccount()) throw refused('不能删除自己正在使用的账户');
    const removed = { ...row.member, signSeed: null, removedAt: this.clock.now().toISOString() };
    await this.vault.removeAccount(row.member.slotId, () => {
      this.vault.table(staffMemberKind).put(id, removed);
      return { action: 'staffRemoved', note: `${by.label}删除${staffLabel(removed)}的账户` };
    });
    return this.list();
  }

  private requireCurrent(): StaffSigner {
    const current = this.current();
    if (!current) throw refused('请先登记本账户的使用人（设置 → 工作人员）');
    return current;
  }

  // The new member's key pair and row id, made before the transaction that writes them (libsodium loads async).
  private async newMember(input: StaffAdd, how: string): Promise<NewMember> {
    const sodium = await loadSodium();
    const seed = this.random(SIGN_SEED_BYTES);
    const keys = sodium.crypto_sign_seed_keypair(seed);
    sodium.memzero(keys.privateKey);
    const member = {
      ...input,
      signSeed: sodium.to_hex(seed),
      signPublicKey: sodium.to_hex(keys.publicKey),
      addedAt: this.clock.now().toISOString(),
      removedAt: null,
    };
    const id = Buffer.from(this.random(MEMBER_ID_BYTES)).toString('hex');
    return { id, member, note: `${how}${staffLabel(member)}` };
  }

  private putMember(holder: NewMember, slotId: string): void {
    this.vault.table(staffMemberKind).put(holder.id, { ...holder.member, slotId });
  }
}
