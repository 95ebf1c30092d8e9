// A complete, valid record as a person would fill it in, for tests to vary one field at a time.
export function validEntry() {
  return {
    occurredAt: '2026-09-28T15:30',
    learnedOn: null as string | null,
    intervener: {
      name: '王某某',
      unit: '某省通信管理局',
      post: '副局长',
      level: 'departmentDeputy' as string,
      tenure: 'serving' as string,
    },
    method: 'phone' as string,
    methodNote: null as string | null,
    matter: { category: 'construction' as string, item: 'bidding' as string | null, name: '某数据中心机房改造工程招标' },
    kinds: ['lobbying'] as string[],
    content: '来电要求在评标中对某公司“多加关照”，并询问评标专家名单。',
    handling: '当场拒绝，告知须按程序办理，并于当日向分管领导报告。',
  };
}

export function validRecord() {
  return {
    filedAt: '2026-09-30',
    filer: '李某',
    handler: {
      name: '李某',
      politicalStatus: 'cpcMember' as string,
      workUnit: '某省通信管理局网络安全管理处',
      currentPost: '一级主任科员',
      dutyScope: '负责工程建设项目的招标组织和合同管理。',
    },
    entries: [validEntry()],
    status: 'draft' as string,
    version: 1,
    amendsDigest: null as string | null,
    amendmentReason: null as string | null,
  };
}
