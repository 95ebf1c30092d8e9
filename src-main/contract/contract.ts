import { z } from 'zod';
import type { Channel } from './channels.ts';
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

// Channel → schemas of what the renderer may send and what main answers. Main validates every input against
// these; tests also validate every output.
export const contract = {
  'app.about': {
    input: empty,
    output: z.object({ name: z.string(), version: z.string(), dataDir: z.string() }),
  },
  'vault.status': { input: empty, output: vaultStatusSchema },
  'vault.create': { input: vaultCreateInput, output: vaultCreateOutput },
  'vault.unlock': { input: vaultUnlockInput, output: vaultStatusSchema },
  'vault.lock': { input: empty, output: vaultStatusSchema },
  'vault.reportActivity': { input: empty, output: vaultStatusSchema },
  'vault.autoLock': { input: empty, output: vaultStatusSchema },
  'vault.recover': { input: vaultRecoverInput, output: vaultStatusSchema },
  'vault.changePassphrase': { input: vaultChangePassphraseInput, output: empty },
  'vault.backup': { input: empty, output: fileActionOutput },
  'vault.restore': { input: vaultRestoreInput, output: fileActionOutput },
  'profile.get': { input: empty, output: profileView },
  'profile.save': { input: profileSaveInput, output: profileView },
  'record.list': { input: empty, output: recordListView },
  'record.get': { input: recordRef, output: recordDetailView },
  // 填写记录表: opens the newest first draft nobody has written in yet, and creates one only when there is none.
  'record.create': { input: empty, output: recordDetailView },
  'record.saveDraft': { input: recordSaveInput, output: recordDetailView },
  'record.finalize': { input: recordRef, output: recordDetailView },
  'record.amend': { input: recordAmendInput, output: recordDetailView },
  'record.deleteDraft': { input: recordRef, output: empty },
  'record.markSubmitted': { input: recordSubmitInput, output: recordDetailView },
  'record.assess': { input: recordAssessInput, output: assessmentView },
  'record.print': { input: recordPrintInput, output: empty },
  'record.savePdf': { input: recordPrintInput, output: fileActionOutput },
  'setup.printRecoverySheet': { input: recoverySheetInput, output: empty },
  'setup.issueRecoveryKey': { input: empty, output: issuedRecoveryKeyView },
  'setup.confirmRecoveryKey': { input: setupConfirmRecoveryKeyInput, output: empty },
  'pdf.fonts': { input: empty, output: fontReportView },
  'calendar.coverage': { input: empty, output: calendarCoverageView },
  'calendar.importPack': { input: empty, output: z.object({ done: z.boolean(), coverage: calendarCoverageView }) },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.save': { input: settingsSchema, output: settingsSchema },
  'audit.list': { input: empty, output: z.array(auditEntryView) },
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
