import { describe, expect, it } from 'vitest';
import { missingFieldGroups } from '../../src-renderer/features/editor/missing-fields.ts';

const failing = (...names: (string | number)[][]) => names.map((name) => ({ name, errors: ['请填写'] }));

describe('the fields 完成填报 lists as missing', () => {
  it('orders them as the form reads, part by part, whatever order the validator found them in', () => {
    const groups = missingFieldGroups(
      failing(
        ['entries', 1, 'handling'],
        ['entries', 0, 'intervener', 'level'],
        ['handler', 'dutyScope'],
        ['entries', 0, 'occurredAt'],
        ['filer'],
        ['handler', 'name'],
        ['entries', 1, 'matter', 'category'],
        ['filedAt'],
      ),
    );
    expect(groups).toEqual([
      { title: null, fields: [{ name: ['filedAt'], label: '填报时间' }, { name: ['filer'], label: '填报人' }] },
      {
        title: '重大事项承办人员基本情况',
        fields: [
          { name: ['handler', 'name'], label: '姓名' },
          { name: ['handler', 'dutyScope'], label: '本人岗位职责' },
        ],
      },
      {
        title: '第1项干预具体情况',
        fields: [
          { name: ['entries', 0, 'occurredAt'], label: '时间' },
          { name: ['entries', 0, 'intervener', 'level'], label: '插手干预人情况（职务层次或职级）' },
        ],
      },
      {
        title: '第2项干预具体情况',
        fields: [
          { name: ['entries', 1, 'matter', 'category'], label: '重大事项类别' },
          { name: ['entries', 1, 'handling'], label: '处置方式' },
        ],
      },
    ]);
  });

  it('still lists a field it has no name for, by its own message, last in its part', () => {
    const groups = missingFieldGroups([
      { name: ['entries', 0, 'witness'], errors: ['请填写在场人员'] },
      { name: ['entries', 0, 'content'], errors: ['请填写具体干预内容'] },
    ]);
    expect(groups).toEqual([
      {
        title: '第1项干预具体情况',
        fields: [
          { name: ['entries', 0, 'content'], label: '具体干预内容' },
          { name: ['entries', 0, 'witness'], label: '请填写在场人员' },
        ],
      },
    ]);
  });
});
