// A record of typical size: one intervention entry with a few paragraphs of content, about 1.5 KB of JSON.
export function typicalRecordContent(index: number): unknown {
  return {
    filedAt: '2026-11-26T10:00:00+08:00',
    filer: '张明',
    handler: { name: '张明', politicalStatus: 'cpcMember', workUnit: '某省通信管理局', currentPost: '综合处副处长', dutyScope: '负责本单位干部人事及工程项目招标相关具体工作' },
    entries: [
      {
        occurredAt: '2026-11-24T15:30:00+08:00',
        intervener: { name: '李某某', unit: '某单位', post: '副局长', level: 'departmentDeputy', tenure: 'serving' },
        method: 'phone',
        matter: { category: 'construction', item: 'bidding', name: `某机房改造工程招标（第${index}号）` },
        kinds: ['lobbying'],
        content:
          '来电询问招标评审进度，要求在评分时对某公司给予照顾，称该公司与其熟识，并暗示如不照顾将影响本人后续工作安排。'.repeat(6),
        handling: '当即明确拒绝，告知评审严格按照招标文件和评分细则进行，并将来电情况如实记录。',
      },
    ],
  };
}
