import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '../../src-main/shared/form/field-limits.ts';
import { handlerProfileSchema } from '../../src-main/shared/form/handler-profile.ts';
import { interventionEntrySchema } from '../../src-main/shared/form/intervention-entry.ts';
import {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  MATTER_ITEMS,
  categoryOfItem,
} from '../../src-main/shared/form/matter-category.ts';
import { recordSchema } from '../../src-main/shared/form/record.ts';
import { countChars } from '../../src-main/shared/form/text-field.ts';
import { unitSettingsSchema } from '../../src-main/shared/form/unit-settings.ts';
import { validEntry, validRecord } from './support/valid-record.ts';
import { issuesOf } from './support/zod-issues.ts';

const HAN = /\p{Script=Han}/u;
const DIGEST = 'ab'.repeat(32);

function entryWith(change: (entry: ReturnType<typeof validEntry>) => void) {
  const entry = validEntry();
  change(entry);
  return entry;
}

describe('a valid record', () => {
  it('parses unchanged', () => {
    const record = validRecord();
    expect(recordSchema.parse(record)).toEqual(record);
  });

  it('keeps 𠮷 (Extension B), 䶮 (Extension A) and 龘 exactly, everywhere text goes', () => {
    const record = validRecord();
    record.filer = '𠮷䶮';
    record.handler.name = '𠮷野龘';
    const entry = record.entries[0]!;
    entry.intervener.name = '刘䶮';
    entry.intervener.unit = '𠮷祥市龘龘局';
    entry.content = '他说：“𠮷日开标，䶮、龘两家必须入围。”\n第二句。';
    const parsed = recordSchema.parse(record);
    expect(parsed).toEqual(record);
    expect(parsed.handler.name).toBe('\u{20BB7}\u91CE\u9F98');
    expect(countChars(parsed.handler.name)).toBe(3);
    expect(parsed.entries[0]!.intervener.name).toBe('\u5218\u4DAE');
  });

  it('keeps characters from CJK Extensions C to H', () => {
    const rare = '\u{2A700}\u{2B740}\u{2B820}\u{2CEB0}\u{30000}\u{31350}';
    const entry = entryWith((e) => (e.intervener.name = rare));
    expect(interventionEntrySchema.parse(entry).intervener.name).toBe(rare);
  });

  it('normalises text to NFC and trims surrounding whitespace, the full-width space included', () => {
    const entry = entryWith((e) => {
      e.intervener.name = '\u3000 Jose\u0301 Zhang\t';
      e.content = '  第一行\r\n第二行\r第三行  ';
    });
    const parsed = interventionEntrySchema.parse(entry);
    expect(parsed.intervener.name).toBe('Jos\u00E9 Zhang');
    expect(parsed.content).toBe('第一行\n第二行\n第三行');
  });

  // Issue 13, item 9: a narrative begins with the customary two full-width spaces, like every paragraph after it.
  it('keeps the 　　 indent of the first paragraph of a narrative, and drops blank lines and spaces around it', () => {
    const entry = entryWith((e) => {
      e.content = '\n \u3000\u3000来电要求关照。\n\u3000\u3000第二段。\u3000\n';
      e.handling = '  \u3000当场拒绝。';
      e.intervener.name = '\u3000\u3000王某某';
    });
    const parsed = interventionEntrySchema.parse(entry);
    expect(parsed.content).toBe('\u3000\u3000来电要求关照。\n\u3000\u3000第二段。');
    expect(parsed.handling).toBe('\u3000当场拒绝。');
    expect(parsed.intervener.name).toBe('王某某');
  });

  it('still refuses a narrative of nothing but full-width spaces as not filled in', () => {
    const parsed = interventionEntrySchema.safeParse(entryWith((e) => (e.content = '\u3000\u3000\n\u3000')));
    expect(issuesOf(parsed).content).toEqual(['请填写具体干预内容']);
  });

  // What the earlier normalisation stored has no leading whitespace at all, so reading it again changes nothing.
  it('reads text normalised by the earlier rule unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\u3000', ' ', '\n', '字', 'a', '。') }), (typed) => {
        const before = typed.replace(/\r\n?/g, '\n').normalize('NFC').trim();
        fc.pre(before.length > 0);
        const parsed = interventionEntrySchema.parse(entryWith((e) => (e.content = before)));
        expect(parsed.content).toBe(before);
      }),
    );
  });

  it('folds a CJK compatibility ideograph to its unified form, as NFC requires', () => {
    expect(interventionEntrySchema.parse(entryWith((e) => (e.intervener.name = '\uF900'))).intervener.name).toBe('\u8C48');
  });

  it('accepts a date without a time, and a later discovery date', () => {
    const entry = entryWith((e) => {
      e.occurredAt = '2026-09-20';
      e.learnedOn = '2026-09-25';
    });
    expect(interventionEntrySchema.safeParse(entry).success).toBe(true);
  });
});

describe('missing fields are named in Chinese', () => {
  it.each([
    ['intervener.name', (e: ReturnType<typeof validEntry>) => (e.intervener.name = '   '), '请填写插手干预人姓名'],
    ['intervener.unit', (e: ReturnType<typeof validEntry>) => (e.intervener.unit = ''), '请填写插手干预人单位'],
    ['intervener.post', (e: ReturnType<typeof validEntry>) => (e.intervener.post = ''), '请填写插手干预人职务'],
    ['content', (e: ReturnType<typeof validEntry>) => (e.content = '\n\n'), '请填写具体干预内容'],
    ['handling', (e: ReturnType<typeof validEntry>) => (e.handling = ''), '请填写处置方式'],
    ['matter.name', (e: ReturnType<typeof validEntry>) => (e.matter.name = ''), '请填写重大事项名称'],
    ['occurredAt', (e: ReturnType<typeof validEntry>) => (e.occurredAt = ''), '请填写干预时间'],
  ])('%s', (path, change, message) => {
    expect(issuesOf(interventionEntrySchema.safeParse(entryWith(change)))[path]).toEqual([message]);
  });

  it('when a field is absent altogether', () => {
    const withoutContent: Partial<ReturnType<typeof validEntry>> = validEntry();
    delete withoutContent.content;
    expect(issuesOf(interventionEntrySchema.safeParse(withoutContent)).content).toEqual(['请填写具体干预内容']);
    const withoutFiler: Partial<ReturnType<typeof validRecord>> = validRecord();
    delete withoutFiler.filer;
    expect(issuesOf(recordSchema.safeParse(withoutFiler)).filer).toEqual(['请填写填报人']);
  });

  it('for the handler profile', () => {
    const issues = issuesOf(handlerProfileSchema.safeParse({}));
    expect(issues).toEqual({
      name: ['请填写承办人员姓名'],
      politicalStatus: ['请选择政治面貌'],
      workUnit: ['请填写工作单位'],
      currentPost: ['请填写现任职务'],
      dutyScope: ['请填写本人岗位职责'],
    });
  });

  it('for a record without entries', () => {
    expect(issuesOf(recordSchema.safeParse({ ...validRecord(), entries: [] })).entries).toEqual([
      '请至少填写一项干预具体情况',
    ]);
  });

  it('for the unit setting', () => {
    expect(issuesOf(unitSettingsSchema.safeParse({})).unitHasDisciplineBody).toEqual([
      '请说明本单位是否设有纪委（纪检组）',
    ]);
  });
});

describe('limits', () => {
  it(`accepts content of exactly ${CONTENT_MAX_CHARS} characters, counted by code point`, () => {
    const content = '𠮷'.repeat(CONTENT_MAX_CHARS);
    expect(content.length).toBe(CONTENT_MAX_CHARS * 2);
    expect(interventionEntrySchema.safeParse(entryWith((e) => (e.content = content))).success).toBe(true);
  });

  it('rejects oversized content with a message naming the limit', () => {
    const entry = entryWith((e) => (e.content = '字'.repeat(CONTENT_MAX_CHARS + 1)));
    expect(issuesOf(interventionEntrySchema.safeParse(entry)).content).toEqual([
      `具体干预内容不能超过${CONTENT_MAX_CHARS}个字（现为${CONTENT_MAX_CHARS + 1}个字）`,
    ]);
  });

  it('rejects an oversized name', () => {
    const entry = entryWith((e) => (e.intervener.name = '名'.repeat(PERSON_NAME_MAX_CHARS + 1)));
    expect(issuesOf(interventionEntrySchema.safeParse(entry))['intervener.name']).toEqual([
      `插手干预人姓名不能超过${PERSON_NAME_MAX_CHARS}个字（现为${PERSON_NAME_MAX_CHARS + 1}个字）`,
    ]);
  });

  it('keeps line breaks and tabs in long text but refuses other control characters', () => {
    expect(interventionEntrySchema.safeParse(entryWith((e) => (e.content = '甲\n\t乙'))).success).toBe(true);
    const withBell = entryWith((e) => (e.content = '甲\u0007乙'));
    expect(issuesOf(interventionEntrySchema.safeParse(withBell)).content).toEqual([
      '具体干预内容不能包含不可见的控制字符',
    ]);
  });

  it('refuses a line break inside a one-line field', () => {
    const entry = entryWith((e) => (e.intervener.name = '王\n某'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry))['intervener.name']).toEqual([
      '插手干预人姓名不能包含换行、制表符或其他不可见的控制字符',
    ]);
  });

  it('refuses a Unicode line separator inside a one-line field, and in long text', () => {
    const entry = entryWith((e) => {
      e.intervener.unit = '某局\u2028某处';
      e.content = '甲\u2029乙';
    });
    const issues = issuesOf(interventionEntrySchema.safeParse(entry));
    expect(issues['intervener.unit']).toEqual(['插手干预人单位不能包含换行、制表符或其他不可见的控制字符']);
    expect(issues.content).toEqual(['具体干预内容不能包含不可见的控制字符']);
  });

  it('refuses characters that would make a record display in another order than it reads', () => {
    const entry = entryWith((e) => (e.content = '同意\u202E意同不'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry)).content).toEqual([
      '具体干预内容不能包含改变文字显示方向的控制字符',
    ]);
  });

  it('refuses a lone surrogate', () => {
    const entry = entryWith((e) => (e.intervener.name = '王\uD842'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry))['intervener.name']).toEqual([
      '插手干预人姓名含有无法识别的字符，请删除后重新填写',
    ]);
  });
});

describe('method', () => {
  it('“other” needs a note saying which', () => {
    const entry = entryWith((e) => (e.method = 'other'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry)).methodNote).toEqual([
      '插手干预方式为“其他”时，请注明具体方式',
    ]);
    expect(interventionEntrySchema.safeParse({ ...entry, methodNote: '托人转交书信' }).success).toBe(true);
  });

  it('a note without “other” is refused rather than silently kept', () => {
    const entry = entryWith((e) => (e.methodNote = '托人转交书信'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry)).methodNote).toEqual([
      '只有插手干预方式为“其他”时才需注明具体方式',
    ]);
  });

  it('an unknown method is refused', () => {
    const entry = entryWith((e) => (e.method = 'fax'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry)).method).toEqual(['请选择插手干预方式']);
  });
});

describe('matter: an item must belong to its category', () => {
  const pairs = MATTER_CATEGORIES.flatMap((category) => MATTER_ITEMS.map((item) => [category, item] as const));

  it.each(pairs)('category %s with item %s', (category, item) => {
    const entry = entryWith((e) => (e.matter = { category, item, name: '某事项' }));
    const result = interventionEntrySchema.safeParse(entry);
    const belongs = MATTER_CATEGORY_INFO[category].items.includes(item);
    expect(belongs).toBe(categoryOfItem(item) === category);
    expect(result.success).toBe(belongs);
    if (!belongs) expect(issuesOf(result)['matter.item']?.[0]).toMatch(/^“.+”不属于第四条所列“.+”类重大事项，请重新选择$/);
  });

  it.each(MATTER_CATEGORIES)('category %s without a listed item', (category) => {
    const entry = entryWith((e) => (e.matter = { category, item: null, name: '某事项' }));
    expect(interventionEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('an unknown item is refused', () => {
    const entry = entryWith((e) => (e.matter.item = 'lottery'));
    expect(issuesOf(interventionEntrySchema.safeParse(entry))['matter.item']).toEqual(['所选重大事项不在第四条所列事项之内']);
  });
});

describe('kinds', () => {
  it('at least one', () => {
    expect(issuesOf(interventionEntrySchema.safeParse(entryWith((e) => (e.kinds = [])))).kinds).toEqual([
      '请至少选择一项第六条所列情形',
    ]);
  });

  it('no repeats, no strangers', () => {
    expect(issuesOf(interventionEntrySchema.safeParse(entryWith((e) => (e.kinds = ['lobbying', 'lobbying'])))).kinds).toEqual([
      '第六条所列情形不能重复选择',
    ]);
    expect(issuesOf(interventionEntrySchema.safeParse(entryWith((e) => (e.kinds = ['bribery']))))['kinds.0']).toEqual([
      '所选情形不在第六条所列情形之内',
    ]);
  });

  it('several at once', () => {
    const entry = entryWith((e) => (e.kinds = ['lobbying', 'probing', 'otherInterference']));
    expect(interventionEntrySchema.parse(entry).kinds).toEqual(['lobbying', 'probing', 'otherInterference']);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-30', '干预时间“2026-02-30”不是有效日期：2026年2月只有28天'],
    ['2028-02-30', '干预时间“2028-02-30”不是有效日期：2028年2月只有29天'],
    ['2026-13-01T09:00', '干预时间“2026-13-01T09:00”不是有效日期：月份应在01至12之间'],
    ['2026-9-30', '干预时间“2026-9-30”不是“YYYY-MM-DD”或“YYYY-MM-DDTHH:mm”格式的时间（例如 2026-09-30 或 2026-09-30T14:30）'],
    ['2026-09-30T24:00', '干预时间“2026-09-30T24:00”不是“YYYY-MM-DD”或“YYYY-MM-DDTHH:mm”格式的时间（例如 2026-09-30 或 2026-09-30T14:30）'],
    ['1999-12-31', '干预时间“1999-12-31”应在2000年至2099年之间'],
  ])('occurredAt %s is refused', (occurredAt, message) => {
    const issues = issuesOf(interventionEntrySchema.safeParse(entryWith((e) => (e.occurredAt = occurredAt))));
    expect(issues.occurredAt).toEqual([message]);
  });

  it('a filing date must be a real date', () => {
    expect(issuesOf(recordSchema.safeParse({ ...validRecord(), filedAt: '2026/09/30' })).filedAt).toEqual([
      '填报时间“2026/09/30”不是“YYYY-MM-DD”格式的日期（例如 2026-09-30）',
    ]);
  });

  it('discovery cannot precede the intervention', () => {
    const entry = entryWith((e) => {
      e.occurredAt = '2026-09-28T10:00';
      e.learnedOn = '2026-09-27';
    });
    expect(issuesOf(interventionEntrySchema.safeParse(entry)).learnedOn).toEqual(['发现日期不能早于干预时间']);
  });

  it('an intervention or discovery after the filing date is refused, naming the row', () => {
    const record = validRecord();
    record.entries.push(entryWith((e) => (e.occurredAt = '2026-10-02')));
    record.entries.push(entryWith((e) => (e.learnedOn = '2026-10-08')));
    const issues = issuesOf(recordSchema.safeParse(record));
    expect(issues['entries.1.occurredAt']).toEqual(['第2项干预时间晚于填报时间']);
    expect(issues['entries.2.learnedOn']).toEqual(['第3项发现日期晚于填报时间']);
  });
});

describe('versions and amendments', () => {
  it('version 1 names no amended version and no reason', () => {
    const issues = issuesOf(recordSchema.safeParse({ ...validRecord(), amendsDigest: DIGEST, amendmentReason: '更正' }));
    expect(issues.amendsDigest).toEqual(['第1版记录表没有被修订的版本，不应填写其摘要']);
    expect(issues.amendmentReason).toEqual(['第1版记录表不是修订，不应填写修订原因']);
  });

  it('a later version needs both', () => {
    const issues = issuesOf(recordSchema.safeParse({ ...validRecord(), version: 2 }));
    expect(issues.amendsDigest).toEqual(['第2版记录表须注明所修订版本的摘要']);
    expect(issues.amendmentReason).toEqual(['第2版记录表须填写修订原因']);
    const amended = { ...validRecord(), version: 2, status: 'finalized', amendsDigest: DIGEST.toUpperCase(), amendmentReason: '更正干预时间' };
    expect(recordSchema.parse(amended).amendsDigest).toBe(DIGEST);
  });

  it.each([0, 1.5, -1, '2'])('version %s is refused', (version) => {
    expect(issuesOf(recordSchema.safeParse({ ...validRecord(), version })).version).toEqual(['记录表版本号应为不小于1的整数']);
  });

  it('a digest that is not 64 hex characters is refused', () => {
    const record = { ...validRecord(), version: 2, amendsDigest: 'xyz', amendmentReason: '更正' };
    expect(issuesOf(recordSchema.safeParse(record)).amendsDigest).toEqual(['被修订版本的摘要应为64位十六进制字符']);
  });

  it('a stray field is refused by name', () => {
    expect(issuesOf(recordSchema.safeParse({ ...validRecord(), unitHasDisciplineBody: true }))['']).toEqual([
      '记录表中有不认识的字段：unitHasDisciplineBody',
    ]);
  });
});

describe('every refusal speaks Chinese', () => {
  it('whatever arrives instead of a record', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = recordSchema.safeParse(input);
        if (result.success) return;
        for (const issue of result.error.issues) expect(issue.message).toMatch(HAN);
      }),
    );
  });

  it('whatever arrives in place of any one field of an entry', () => {
    const fields = Object.keys(validEntry());
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const result = interventionEntrySchema.safeParse({ ...validEntry(), [field]: value });
        if (result.success) return;
        for (const issue of result.error.issues) expect(issue.message).toMatch(HAN);
      }),
    );
  });
});
