import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { APP_THEME } from './theme.ts';
import { VaultGate } from './vault-gate.tsx';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={APP_THEME}
      // Two-character labels read as words (保存, 解锁), not spaced out letter by letter.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <VaultGate />
      </AntApp>
    </ConfigProvider>
  );
}
