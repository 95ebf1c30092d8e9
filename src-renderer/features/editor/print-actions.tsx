import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { Printable } from '../../../src-main/shared/printables.ts';
import { useCall } from '../../app/use-call.ts';

// Printing goes to the OS print preview; saving writes a plaintext PDF, so the person is told so first.
export function PrintActions({ recordId }: { recordId: string }) {
  const call = useCall();
  const { message, modal } = App.useApp();

  const print = (what: Printable) => void call('record.print', { recordId, what });
  const save = (what: Printable) =>
    modal.confirm({
      title: '另存为 PDF',
      content: '保存的 PDF 文件未加密，任何人拿到都能阅读。请只保存到安全的位置，用后及时删除；报送请以密封的纸质记录表为准。',
      okText: '我已了解，选择保存位置',
      cancelText: '取消',
      onOk: async () => {
        const result = await call('record.savePdf', { recordId, what });
        if (result?.done) void message.success(`已保存到 ${result.path}`);
      },
    });

  return (
    <>
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => print('sealedPackage')}>
        打印封面及记录表
      </Button>
      <Button onClick={() => print('form')}>仅打印记录表</Button>
      <Dropdown
        menu={{
          items: [
            { key: 'form', label: '记录表另存为 PDF' },
            { key: 'sealedPackage', label: '封面及记录表另存为 PDF' },
          ],
          onClick: ({ key }) => void save(key as Printable),
        }}
      >
        <Button>另存为 PDF…</Button>
      </Dropdown>
    </>
  );
}
