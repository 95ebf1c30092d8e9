import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntApp, Form } from 'antd';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src-main/core/domain/calendar/built-in-calendar.ts';
import { assessDraft } from '../../src-main/core/records/record-assessment.ts';
import type { RecordDraft } from '../../src-main/core/records/record-draft.ts';
import { EntryFields } from '../../src-renderer/features/editor/entry-fields.tsx';
import type { RecordValues } from '../../src-renderer/features/editor/form-values.ts';
import { createChangeSignal } from '../../src-renderer/features/editor/change-signal.ts';
import { SidePanel } from '../../src-renderer/features/editor/side-panel.tsx';

function EntryHarness() {
  const [form] = Form.useForm<RecordValues>();
  return (
    <Form form={form} initialValues={{ entries: [{ kinds: [] }] }}>
      <Form.List name="entries">
        {(fields) => fields.map((field, index) => (
          <EntryFields key={field.key} name={field.name} index={index} count={1} readOnly={false} onMove={() => undefined} onRemove={() => undefined} />
        ))}
      </Form.List>
    </Form>
  );
}

function openSelect(label: string): void {
  const combobox = screen.getByLabelText(label);
  fireEvent.mouseDown(combobox.closest('.ant-select') ?? combobox);
}

// These screens make no request before their debounce: the assessment they start from is computed by the real
// domain code (the same function main runs for record.assess), so the core's crypto never has to load in jsdom.
describe('the 记录表 editor', () => {
  beforeEach(() => {
    window.liuhen = { invoke: () => new Promise(() => undefined) };
  });

  it('offers only the items 第四条 lists under the chosen category', async () => {
    render(
      <AntApp>
        <EntryHarness />
      </AntApp>,
    );
    expect(screen.getByLabelText('具体事项（选填）').closest('.ant-select')?.className).toContain('disabled');
    openSelect('重大事项类别');
    fireEvent.click(await screen.findByTitle('（三）工程建设'));
    openSelect('具体事项（选填）');
    expect(await screen.findByTitle('招标投标')).toBeTruthy();
    expect(screen.queryByTitle('干部选任')).toBeNull();
  });

  it('shows every 第六条 kind with the rule’s own wording', () => {
    render(
      <AntApp>
        <EntryHarness />
      </AntApp>,
    );
    expect(screen.getByText(/第六条（二）为他人或授意、纵容亲属及身边工作人员为他人向重大事项承办人员说情、打招呼、通风报信的/)).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
  });

  it('explains, per entry, whether the intervener is in scope, and routes a bureau-level case', async () => {
    const entry = (level: string) => ({
      occurredAt: '2026-09-30T09:30',
      learnedOn: null,
      methodNote: null,
      intervener: { level, tenure: 'retired' },
    });
    const draft = {
      handler: {},
      entries: [entry('divisionDeputy'), entry('thirdResearcher'), entry('unknown'), entry('departmentDeputy')],
    } as RecordDraft;
    const assessment = assessDraft(draft, { unitHasDisciplineBody: true, today: '2026-09-30', calendar: builtInCalendar() });

    function PanelHarness() {
      const [form] = Form.useForm<RecordValues>();
      return <SidePanel form={form} changes={createChangeSignal()} initial={assessment} />;
    }
    await act(async () => {
      render(
        <AntApp>
          <PanelHarness />
        </AntApp>,
      );
    });
    const scopes = screen.getAllByTestId('scope');
    expect(within(scopes[0] as HTMLElement).getByText('属于本办法所称领导干部')).toBeTruthy();
    expect(scopes[0]?.textContent).toContain('已退休');
    expect(within(scopes[1] as HTMLElement).getByText('不属于本办法所称领导干部')).toBeTruthy();
    expect(within(scopes[2] as HTMLElement).getByText('需要核实后判断')).toBeTruthy();
    const recipients = screen.getAllByTestId('recipient').map((element) => element.textContent);
    expect(recipients[0]).toContain('本单位纪检组织');
    expect(recipients[1]).toContain('中央纪委国家监委驻工业和信息化部纪检监察组');
    expect(screen.getByText(/2026年10月13日前/)).toBeTruthy();
  });
});
