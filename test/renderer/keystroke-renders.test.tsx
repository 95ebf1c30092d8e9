import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorPage } from '../../src-renderer/features/editor/editor-page.tsx';
import { createUnsavedWork } from '../../src-renderer/features/editor/unsaved-work.ts';
import { AppProviders, completeEntry, entryCard, seedRecord } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';
import { CountRenders, RenderCounter } from './support/render-counter.tsx';

const ENTRIES = 20;
// jsdom lays out twenty antd cards slowly; the figure here is renders, not time.

function expectNoRenders(counter: RenderCounter, names: string[]): void {
  for (const name of names) expect({ name, renders: counter.renders(name) }).toEqual({ name, renders: 0 });
}

// The performance requirement, checked by counting renders rather than timing them: a keystroke renders
// the field it lands in and nothing around it, however many entries the record has.
describe('typing in a record of 20 entries', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('renders only the field typed in: no entry, no form, no side panel', async () => {
    main = await startRealMain();
    const entries = Array.from({ length: ENTRIES }, (_, index) =>
      completeEntry('divisionDeputy', {
        intervener: { name: `干预人${index + 1}`, unit: '某局', post: '副处长', level: 'divisionDeputy', tenure: 'serving' },
      }),
    );
    const { recordId } = await seedRecord(main, entries);
    const counter = new RenderCounter();
    render(
      <AppProviders>
        <CountRenders counter={counter}>
          <EditorPage recordId={recordId} onBack={() => undefined} unsavedWork={createUnsavedWork()} />
        </CountRenders>
      </AppProviders>,
    );
    const content = within(await waitFor(() => entryCard(ENTRIES))).getByLabelText<HTMLTextAreaElement>('具体干预内容');

    // Each keystroke is dispatched and rendered synchronously, so no timer (the autosave's, the side panel's) can
    // fire inside it: what rendered is what that keystroke rendered, however slow the machine.
    for (const character of '关照某公司') {
      counter.reset();
      act(() => {
        fireEvent.change(content, { target: { value: `${content.value}${character}` } });
      });
      expect(counter.renders('Field')).toBeGreaterThan(0);
      // Once, not four times: the field is not rendered again to measure the text's height and set its own.
      expect(counter.commits()).toBe(1);
      expectNoRenders(counter, ['RecordEditor', 'RecordForm', 'HandlerFields', 'EntryFields', 'SidePanel', 'AutosaveStatus']);
    }
    counter.reset();

    // The autosave and the side panel still hear of it, a moment later, and re-render only themselves.
    await waitFor(() => expect(screen.getByTestId('autosave-status').textContent).toMatch(/^已自动保存/), { timeout: 4_000 });
    expect(counter.renders('AutosaveStatus')).toBeGreaterThan(0);
    expectNoRenders(counter, ['RecordEditor', 'RecordForm', 'HandlerFields', 'EntryFields']);

    // And the count is not blind: adding an entry changes every entry's props, so every entry renders.
    fireEvent.click(screen.getByRole('button', { name: /增加一项干预具体情况/ }));
    await waitFor(() => expect(counter.renders('EntryFields')).toBeGreaterThanOrEqual(ENTRIES + 1));
    // Rendering 20 entries in jsdom takes seconds alone and half a minute on a busy shared machine; the test counts
    // renders, never time.
  }, 120_000);
});
