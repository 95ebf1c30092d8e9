import { DatePicker, Input, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Input as ChannelInput } from '../../../src-main/contract/index.ts';
import { ASSESSMENT_CONCLUSIONS, ASSESSMENT_CONCLUSION_LABELS, NOT_ASSESSED_LABEL } from '../../../src-main/shared/casework/assessment.ts';
import { DISPOSITION_STATUSES, DISPOSITION_STATUS_LABELS } from '../../../src-main/shared/casework/disposition.ts';
import { INTAKE_SOURCES, INTAKE_SOURCE_LABELS } from '../../../src-main/shared/casework/inbox-entry.ts';
import { TIMELINESS_VERDICTS, TIMELINESS_VERDICT_LABELS } from '../../../src-main/shared/casework/timeliness.ts';
import { MATTER_CATEGORIES, MATTER_CATEGORY_INFO } from '../../../src-main/shared/form/matter-category.ts';
import { FILTER_SELECT_WIDTH_PX, FilterSelect, YesNoFilterSelect } from './filter-select.tsx';

export type InboxFilter = ChannelInput<'casework.inbox'>;

export const JURISDICTION_FILTER_LABELS = {
  bureauLevel: '涉及司局级领导干部',
  rankUnknown: '职务职级不详',
  needsDecision: '待作管辖判断',
  toForward: '径报或移送其他纪检组织',
} as const;
const JURISDICTION_FILTERS = ['bureauLevel', 'rankUnknown', 'needsDecision', 'toForward'] as const;

const options = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) => keys.map((value) => ({ value, label: labels[value] }));

const ASSESSMENT_CHOICES = [...options(ASSESSMENT_CONCLUSIONS, ASSESSMENT_CONCLUSION_LABELS), { value: 'notAssessed' as const, label: NOT_ASSESSED_LABEL }];
const MATTER_CATEGORY_CHOICES = MATTER_CATEGORIES.map((value) => ({ value, label: MATTER_CATEGORY_INFO[value].label }));

// The columns whose choices are long enough to need more room.
const WIDE_SELECT_WIDTH_PX = 200;

// One control per column of the inbox; every one narrows the rows main works out in memory.
export function InboxFilters({ filter, onChange }: { filter: InboxFilter; onChange: (next: InboxFilter) => void }) {
  const set = <K extends keyof InboxFilter>(key: K, value: InboxFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === null || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  // A control shows its column's condition and changes that one alone.
  const bound = <K extends keyof InboxFilter>(key: K) => ({ value: filter[key], onChange: (value: InboxFilter[K] | undefined) => set(key, value) });
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
      <FilterSelect label="来源" options={options(INTAKE_SOURCES, INTAKE_SOURCE_LABELS)} {...bound('source')} />
      <Input
        allowClear
        aria-label="承办人员所在单位"
        placeholder="承办人员所在单位"
        style={{ width: FILTER_SELECT_WIDTH_PX }}
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
      <FilterSelect label="报告时效" options={options(TIMELINESS_VERDICTS, TIMELINESS_VERDICT_LABELS)} {...bound('timeliness')} />
      <FilterSelect label="研判结论" options={ASSESSMENT_CHOICES} {...bound('assessment')} />
      <FilterSelect label="处置情况" options={options(DISPOSITION_STATUSES, DISPOSITION_STATUS_LABELS)} {...bound('disposition')} />
      <FilterSelect label="重大事项类别" options={MATTER_CATEGORY_CHOICES} {...bound('matterCategory')} />
      <FilterSelect label="管辖" widthPx={WIDE_SELECT_WIDTH_PX} options={options(JURISDICTION_FILTERS, JURISDICTION_FILTER_LABELS)} {...bound('jurisdiction')} />
      <YesNoFilterSelect label="重复出现的插手干预人" widthPx={WIDE_SELECT_WIDTH_PX} {...bound('repeatedIntervener')} />
      <YesNoFilterSelect label="处置提醒" {...bound('reminderDue')} />
    </Space>
  );
}
