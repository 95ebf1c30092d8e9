import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_COLOR, PRIMARY_COLOR } from '../../src-renderer/app/theme.ts';
import { PassphraseSettings } from '../../src-renderer/features/settings/passphrase-settings.tsx';
import { SetupWizard } from '../../src-renderer/features/setup/setup-wizard.tsx';
import { AppProviders } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

const WCAG_AA_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function hueDegrees(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => channel / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  if (span === 0) return 0;
  const sector = max === r ? ((g - b) / span + 6) % 6 : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return sector * 60;
}

function contrastOnWhite(hex: string): number {
  const linear = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  return 1.05 / (luminance + 0.05);
}

describe('focus and colour', () => {
  let main: RealMain | undefined;
  afterEach(async () => {
    await main?.close();
    main = undefined;
  });

  it('gives the focused and primary colour a hue far from the error red, both readable on white', () => {
    const apart = Math.abs(hueDegrees(PRIMARY_COLOR) - hueDegrees(ERROR_COLOR));
    expect(Math.min(apart, 360 - apart)).toBeGreaterThan(90);
    expect(contrastOnWhite(PRIMARY_COLOR)).toBeGreaterThanOrEqual(WCAG_AA_CONTRAST);
    expect(contrastOnWhite(ERROR_COLOR)).toBeGreaterThanOrEqual(WCAG_AA_CONTRAST);
  });

  it('moves focus to each new wizard step’s heading, and goes back with 上一步', async () => {
    main = await startRealMain({ handler: false });
    render(
      <AppProviders>
        <SetupWizard status={{ exists: false, unlocked: false, autoLockMinutes: 5, idleLockInMs: null, setupComplete: false, recoveryKeyConfirmed: false, role: null }} onDone={() => undefined} />
      </AppProviders>,
    );
    fireEvent.click(screen.getByText('下一步'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('第2步：设置口令'));
    fireEvent.click(screen.getByText('上一步'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('第1步：选择用途'));
    expect(screen.getByText('下一步')).toBeTruthy();
  }, 15_000);

  it('says a wrong 当前口令 beside that field and keeps the new passphrase typed twice', async () => {
    main = await startRealMain();
    render(
      <AppProviders>
        <PassphraseSettings />
      </AppProviders>,
    );
    const next = '外婆家院里的石榴树结了九个果';
    fireEvent.change(screen.getByLabelText('当前口令'), { target: { value: 'not the passphrase 99' } });
    fireEvent.change(screen.getByLabelText('新口令'), { target: { value: next } });
    fireEvent.change(screen.getByLabelText('再次输入新口令'), { target: { value: next } });
    fireEvent.click(screen.getByText('修改口令', { selector: 'button span' }));
    const refusal = await screen.findByText(/口令不正确/, undefined, { timeout: 5_000 });
    expect(refusal.closest('.ant-form-item')?.querySelector('input')?.id).toBe(screen.getByLabelText('当前口令').id);
    expect(screen.getByLabelText<HTMLInputElement>('新口令').value).toBe(next);
    expect(screen.getByLabelText<HTMLInputElement>('再次输入新口令').value).toBe(next);
  }, 15_000);
});
