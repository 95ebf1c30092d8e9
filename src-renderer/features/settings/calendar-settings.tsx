import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { UNSIGNED_PACK_RISK } from '../../../src-main/shared/calendar/unsigned-pack-risk.ts';
import { useCall } from '../../app/use-call.ts';

type Coverage = Output<'calendar.coverage'>;

function yearsText(years: number[]): string {
  if (years.length === 0) return '无';
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const contiguous = last - first + 1 === years.length;
  return contiguous && years.length > 2 ? `${first}—${last}年` : `${years.join('、')}年`;
}

export function CalendarSettings() {
  const call = useCall();
  const { message, modal } = App.useApp();
  const [coverage, setCoverage] = useState<Coverage>();
  useEffect(() => {
    void call('calendar.coverage', {}).then(setCoverage);
  }, [call]);

  const imported = (result: { done: boolean; coverage: Coverage | null } | undefined) => {
    if (result?.coverage) setCoverage(result.coverage);
    if (result?.done) void message.success('日历包已导入，相关年份的期限按新的安排计算。');
  };
  // A pack signed by a body whose key was checked against its notice: one step.
  const importSignedPack = async () => imported(await call('calendar.importSignedPack', {}));
  // An unsigned pack only after the person read what it risks; main refuses it otherwise.
  const importUnsignedPack = async () => {
    const accepted = await modal.confirm({
      title: '导入未签名的日历包',
      content: UNSIGNED_PACK_RISK,
      okText: '我已核对通知原文，仍要导入',
      cancelText: '取消',
      okButtonProps: { danger: true },
    });
    if (accepted) imported(await call('calendar.importPack', { acceptUnsignedRisk: true }));
  };

  return (
    <Card title="节假日安排（计算5个工作日期限）" loading={coverage === undefined}>
      {coverage && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="程序自带">{yearsText(coverage.builtInYears)}</Descriptions.Item>
          <Descriptions.Item label="已导入的日历包">
            {coverage.importedTitles.length > 0
              ? `${coverage.importedTitles.join('；')}（${yearsText(coverage.importedYears)}）`
              : '无'}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        其他年份按周末和法定节假日推算，期限旁标注“预估”。国务院办公厅公布新一年的节假日安排后，请导入纪检组织签名的日历包（须先导入该纪检组织的公钥文件，并与其盖章的密钥告知单核对）。
      </Typography.Paragraph>
      <Space wrap>
        <Button onClick={() => void importSignedPack()}>导入签名日历包…</Button>
        <Button onClick={() => void importUnsignedPack()}>导入未签名的日历包…</Button>
      </Space>
    </Card>
  );
}
