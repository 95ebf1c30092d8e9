import type { Services } from '../../core/services.ts';
import type { Handlers } from '../handlers.ts';

const PACK_FILTERS = [{ name: '日历数据包', extensions: ['json'] }];

type RecordChannels =
  | 'record.list'
  | 'record.get'
  | 'record.create'
  | 'record.saveDraft'
  | 'record.finalize'
  | 'record.amend'
  | 'record.deleteDraft'
  | 'record.markSubmitted'
  | 'record.assess'
  | 'calendar.coverage'
  | 'calendar.importPack';

export function recordHandlers({ records, calendar, vault, dialogs }: Services): Pick<Handlers, RecordChannels> {
  return {
    'record.list': () => records.list(),
    'record.get': ({ recordId }) => records.detail(recordId),
    'record.create': () => records.create(),
    'record.saveDraft': ({ recordId, draft }) => records.saveDraft(recordId, draft),
    'record.finalize': ({ recordId }) => records.finalize(recordId),
    'record.amend': ({ recordId, reason }) => records.amend(recordId, reason),
    'record.deleteDraft': ({ recordId }) => {
      records.deleteDraft(recordId);
      return {};
    },
    'record.markSubmitted': ({ recordId, submittedOn }) => records.markSubmitted(recordId, submittedOn),
    'record.assess': ({ draft }) => {
      vault.require();
      return records.assess(draft);
    },
    'calendar.coverage': () => {
      vault.require();
      return calendar.coverage();
    },
    'calendar.importPack': async () => {
      vault.require();
      const path = await dialogs.chooseOpenPath({ title: '选择日历数据包', filters: PACK_FILTERS });
      if (!path) return { done: false, coverage: calendar.coverage() };
      return { done: true, coverage: await calendar.importFile(path) };
    },
  };
}
