import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoLockSettings } from '../../src-renderer/features/settings/auto-lock-settings.tsx';
import { ContentProtectionSettings } from '../../src-renderer/features/settings/content-protection-settings.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

const SWITCH_LABEL = '显示记录时，截屏、录屏和远程桌面看不到本窗口';

describe('the screen-capture setting', () => {
  let main: RealMain;

  beforeEach(async () => {
    main = await startRealMain();
  });
  afterEach(async () => {
    await main.close();
  });

  const stored = () => main.value('settings.get', {});

  it('is on by default and turns off and on, saved in the vault', async () => {
    render(
      <AntApp>
        <ContentProtectionSettings />
      </AntApp>,
    );
    const toggle = await screen.findByRole('switch', { name: SWITCH_LABEL });
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(toggle);
    await waitFor(async () => expect((await stored()).contentProtection).toBe(false));
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(toggle);
    await waitFor(async () => expect((await stored()).contentProtection).toBe(true));
  });

  it('is kept when the auto-lock time is saved', async () => {
    await main.value('settings.save', { autoLockMinutes: 5, contentProtection: false });
    render(
      <AntApp>
        <AutoLockSettings />
      </AntApp>,
    );
    const minutes = await screen.findByRole('spinbutton');
    await waitFor(() => expect((minutes as HTMLInputElement).value).toBe('5'));
    fireEvent.change(minutes, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: '保 存' }));
    await waitFor(async () => expect(await stored()).toEqual({ autoLockMinutes: 12, contentProtection: false }));
  });
});
