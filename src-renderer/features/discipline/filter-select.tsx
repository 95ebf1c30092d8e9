import { Select } from 'antd';

export const FILTER_SELECT_WIDTH_PX = 170;

export interface FilterChoice<V extends string> {
  value: V;
  label: string;
}

interface FilterSelectProps<V extends string> {
  // Named and shown empty by the same words, so the empty control says which column it narrows.
  label: string;
  widthPx?: number;
  value: V | undefined;
  options: FilterChoice<V>[];
  onChange: (value: V | undefined) => void;
}

// One column's dropdown filter; clearing it drops that condition.
export function FilterSelect<V extends string>({ label, widthPx = FILTER_SELECT_WIDTH_PX, value, options, onChange }: FilterSelectProps<V>) {
  return <Select allowClear aria-label={label} placeholder={label} style={{ width: widthPx }} value={value} options={options} onChange={onChange} />;
}

const YES_NO: FilterChoice<'yes' | 'no'>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];

// A column that either holds or not: 是 or 否, or no condition at all.
export function YesNoFilterSelect({ value, onChange, ...props }: Omit<FilterSelectProps<'yes' | 'no'>, 'options' | 'value' | 'onChange'> & { value: boolean | undefined; onChange: (value: boolean | undefined) => void }) {
  return (
    <FilterSelect
      {...props}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      options={YES_NO}
      onChange={(choice) => onChange(choice === undefined ? undefined : choice === 'yes')}
    />
  );
}
