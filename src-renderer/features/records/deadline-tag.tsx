import { Tooltip } from 'antd';
import type { Output } from '../../../src-main/contract/index.ts';
import { formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';

type Deadline = NonNullable<Output<'record.assess'>['deadline']>;

const AMBER_FROM_DAYS = 2;
// A tag keeps to one line by default; in a narrow column (the records list at 1366 px) it wraps instead of pushing
// the page sideways.
export const WRAPPING = { whiteSpace: 'normal' } as const;

// The 5-working-day countdown: green with time to spare, amber from 2 days left, red once overdue.
export function DeadlineTag({ deadline }: { deadline: Deadline | null }) {
  if (!deadline) return <span aria-label="尚无期限">—</span>;
  const { overdue, workingDaysRemaining: left } = deadline;
  const color = overdue ? 'red' : left <= AMBER_FROM_DAYS ? 'orange' : 'green';
  const text = overdue
    ? `已超期${-left > 0 ? ` ${-left} 个工作日` : ''}`
    : left === 0
      ? '今日截止'
      : `剩 ${left} 个工作日`;
  return (
    <span>
      <ReadableTag color={color} data-testid="deadline-tag" style={WRAPPING}>
        {text}（{formatChinaDate(deadline.deadline)}前）
      </ReadableTag>
      {deadline.estimated && (
        <Tooltip title={deadline.explanation}>
          <ReadableTag color="gold">预估</ReadableTag>
        </Tooltip>
      )}
    </span>
  );
}
