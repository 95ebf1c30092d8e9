import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { RecordService } from './record-service.ts';

type RecordChannels =
  | 'record.list'
  | 'record.get'
  | 'record.create'
  | 'record.saveDraft'
  | 'record.finalize'
  | 'record.amend'
  | 'record.deleteDraft'
  | 'record.markSubmitted'
  | 'record.withdrawSubmission'
  | 'record.version'
  | 'record.assess';

export function recordHandlers(records: RecordService): FeatureHandlers<RecordChannels> {
  return {
    'record.list': (request) => records.list(request),
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
    'record.withdrawSubmission': ({ recordId, reason }) => records.withdrawSubmission(recordId, reason),
    'record.version': ({ recordId, version }) => records.version(recordId, version),
    'record.assess': ({ draft }) => records.assess(draft),
  };
}
