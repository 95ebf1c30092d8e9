import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { CaseworkService } from './casework-service.ts';

type CaseworkChannels =
  | 'casework.inbox'
  | 'casework.get'
  | 'casework.keyInPaper'
  | 'casework.changeReceivedOn'
  | 'casework.classifyIntervenerOrg'
  | 'casework.assess'
  | 'casework.addStep'
  | 'casework.decideJurisdiction'
  | 'casework.getSettings'
  | 'casework.stepKindUses'
  | 'casework.today'
  | 'casework.saveSettings'
  | 'casework.summary'
  | 'casework.saveSummary'
  | 'casework.signOff'
  | 'intervener.list'
  | 'intervener.merge'
  | 'intervener.split'
  | 'finding.list'
  | 'finding.add'
  | 'finding.addStep';

export function caseworkHandlers(casework: CaseworkService): FeatureHandlers<CaseworkChannels> {
  return {
    'casework.inbox': (filter) => casework.inbox(filter),
    'casework.get': ({ recordId }) => casework.get(recordId),
    'casework.keyInPaper': ({ record, paperFingerprint }) => casework.keyInPaper(record, paperFingerprint ?? null),
    'casework.changeReceivedOn': ({ recordId, change }) => casework.changeReceivedOn(recordId, change),
    'casework.classifyIntervenerOrg': ({ recordId, entryIndex, orgKind }) => casework.classifyIntervenerOrg(recordId, entryIndex, orgKind),
    'casework.assess': ({ recordId, assessment }) => casework.assess(recordId, assessment),
    'casework.addStep': ({ recordId, step }) => casework.addStep(recordId, step),
    'casework.decideJurisdiction': ({ recordId, decision }) => casework.decideJurisdiction(recordId, decision),
    'casework.getSettings': () => casework.settings(),
    'casework.stepKindUses': () => casework.stepKindUses(),
    'casework.today': () => ({ today: casework.todayInChina() }),
    'casework.saveSettings': (settings) => casework.saveSettings(settings),
    'casework.summary': (request) => casework.summary(request),
    'casework.saveSummary': async (request) => {
      const saved = await casework.saveSummary(request);
      return saved ? { done: true, ...saved } : { done: false, pdfPath: null, xlsxPath: null };
    },
    'casework.signOff': (request) => casework.signOff(request),
    'intervener.list': () => casework.interveners(),
    'intervener.merge': ({ keys }) => casework.mergeInterveners(keys),
    'intervener.split': ({ mergeId }) => casework.splitIntervener(mergeId),
    'finding.list': () => casework.findings(),
    'finding.add': ({ finding }) => casework.addFinding(finding),
    'finding.addStep': ({ id, step }) => casework.addFindingStep(id, step),
  };
}
