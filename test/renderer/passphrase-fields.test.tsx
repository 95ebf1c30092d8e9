import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';
import { NewPassphraseFields } from '../../src-renderer/features/setup/new-passphrase-fields.tsx';
import { AppProviders } from './support/editor-fixtures.tsx';

function renderFields() {
  render(
    <AppProviders>
      <Form layout="vertical">
        <NewPassphraseFields name="passphrase" label="设置口令" confirmLabel="再次输入口令" />
      </Form>
    </AppProviders>,
  );
  return screen.getByLabelText('设置口令');
}

describe('the new-passphrase fields', () => {
  it('give no verdict before anything is typed', () => {
    renderFields();
    expect(screen.getByTestId('passphrase-strength').textContent).toBe('');
  });

  it('refuse a common passphrase with the reason, and accept a private sentence', async () => {
    const field = renderFields();
    fireEvent.change(field, { target: { value: 'password1234' } });
    const verdict = () => screen.getByTestId('passphrase-strength').textContent;
    await waitFor(() => expect(verdict()).toBe('口令强度：弱（不能使用：常见口令）'));
    fireEvent.change(field, { target: { value: 'zhangsan2026' } });
    await waitFor(() => expect(verdict()).toBe('口令强度：较弱（不能使用：包含姓名拼音或年份）'));
    fireEvent.change(field, { target: { value: '外婆家院里的石榴树结了九个果' } });
    await waitFor(() => expect(verdict()).toBe('口令强度：强'));
  });

  it('warn while Caps Lock is on, in the new passphrase and its confirmation alike', () => {
    const field = renderFields();
    fireEvent.keyDown(field, { key: 'A', modifierCapsLock: true });
    expect(screen.getByText('大写锁定已打开，输入的字母会变成大写。')).toBeTruthy();
    fireEvent.keyUp(field, { key: 'CapsLock', modifierCapsLock: false });
    expect(screen.queryByText('大写锁定已打开，输入的字母会变成大写。')).toBeNull();
    fireEvent.keyDown(screen.getByLabelText('再次输入口令'), { key: 'B', modifierCapsLock: true });
    expect(screen.getByText('大写锁定已打开，输入的字母会变成大写。')).toBeTruthy();
  });
});
