import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppFrame } from './app-frame.tsx';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#a61b1b', borderRadius: 4 } }}>
      <AntApp>
        <AppFrame />
      </AntApp>
    </ConfigProvider>
  );
}
