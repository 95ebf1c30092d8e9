import { Card, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';

type FontReport = Output<'pdf.fonts'>[number];

// Which font prints each part of the 记录表 (GB/T 9704 style), so a unit can check its own fonts are used.
export function FontSettings() {
  const call = useCall();
  const [fonts, setFonts] = useState<FontReport[]>();
  useEffect(() => {
    void call('pdf.fonts', {}).then((report) => setFonts(report ?? []));
  }, [call]);

  return (
    <Card title="打印字体">
      <Typography.Paragraph type="secondary">
        优先使用本机安装的仿宋、黑体、宋体等公文字体；本机没有时，使用程序自带的开源字体。打印前会逐字检查，缺字时不生成 PDF 并列出缺少的字。
      </Typography.Paragraph>
      <Table<FontReport>
        size="small"
        pagination={false}
        loading={fonts === undefined}
        dataSource={fonts}
        rowKey={(font) => `${font.role}-${font.file}`}
        columns={[
          { title: '用途', dataIndex: 'roleLabel', width: 160 },
          { title: '字体', dataIndex: 'fontName' },
          { title: '来源', dataIndex: 'sourceLabel', width: 120 },
        ]}
      />
    </Card>
  );
}
