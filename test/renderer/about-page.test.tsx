import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App as AntApp } from 'antd';
import { AppFrame } from '../../src-renderer/app/app-frame.tsx';
import { AboutPage } from '../../src-renderer/features/about/about-page.tsx';
import { makeTempDir } from '../support/temp-dir.ts';
import { makeDispatch } from '../support/test-services.ts';

function bridgeTo(dispatch: (channel: unknown, input: unknown) => Promise<unknown>) {
  window.liuhen = { invoke: (channel, input) => dispatch(channel, input) };
}

describe('AboutPage', () => {
  it('shows the version and data folder answered by the real dispatch', async () => {
    const dir = makeTempDir();
    bridgeTo(makeDispatch(dir.path));
    render(<AboutPage />);
    expect(await screen.findByTestId('data-dir')).toHaveProperty('textContent', dir.path);
    expect(screen.getByText('0.1.0-test')).toBeTruthy();
    dir.remove();
  });

  it('shows the Chinese error when the bridge fails', async () => {
    window.liuhen = { invoke: () => Promise.reject(new Error('bridge down')) };
    render(<AboutPage />);
    expect(await screen.findByText('无法与应用主程序通信，请重新启动留痕。')).toBeTruthy();
  });
});

describe('App frame', () => {
  it('offers the handler workspace navigation in Chinese', () => {
    window.liuhen = { invoke: () => new Promise(() => undefined) };
    render(
      <AntApp>
        <AppFrame />
      </AntApp>,
    );
    for (const label of ['记录列表', '填写记录表', '操作日志', '设置', '关于']) {
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    }
  });
});
