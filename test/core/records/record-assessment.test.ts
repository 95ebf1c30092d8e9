import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { assessDraft } from '../../../src-main/core/records/record-assessment.ts';
import type { RecordDraft } from '../../../src-main/shared/form/record-draft.ts';

const context = { unit: { unitHasDisciplineBody: true }, today: '2026-09-30', calendar: builtInCalendar() };

const draftAt = (...entries: { occurredAt: string; learnedOn?: string }[]): RecordDraft => ({
  filedAt: '2026-09-30',
  handler: {},
  entries: entries.map(({ occurredAt, learnedOn }) => ({ occurredAt, learnedOn: learnedOn ?? null, methodNote: null, kinds: [] })),
});

// 第十二条: 本办法自印发之日起施行, and it was issued on 2023-01-19. An earlier intervention may be recorded, but no
// 5-working-day duty ran for it.
describe('interventions before the rule took effect', () => {
  it.each([
    ['2023-01-18T23:59', [1], false],
    ['2023-01-19T00:00', [], true],
    ['2020-05-01T09:00', [1], false],
    ['2026-09-28T09:00', [], true],
  ] as const)('an intervention at %s: flagged entries %j, countdown %s', (occurredAt, flagged, countdown) => {
    const assessment = assessDraft(draftAt({ occurredAt }), context);
    expect(assessment.beforeRule).toEqual(flagged);
    expect(assessment.deadline !== null).toBe(countdown);
  });

  it('counts the deadline from the entries the rule covers, when a record holds both', () => {
    const assessment = assessDraft(draftAt({ occurredAt: '2022-12-01T09:00' }, { occurredAt: '2026-09-28T09:00' }), context);
    expect(assessment.beforeRule).toEqual([1]);
    // 2026-09-28 + 5 working days, across the National Day holiday and its 调休 Saturday.
    expect(assessment.deadline?.deadline).toBe('2026-10-10');
  });

  it('goes by the day the intervention happened, not the day it was found', () => {
    const assessment = assessDraft(draftAt({ occurredAt: '2022-12-01T09:00', learnedOn: '2026-09-28' }), context);
    expect(assessment.beforeRule).toEqual([1]);
    expect(assessment.deadline).toBeNull();
  });
});
