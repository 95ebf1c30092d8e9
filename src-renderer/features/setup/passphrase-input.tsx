import { Alert, Input } from 'antd';
import type { PasswordProps } from 'antd/es/input';
import { useState, type KeyboardEvent } from 'react';

// Every field a passphrase is typed into: hidden as typed, and saying so when Caps Lock is on, since a passphrase
// typed in capitals is a wrong one and nothing on screen would show why.
export function PassphraseInput(props: PasswordProps) {
  const [capsLock, setCapsLock] = useState(false);
  const { onKeyDown, onKeyUp, onBlur } = props;
  const notice = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  return (
    <>
      <Input.Password
        {...props}
        onKeyDown={(event) => {
          notice(event);
          onKeyDown?.(event);
        }}
        onKeyUp={(event) => {
          notice(event);
          onKeyUp?.(event);
        }}
        onBlur={(event) => {
          setCapsLock(false);
          onBlur?.(event);
        }}
      />
      {capsLock && <Alert type="warning" showIcon title="大写锁定已打开，输入的字母会变成大写。" style={{ marginTop: 4 }} role="status" />}
    </>
  );
}
