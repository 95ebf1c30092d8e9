import { z } from 'zod';
import '../shared/zod-messages.ts';
import type { Channel, ChannelOf } from './channels.ts';
import { backupReminderSchema } from '../shared/backup-reminder.ts';
import {
  bodySetUpInput,
  exportedFilesView,
  exportRoutesView,
  fileReportView,
  intakeCheckPaperInput,
  intakeForwardInput,
  importProgressView,
  intakeRef,
  keyFileView,
  receiptView,
  receivedRecordView,
  recordExportInput,
  exchangeRecordRef,
  trustedBodyView,
  trustKeyFileInput,
  signCalendarPackInput,
} from './exchange-schemas.ts';
import {
  addStepInput,
  annualSummaryView,
  assessInput,
  caseFileSchema,
  caseRef,
  caseworkSettingsSchema,
  changeReceivedOnInput,
  classifyIntervenerOrgInput,
  decideJurisdictionInput,
  findingAddInput,
  findingStepInput,
  findingView,
  inboxFilterSchema,
  inboxRowView,
  intervenerMergeInput,
  intervenerSplitInput,
  intervenerView,
  keyInPaperInput,
  savedSummaryOutput,
  summaryInput,
} from './casework-schemas.ts';
import {
  officeSetUpInput,
  officeSummaryInput,
  officeSummaryView,
  sealedSummaryInput,
  summaryImportOutput,
} from './office-schemas.ts';
import { profileSaveInput, profileView } from './profile-schemas.ts';
import { staffAddInput, staffRegisterInput, staffRemoveInput, staffView } from './staff-schemas.ts';
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
  recordListInput,
  recordListView,
  recordVersionRef,
  recordVersionView,
  recordWithdrawSubmissionInput,
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
  vaultVerificationView,
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
  'vault.verification': { input: empty, output: vaultVerificationView, ...unlocked },
  'vault.backup': { input: empty, output: fileActionOutput, ...unlocked },
  // Whether a record finalized since the last backup has waited longer than the setting allows.
  'vault.backupReminder': { input: empty, output: backupReminderSchema, ...unlocked },
  // On the unlock screen: a restored backup is opened with its own passphrase.
  'vault.restore': { input: vaultRestoreInput, output: fileActionOutput, ...open },
  'setup.printRecoverySheet': { input: recoverySheetInput, output: empty, ...unlocked },
  'setup.issueRecoveryKey': { input: empty, output: issuedRecoveryKeyView, ...unlocked },
  'setup.confirmRecoveryKey': { input: setupConfirmRecoveryKeyInput, output: empty, ...unlocked },
  'pdf.fonts': { input: empty, output: fontReportView, ...unlocked },
  'calendar.coverage': { input: empty, output: calendarCoverageView, ...unlocked },
  // An unsigned pack: refused unless the person confirmed the risk the page named (UNSIGNED_PACK_RISK).
  'calendar.importPack': {
    input: z.object({ acceptUnsignedRisk: z.boolean().optional() }).strict(),
    output: z.object({ done: z.boolean(), coverage: calendarCoverageView.nullable() }),
    ...unlocked,
  },
  'settings.get': { input: empty, output: settingsSchema, ...unlocked },
  'settings.save': { input: settingsSchema, output: settingsSchema, ...unlocked },
  'audit.list': { input: empty, output: z.array(auditEntryView), ...unlocked },
  'exchange.trustedKeys': { input: empty, output: z.array(trustedBodyView), ...unlocked },
  // Opens the file dialog and shows the chosen key file's fingerprint to compare with the printed notice.
  'exchange.chooseKeyFile': { input: empty, output: z.object({ done: z.boolean(), keyFile: keyFileView.nullable() }), ...unlocked },
  'exchange.trustKeyFile': { input: trustKeyFileInput, output: keyFileView, ...unlocked },
  // A pack signed by a body whose key this installation checked, taken in one step unless it conflicts.
  'calendar.importSignedPack': {
    input: empty,
    output: z.object({ done: z.boolean(), coverage: calendarCoverageView.nullable() }),
    ...unlocked,
  },
} satisfies Record<ChannelOf<'common'>, ChannelSpec>;

export const handlerContract = {
  'profile.get': { input: empty, output: profileView, ...unlocked },
  'profile.save': { input: profileSaveInput, output: profileView, ...unlocked },
  'record.list': { input: recordListInput, output: recordListView, ...unlocked },
  'record.get': { input: recordRef, output: recordDetailView, ...unlocked },
  // 填写记录表: opens the newest first draft nobody has written in yet, and creates one only when there is none.
  'record.create': { input: empty, output: recordDetailView, ...unlocked },
  'record.saveDraft': { input: recordSaveInput, output: recordDetailView, ...unlocked },
  'record.finalize': { input: recordRef, output: recordDetailView, ...unlocked },
  'record.amend': { input: recordAmendInput, output: recordDetailView, ...unlocked },
  'record.deleteDraft': { input: recordRef, output: empty, ...unlocked },
  'record.markSubmitted': { input: recordSubmitInput, output: recordDetailView, ...unlocked },
  // Takes back a 已报送 marked by mistake, on the day it was marked, with a reason for the audit trail.
  'record.withdrawSubmission': { input: recordWithdrawSubmissionInput, output: recordDetailView, ...unlocked },
  'record.version': { input: recordVersionRef, output: recordVersionView, ...unlocked },
  'record.assess': { input: recordAssessInput, output: assessmentView, ...unlocked },
  'record.print': { input: recordPrintInput, output: empty, ...unlocked },
  'record.savePdf': { input: recordPrintInput, output: fileActionOutput, ...unlocked },
  'record.exportRoutes': { input: exchangeRecordRef, output: exportRoutesView, ...unlocked },
  // 导出加密文件: one neutrally named file per recipient, into a folder the person chooses.
  'record.export': { input: recordExportInput, output: exportedFilesView, ...unlocked },
  'record.importReceipt': { input: empty, output: z.object({ done: z.boolean(), receipt: receiptView.nullable() }), ...unlocked },
  'record.receipts': { input: exchangeRecordRef, output: z.array(receiptView), ...unlocked },
} satisfies Record<ChannelOf<'handler'>, ChannelSpec>;

export const disciplineContract = {
  'body.status': { input: empty, output: keyFileView.nullable(), ...unlocked },
  'body.setUp': { input: bodySetUpInput, output: keyFileView, ...unlocked },
  'body.saveKeyFile': { input: empty, output: fileActionOutput, ...unlocked },
  'body.printKeyNotice': { input: empty, output: empty, ...unlocked },
  // An unsigned holiday pack chosen in the dialog, signed with the body's key for the handlers who checked it.
  'body.signCalendarPack': { input: signCalendarPackInput, output: fileActionOutput, ...unlocked },
  'intake.importFolder': { input: empty, output: z.object({ done: z.boolean(), reports: z.array(fileReportView) }), ...unlocked },
  // Record files picked one by one in the dialog (several at once), with the same per-file report.
  'intake.importFiles': { input: empty, output: z.object({ done: z.boolean(), reports: z.array(fileReportView) }), ...unlocked },
  // Polled by the page while an import runs: the answer to the import itself comes only at its end.
  'intake.progress': { input: empty, output: importProgressView, ...unlocked },
  'intake.list': { input: empty, output: z.array(receivedRecordView), ...unlocked },
  'intake.checkPaper': { input: intakeCheckPaperInput, output: receivedRecordView, ...unlocked },
  'intake.acceptKeyChange': { input: intakeRef, output: receivedRecordView, ...unlocked },
  'intake.exportReceipt': { input: intakeRef, output: fileActionOutput, ...unlocked },
  'intake.forward': { input: intakeForwardInput, output: fileActionOutput, ...unlocked },
  // Filters and searches the body's records; the rows are worked out in memory on each call, never stored.
  'casework.inbox': { input: inboxFilterSchema, output: z.array(inboxRowView), ...unlocked },
  'casework.get': { input: caseRef, output: caseFileSchema, ...unlocked },
  // 纸质记录表录入: a paper form keyed in by staff.
  'casework.keyInPaper': { input: keyInPaperInput, output: caseFileSchema, ...unlocked },
  'casework.changeReceivedOn': { input: changeReceivedOnInput, output: caseFileSchema, ...unlocked },
  'casework.classifyIntervenerOrg': { input: classifyIntervenerOrgInput, output: caseFileSchema, ...unlocked },
  'casework.assess': { input: assessInput, output: caseFileSchema, ...unlocked },
  'casework.addStep': { input: addStepInput, output: caseFileSchema, ...unlocked },
  'casework.decideJurisdiction': { input: decideJurisdictionInput, output: caseFileSchema, ...unlocked },
  'casework.getSettings': { input: empty, output: caseworkSettingsSchema, ...unlocked },
  // How many records and findings took each step kind: a used kind can be retired, never removed.
  'casework.stepKindUses': { input: empty, output: z.array(z.object({ key: z.string(), uses: z.number().int().min(1) })), ...unlocked },
  // The body's today by main's clock: the latest day a form on the casework screens may take.
  'casework.today': { input: empty, output: z.object({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), ...unlocked },
  'casework.saveSettings': { input: caseworkSettingsSchema, output: caseworkSettingsSchema, ...unlocked },
  'casework.summary': { input: summaryInput, output: annualSummaryView, ...unlocked },
  'casework.saveSummary': { input: summaryInput, output: savedSummaryOutput, ...unlocked },
  // The summary sealed to the 领导小组办公室's key and signed with the body's, saved where the person chooses.
  'casework.exportSealedSummary': { input: sealedSummaryInput, output: fileActionOutput, ...unlocked },
  // 签批: the head alone, with their own key.
  'casework.signOff': { input: summaryInput, output: annualSummaryView, ...unlocked },
  // The body's officers and head, each opening the vault with their own passphrase.
  'staff.list': { input: empty, output: z.array(staffView), ...unlocked },
  'staff.registerFirst': { input: staffRegisterInput, output: z.array(staffView), ...unlocked },
  'staff.add': { input: staffAddInput, output: z.array(staffView), ...unlocked },
  'staff.remove': { input: staffRemoveInput, output: z.array(staffView), ...unlocked },
  // Every record naming the same person (name and unit), with the body's manual merges.
  'intervener.list': { input: empty, output: z.array(intervenerView), ...unlocked },
  'intervener.merge': { input: intervenerMergeInput, output: z.array(intervenerView), ...unlocked },
  'intervener.split': { input: intervenerSplitInput, output: z.array(intervenerView), ...unlocked },
  // 第十条 and 第十一条 findings, each followed to its own disposition.
  'finding.list': { input: empty, output: z.array(findingView), ...unlocked },
  'finding.add': { input: findingAddInput, output: findingView, ...unlocked },
  'finding.addStep': { input: findingStepInput, output: findingView, ...unlocked },
} satisfies Record<ChannelOf<'discipline'>, ChannelSpec>;

export const officeContract = {
  'office.status': { input: empty, output: keyFileView.nullable(), ...unlocked },
  'office.setUp': { input: officeSetUpInput, output: keyFileView, ...unlocked },
  'office.saveKeyFile': { input: empty, output: fileActionOutput, ...unlocked },
  'office.printKeyNotice': { input: empty, output: empty, ...unlocked },
  // Units' sealed summaries, picked in the dialog or a whole folder, with one line per file.
  'office.importFiles': { input: empty, output: summaryImportOutput, ...unlocked },
  'office.importFolder': { input: empty, output: summaryImportOutput, ...unlocked },
  // Polled by the page while an import runs.
  'office.importProgress': { input: empty, output: importProgressView, ...unlocked },
  // One year across units: the body's tables by unit with totals, and the expected units that have not reported.
  'office.summary': { input: officeSummaryInput, output: officeSummaryView, ...unlocked },
  // The office's today by main's clock, from which the summary page proposes last year.
  'office.today': { input: empty, output: z.object({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), ...unlocked },
} satisfies Record<ChannelOf<'office'>, ChannelSpec>;

export const contract = { ...commonContract, ...handlerContract, ...disciplineContract, ...officeContract } satisfies Record<Channel, ChannelSpec>;

export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
