import { Form } from 'antd';
import { CommittedTextArea } from './committed-text.tsx';
import { z } from 'zod';
import { LATE_NOTE_LABEL, lateNoteSchema } from '../../../src-main/shared/form/lateness.ts';
import { zodRule } from '../../app/zod-rule.ts';

// Optional: blank is no 逾期说明, anything typed is checked as main checks it at 完成填报.
const optionalLateNote = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), lateNoteSchema.optional());

// 逾期说明: offered once the deadline has passed, so the reason for lateness goes into the version itself (and under
// its fingerprint); after 完成填报 it can only come with an amendment.
export function LateNoteField() {
  return (
    <Form.Item
      label={`${LATE_NOTE_LABEL}（选填）`}
      name="lateNote"
      rules={[zodRule(optionalLateNote)]}
      extra="已超过5个工作日的报送期限。可简要说明逾期原因，完成填报后将作为记录表下方的“备注”一并打印，并计入指纹；完成填报后只能通过修订补充。"
    >
      <CommittedTextArea rows={{ min: 2, max: 6 }} />
    </Form.Item>
  );
}
