import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { completeEntry, entryCard, openSelect, renderEditor, seedRecord } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

const STATIONED_GROUP = '中央纪委国家监委驻工业和信息化部纪检监察组';

function scopes(): HTMLElement[] {
  return screen.getAllByTestId('scope');
}

function recipients(): string[] {
  return screen.getAllByTestId('recipient').map((element) => element.textContent ?? '');
}

// Every answer in the panel is main's record.assess over the saved or typed draft: nothing is mocked.
describe('the live side panel', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('says per entry whether the intervener is in scope (第二条) and why, and who must receive the record', async () => {
    main = await startRealMain();
    const { recordId } = await seedRecord(main, [
      completeEntry('divisionDeputy', { intervener: { name: '甲某', unit: '某局', post: '副处长', level: 'divisionDeputy', tenure: 'retired' } }),
      completeEntry('thirdResearcher', { intervener: { name: '乙某', unit: '某局', post: '三级调研员', level: 'thirdResearcher', tenure: 'serving' } }),
      completeEntry('unknown', { intervener: { name: '丙某', unit: '某局', post: '不详', level: 'unknown', tenure: 'serving' } }),
      completeEntry('departmentDeputy'),
    ]);
    await renderEditor(recordId);

    const [retired, belowFloor, unknown, bureau] = scopes();
    expect(within(retired as HTMLElement).getByText('属于本办法所称领导干部')).toBeTruthy();
    expect(retired?.textContent).toContain('县处级副职');
    expect(retired?.textContent).toContain('已退休');
    expect(within(belowFloor as HTMLElement).getByText('不属于本办法所称领导干部')).toBeTruthy();
    expect(belowFloor?.textContent).toContain('三级调研员');
    expect(within(unknown as HTMLElement).getByText('需要核实后判断')).toBeTruthy();
    expect(within(bureau as HTMLElement).getByText('属于本办法所称领导干部')).toBeTruthy();

    // 径报: straight to the stationed group, not through the unit's own body.
    const [stationed, ...others] = recipients();
    expect(others).toEqual([]);
    expect(stationed).toContain(STATIONED_GROUP);
    expect(stationed).toContain('依据第九条、填表说明5');
    expect(stationed).toContain('径报即直接报送');
    expect(stationed).toContain('第4项');
    const cautions = screen.getAllByRole('alert').map((element) => element.textContent ?? '');
    expect(cautions).toEqual([expect.stringContaining('第3项')]);
    expect(screen.getByTestId('deadline-tag').textContent).toContain('2026年10月13日前');
  });

  it('answers again a moment after the form changes, once for a burst of typing', async () => {
    main = await startRealMain();
    const { recordId } = await seedRecord(main, [completeEntry('departmentDeputy')]);
    const assessed: unknown[] = [];
    const { invoke } = window.liuhen;
    window.liuhen = {
      invoke: (channel, input) => {
        if (channel === 'record.assess') assessed.push(input);
        return invoke(channel, input);
      },
    };
    await renderEditor(recordId);
    expect(recipients()).toEqual([expect.stringContaining(STATIONED_GROUP)]);

    const name = within(entryCard(1)).getByLabelText('姓名');
    for (const typed of ['赵', '赵某', '赵某某']) fireEvent.change(name, { target: { value: typed } });
    await waitFor(() => expect(assessed).toHaveLength(1));

    const level = within(entryCard(1)).getByLabelText('职务层次或职级');
    openSelect(level);
    fireEvent.change(level, { target: { value: '县处级正职' } });
    fireEvent.click(await screen.findByTitle('县处级正职'));
    await waitFor(() => expect(recipients()).toEqual([expect.stringMatching(/^本单位纪检组织/)]), { timeout: 3_000 });
    expect(scopes()[0]?.textContent).toContain('县处级正职');
    expect(assessed).toHaveLength(2);
  });

  it('routes to 部直属机关纪委 when the unit has no discipline body of its own', async () => {
    main = await startRealMain({ unitHasDisciplineBody: false });
    const { recordId } = await seedRecord(main, [completeEntry('divisionPrincipal')]);
    await renderEditor(recordId);
    expect(recipients()).toEqual([expect.stringContaining('部直属机关纪委')]);
  });

  it('adds the unit body’s copy of a 司局级 record when the unit chose so', async () => {
    main = await startRealMain({ alsoReportBureauLevelToUnitBody: true });
    const { recordId } = await seedRecord(main, [completeEntry('secondInspector')]);
    await renderEditor(recordId);
    expect(recipients()).toEqual([
      expect.stringContaining(STATIONED_GROUP),
      expect.stringContaining('本单位设置为“涉及司局级领导干部时同时抄报本单位纪检组织”'),
    ]);
  });

  it('flags an intervention before the rule took effect and counts no deadline for it (第十二条)', async () => {
    main = await startRealMain();
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2023-01-18T10:00' })]);
    await renderEditor(recordId);
    expect(screen.getByTestId('before-rule').textContent).toContain('第1项干预发生于本办法施行之前');
    expect(screen.queryByTestId('deadline-tag')).toBeNull();
    expect(screen.getByLabelText('判断与期限').textContent).toContain('不计算5个工作日的报送期限');
  });

  it('states the chosen start of the 5 days once, and shows how late a first report was finalized', async () => {
    main = await startRealMain({ now: '2026-10-14T10:00:00+08:00' });
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2026-09-28T09:30' })]);
    await main.value('record.finalize', { recordId });
    await renderEditor(recordId);
    expect(screen.getAllByTestId('deadline-start').map((element) => element.textContent)).toEqual([
      '按从严理解，自干预发生（或得知）次日起算5个工作日',
    ]);
    fireEvent.mouseEnter(screen.getByTestId('deadline-start'));
    expect(await screen.findByText(/第七条：“记录表应于5个工作日内报告本单位纪检组织”/)).toBeTruthy();
    expect(screen.getByTestId('lateness').textContent).toBe('逾期3个工作日完成填报');
  });

  it('waits for a date before showing a deadline, and for a rung before judging scope', async () => {
    main = await startRealMain();
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    expect(screen.getByText('填写干预时间后显示')).toBeTruthy();
    expect(scopes()[0]?.textContent).toContain('选择职务或职级及在职情况后判断');
  });

  it('says nothing about an entry with nothing in it, and cautions about its unknown rung once it has content', async () => {
    main = await startRealMain();
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    expect(recipients()).toEqual([expect.stringMatching(/^本单位纪检组织/)]);
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(screen.getByLabelText('判断与期限').textContent).not.toContain('不详');

    fireEvent.change(within(entryCard(1)).getByLabelText('姓名'), { target: { value: '赵某' } });
    await waitFor(() => expect(screen.getAllByRole('alert').map((element) => element.textContent)).toEqual([
      expect.stringContaining('第1项干预具体情况的插手干预人职务职级不详'),
    ]), { timeout: 3_000 });
  });
});
