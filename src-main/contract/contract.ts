import { z } from 'zod';
import '../shared/zod-messages.ts';
import type { Channel, ChannelOf } from './channels.ts';
import { profileSaveInput, profileView } from './profile-schemas.ts';
import {
  assessmentView,
  calendarCoverageView,
  fontReportView,
  recordAmendInput,
  recordPrintInput,
  recoverySheetInput,
  recordAssessInput,
  recordDetailView,
  recordRef,
  recordSaveInput,
  recordSubmitInput,
  recordListView,
} from './record-schemas.ts';
import {
  auditEntryView,
  fileActionOutput,
  issuedRecoveryKeyView,
  settingsSchema,
  setupConfirmRecoveryKeyInput,
  vaultChangePassphraseInput,
  vaultCreateInput,
  vaultCreateOutput,
  vaultRecoverInput,
  vaultRestoreInput,
  vaultStatusSchema,
  vaultUnlockInput,
} from './vault-schemas.ts';

const empty = z.object({}).strict();

// What a channel is: the schemas of what the renderer may send and what main answers (main validates every input
// against the first; tests validate every output against the second), and whether it needs the vault unlocked.
// Dispatch checks that last once, so no service has to: a locked vault answers VAULT_LOCKED.
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  needsUnlocked: boolean;
}

const open = { needsUnlocked: false } as const;
const unlocked = { needsUnlocked: true } as const;

export const commonContract = {
  'app.about': {
    input: empty,
    output: z.object({ name: z.string(), version: z.string(), dataDir: z.string() }),
    ...open,
  },
  'vault.status': { input: empty, output: vaultStatusSchema, ...open },
  'vault.create': { input: vaultCreateInput, output: vaultCreateOutput, ...open },
  'vault.unlock': { input: vaultUnlockInput, output: vaultStatusSchema, ...open },
  'vault.lock': { input: empty, output: vaultStatusSchema, ...open },
  'vault.reportActivity': { input: empty, output: vaultStatusSchema, ...open },
  'vault.autoLock': { input: empty, output: vaultStatusSchema, ...open },
  'vault.recover': { input: vaultRecoverInput, output: vaultStatusSchema, ...open },
  'vault.changePassphrase': { input: vaultChangePassphraseInput, output: empty, ...unlocked },
  'vault.backup': { input: empty, output: fileActionOutput, ...unlocked },
  // On the unlock screen: a restored backup is opened with its own passphrase.
  'vault.restore': { input: vaultRestoreInput, output: fileActionOutput, ...open },
  'setup.printRecoverySheet': { input: recoverySheetInput, output: empty, ...unlocked },
  'setup.issueRecoveryKey': { input: empty, output: issuedRecoveryKeyView, ...unlocked },
  'setup.confirmRecoveryKey': { input: setupConfirmRecoveryKeyInput, output: empty, ...unlocked },
  'pdf.fonts': { input: empty, output: fontReportView, ...unlocked },
  'calendar.coverage': { input: empty, output: calendarCoverageView, ...unlocked },
  'calendar.importPack': {
    input: empty,
    output: z.object({ done: z.boolean(), coverage: calendarCoverageView }),
    ...unlocked,
  },
  'settings.get': { input: empty, output: settingsSchema, ...unlocked },
  'settings.save': { input: settingsSchema, output: settingsSchema, ...unlocked },
  'audit.list': { input: empty, output: z.array(auditEntryView), ...unlocked },
} satisfies Record<ChannelOf<'common'>, ChannelSpec>;

export const handlerContract = {
  'profile.get': { input: empty, output: profileView, ...unlocked },
  'profile.save': { input: profileSaveInput, output: profileView, ...unlocked },
  'record.list': { input: empty, output: recordListView, ...unlocked },
  'record.get': { input: recordRef, output: recordDetailView, ...unlocked },
  // 填写记录表: opens the newest first draft nobody has written in yet, and creates one only when there is none.
  'record.create': { input: empty, output: recordDetailView, ...unlocked },
  'record.saveDraft': { input: recordSaveInput, output: recordDetailView, ...unlocked },
  'record.finalize': { input: recordRef, output: recordDetailView, ...unlocked },
  'record.amend': { input: recordAmendInput, output: recordDetailView, ...unlocked },
  'record.deleteDraft': { input: recordRef, output: empty, ...unlocked },
  'record.markSubmitted': { input: recordSubmitInput, output: recordDetailView, ...unlocked },
  'record.assess': { input: recordAssessInput, output: assessmentView, ...unlocked },
  'record.print': { input: recordPrintInput, output: empty, ...unlocked },
  'record.savePdf': { input: recordPrintInput, output: fileActionOutput, ...unlocked },
} satisfies Record<ChannelOf<'handler'>, ChannelSpec>;

export const disciplineContract = {} satisfies Record<ChannelOf<'discipline'>, ChannelSpec>;

export const contract = { ...commonContract, ...handlerContract, ...disciplineContract } satisfies Record<Channel, ChannelSpec>;

export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
