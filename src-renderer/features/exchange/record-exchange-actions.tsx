import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { chinaMinuteOf } from '../../../src-main/shared/calendar/china-time.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';
import { ExportDialog } from './export-dialog.tsx';

// A finalized record's exchange: 导出加密文件 for its recipients, 导入回执 for the signed receipt a body sends back,
// and 已签收 for each verified receipt, with the body and its time of import: the handler's proof of reporting.
export function RecordExchangeActions({ recordId }: { recordId: string }) {
  const call = useCall();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [receipts, setReceipts] = useState<Output<'record.receipts'>>([]);

  const refresh = useCallback(() => void call('record.receipts', { recordId }).then((list) => list && setReceipts(list)), [call, recordId]);
  useEffect(refresh, [refresh]);

  const importReceipt = async () => {
    const result = await call('record.importReceipt', {});
    if (!result?.receipt) return;
    void message.success(`回执已核验：${result.receipt.bodyName}已签收。`);
    refresh();
  };

  return (
    <Space wrap>
      {receipts.map((receipt) => (
        <ReadableTag color="green" key={`${receipt.bodyName}-${String(receipt.version)}-${receipt.bodyImportedAt}`}>
          已签收：{receipt.bodyName}，{chinaMinuteOf(receipt.bodyImportedAt)}（第{receipt.version}版）
        </ReadableTag>
      ))}
      <Button icon={<ExportOutlined />} onClick={() => setExporting(true)}>
        导出加密文件
      </Button>
      <Button icon={<ImportOutlined />} onClick={() => void importReceipt()}>
        导入回执
      </Button>
      {exporting && (
        <ExportDialog
          recordId={recordId}
          onClose={() => setExporting(false)}
          onExported={(files) => {
            setExporting(false);
            void message.success(`已导出${String(files.length)}个加密文件：${files.map((file) => `${file.recipient}（${file.fileName}）`).join('、')}`);
          }}
        />
      )}
    </Space>
  );
}
