import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Input as ChannelInput } from '../../../src-main/contract/index.ts';
import { ASSESSMENT_CONCLUSIONS, ASSESSMENT_CONCLUSION_LABELS, NOT_ASSESSED_LABEL } from '../../../src-main/shared/casework/assessment.ts';
import { DISPOSITION_STATUSES, DISPOSITION_STATUS_LABELS } from '../../../src-main/shared/casework/disposition.ts';
import { INTAKE_SOURCES, INTAKE_SOURCE_LABELS } from '../../../src-main/shared/casework/inbox-entry.ts';
import { TIMELINESS_VERDICTS, TIMELINESS_VERDICT_LABELS } from '../../../src-main/shared/casework/timeliness.ts';
import { MATTER_CATEGORIES, MATTER_CATEGORY_INFO } from '../../../src-main/shared/form/matter-category.ts';

export type InboxFilter = ChannelInput<'casework.inbox'>;

export const JURISDICTION_FILTER_LABELS = {
  bureauLevel: '涉及司局级领导干部',
  rankUnknown: '职务职级不详',
  needsDecision: '待作管辖判断',
  toForward: '径报或移送其他纪检组织',
} as const;

const options = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) => keys.map((value) => ({ value, label: labels[value] }));

const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];

function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

// One control per column of the inbox; every one narrows the rows main works out in memory.
export function InboxFilters({ filter, onChange }: { filter: InboxFilter; onChange: (next: InboxFilter) => void }) {
  const set = <K extends keyof InboxFilter>(key: K, value: InboxFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === null || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const selectStyle = { width: 170 };
  return (
    <Space wrap style={{ marginBottom: 12 }} role="group" aria-label="筛选条件">
      <Input.Search
        allowClear
        aria-label="全文查找"
        placeholder="查找记录内容、姓名、单位、研判理由……"
        style={{ width: 320 }}
        defaultValue={filter.text ?? ''}
        onChange={(event) => set('text', event.target.value)}
      />
      <Select
        allowClear
        aria-label="来源"
        placeholder="来源"
        style={selectStyle}
        value={filter.source}
        options={options(INTAKE_SOURCES, INTAKE_SOURCE_LABELS)}
        onChange={(value) => set('source', value)}
      />
      <Input
        allowClear
        aria-label="承办人员所在单位"
        placeholder="承办人员所在单位"
        style={selectStyle}
        value={filter.handlerUnit ?? ''}
        onChange={(event) => set('handlerUnit', event.target.value)}
      />
      <InputNumber
        aria-label="填报年度"
        placeholder="填报年度"
        min={2000}
        max={2099}
        style={{ width: 110 }}
        value={filter.filedYear ?? null}
        onChange={(value) => set('filedYear', value ?? undefined)}
      />
      <DatePicker.RangePicker
        aria-label="收到日期范围"
        placeholder={['收到日期起', '收到日期止']}
        onChange={(range: [Dayjs | null, Dayjs | null] | null) => {
          const [from, to] = range ?? [null, null];
          const next = { ...filter };
          delete next.receivedFrom;
          delete next.receivedTo;
          if (from) next.receivedFrom = from.format('YYYY-MM-DD');
          if (to) next.receivedTo = to.format('YYYY-MM-DD');
          onChange(next);
        }}
      />
      <Select
        allowClear
        aria-label="报告时效"
        placeholder="报告时效"
        style={selectStyle}
        value={filter.timeliness}
        options={options(TIMELINESS_VERDICTS, TIMELINESS_VERDICT_LABELS)}
        onChange={(value) => set('timeliness', value)}
      />
      <Select
        allowClear
        aria-label="研判结论"
        placeholder="研判结论"
        style={selectStyle}
        value={filter.assessment}
        options={[...options(ASSESSMENT_CONCLUSIONS, ASSESSMENT_CONCLUSION_LABELS), { value: 'notAssessed' as const, label: NOT_ASSESSED_LABEL }]}
        onChange={(value) => set('assessment', value)}
      />
      <Select
        allowClear
        aria-label="处置情况"
        placeholder="处置情况"
        style={selectStyle}
        value={filter.disposition}
        options={options(DISPOSITION_STATUSES, DISPOSITION_STATUS_LABELS)}
        onChange={(value) => set('disposition', value)}
      />
      <Select
        allowClear
        aria-label="重大事项类别"
        placeholder="重大事项类别"
        style={selectStyle}
        value={filter.matterCategory}
        options={MATTER_CATEGORIES.map((value) => ({ value, label: MATTER_CATEGORY_INFO[value].label }))}
        onChange={(value) => set('matterCategory', value)}
      />
      <Select
        allowClear
        aria-label="管辖"
        placeholder="管辖"
        style={{ width: 200 }}
        value={filter.jurisdiction}
        options={options(['bureauLevel', 'rankUnknown', 'needsDecision', 'toForward'] as const, JURISDICTION_FILTER_LABELS)}
        onChange={(value) => set('jurisdiction', value)}
      />
      <Select
        allowClear
        aria-label="重复出现的插手干预人"
        placeholder="重复出现的插手干预人"
        style={{ width: 200 }}
        value={yesNo(filter.repeatedIntervener)}
        options={YES_NO}
        onChange={(value?: string) => set('repeatedIntervener', value === undefined ? undefined : value === 'yes')}
      />
      <Select
        allowClear
        aria-label="处置提醒"
        placeholder="处置提醒"
        style={selectStyle}
        value={yesNo(filter.reminderDue)}
        options={YES_NO}
        onChange={(value?: string) => set('reminderDue', value === undefined ? undefined : value === 'yes')}
      />
    </Space>
  );
}
