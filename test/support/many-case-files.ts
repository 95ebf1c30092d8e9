import { caseFileSchema, type CaseFile } from '../../src-main/shared/casework/case-file.ts';
import { INTERVENTION_ELEMENTS } from '../../src-main/shared/casework/assessment.ts';
import { addDays } from '../../src-main/shared/calendar/iso-date.ts';

const CATEGORIES = ['personnel', 'projectArrangement', 'construction', 'disciplineSupervision', 'other'] as const;
const METHODS = ['inPerson', 'phone', 'wechat', 'sms'] as const;
const LEVELS = ['departmentDeputy', 'divisionPrincipal', 'divisionDeputy', 'secondResearcher', 'unknown'] as const;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

// Case files of the size a body keeps: a record of one or two interventions with a paragraph of content, an
// assessment on most, a few disposition steps on some. Spread over 2026 so the year's summary takes them all.
export function manyCaseFiles(count: number): CaseFile[] {
  return Array.from({ length: count }, (_, index) => {
    const filedAt = addDays('2026-01-05', index % 340);
    const occurredAt = `${addDays(filedAt, -(index % 3))}T10:00`;
    const receivedOn = addDays(filedAt, index % 9);
    const entries = Array.from({ length: 1 + (index % 2) }, (_, position) => ({
      occurredAt,
      learnedOn: null,
      intervener: {
        name: `${SURNAMES[(index + position) % SURNAMES.length] ?? '王'}某${index % 97}`,
        unit: `某省通信管理局第${index % 31}处`,
        post: '副局长',
        level: LEVELS[(index + position) % LEVELS.length],
        tenure: 'serving',
      },
      method: METHODS[index % METHODS.length],
      methodNote: null,
      matter: { category: CATEGORIES[(index + position) % CATEGORIES.length], item: null, name: `某项目（第${index}号）` },
      kinds: ['lobbying'],
      content: '来电询问招标评审进度，要求在评分时对某公司给予照顾，称该公司与其熟识，并暗示如不照顾将影响本人后续工作安排。'.repeat(4),
      handling: '当即明确拒绝，告知评审严格按照招标文件和评分细则进行，并将来电情况如实记录。',
    }));
    return caseFileSchema.parse({
      entry: {
        recordId: `B${String(index).padStart(6, '0')}`,
        source: index % 4 === 0 ? 'paperEntry' : 'importedFile',
        record: {
          filedAt,
          filer: '张明',
          handler: { name: `承办人${index % 50}`, politicalStatus: 'cpcMember', workUnit: `某局第${index % 12}处`, currentPost: '科长', dutyScope: '负责项目招标。' },
          entries,
          status: 'finalized',
          version: 1,
          amendsDigest: null,
          amendmentReason: null,
        },
        importedOn: receivedOn,
        receivedOn,
        receivedOnChanges: [],
        intervenerOrgKinds: entries.map(() => null),
      },
      assessments:
        index % 5 === 0
          ? []
          : [
              {
                conclusion: index % 3 === 0 ? 'intervention' : 'problemClue',
                elementsPresent: index % 3 === 0 ? [...INTERVENTION_ELEMENTS] : [],
                reasons: '依据记录内容研判。',
                assessor: '赵某',
                assessedOn: receivedOn,
                outcome: null,
                outcomeNote: null,
              },
            ],
      disposition: index % 2 === 0 ? [{ kind: 'registration', by: '赵某', on: receivedOn, what: '登记备案。', notes: null }] : [],
      jurisdiction: null,
    });
  });
}
