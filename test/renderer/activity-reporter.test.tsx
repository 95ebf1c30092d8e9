import { afterEach, describe, expect, it } from 'vitest';
import { createActivityReporter, listenForActivity } from '../../src-renderer/app/activity-reporter.ts';

const TEST_INTERVAL_MS = 200;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the activity reporter', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('reports the first activity at once and the rest of a burst once, at the end of the interval', async () => {
    let reports = 0;
    const reporter = createActivityReporter(() => (reports += 1), TEST_INTERVAL_MS);
    stop = reporter.stop;
    for (let index = 0; index < 50; index += 1) reporter.note();
    expect(reports).toBe(1);
    await pause(TEST_INTERVAL_MS + 50);
    expect(reports).toBe(2);
    await pause(2 * TEST_INTERVAL_MS);
    expect(reports).toBe(2);
    reporter.note();
    expect(reports).toBe(3);
  });

  it('reports at once when asked, and sends nothing pending once stopped', async () => {
    let reports = 0;
    const reporter = createActivityReporter(() => (reports += 1), TEST_INTERVAL_MS);
    reporter.note();
    reporter.reportNow();
    expect(reports).toBe(2);
    reporter.note();
    reporter.stop();
    await pause(2 * TEST_INTERVAL_MS);
    expect(reports).toBe(2);
  });
});

describe('listening for activity', () => {
  it('hears typing, pointing, focus and scrolling inside any element, until it stops listening', () => {
    const field = document.createElement('textarea');
    const scroller = document.createElement('div');
    document.body.append(field, scroller);
    let heard = 0;
    const stopListening = listenForActivity(() => (heard += 1));
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    field.focus();
    scroller.dispatchEvent(new Event('scroll'));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(heard).toBe(5);
    stopListening();
    field.dispatchEvent(new Event('input', { bubbles: true }));
    scroller.dispatchEvent(new Event('scroll'));
    expect(heard).toBe(5);
    field.remove();
    scroller.remove();
  });
});
