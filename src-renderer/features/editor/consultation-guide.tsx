import { Collapse, Typography } from 'antd';
import { FORM_NOTES, FORM_NOTES_LABEL } from '../../../src-main/contract/forms.ts';

// The annex's own 填表说明, and 第九条's line between normal business and intervention, which the discipline
// body draws and the handler benefits from knowing before writing anything down.
export function ConsultationGuide() {
  return (
    <Collapse
      size="small"
      defaultActiveKey={['notes']}
      items={[
        {
          key: 'notes',
          label: `${FORM_NOTES_LABEL}（附件原文）`,
          children: FORM_NOTES.map((note) => (
            <Typography.Paragraph key={note} style={{ fontSize: 13, marginBottom: 6 }}>
              {note}
            </Typography.Paragraph>
          )),
        },
        {
          key: 'guide',
          label: '如何区分正常的业务咨询与插手干预？（第九条）',
          children: (
            <Typography>
              <Typography.Paragraph>
                <Typography.Text strong>一般不属于插手干预：</Typography.Text>
                正常的业务咨询（询问政策、程序、进度等公开信息）、工作建议（按职责、通过正式渠道提出意见）、政务公开（依规公开的信息）。
              </Typography.Paragraph>
              <Typography.Paragraph>
                <Typography.Text strong>属于插手干预（第六条）：</Typography.Text>
                不按程序决策、代替下级决定；为他人说情、打招呼、通风报信；牵线搭桥、安排私下接触；打探非分管或尚未公开、应当保密的事项；明知应回避而拒绝回避；其他影响依法依规办理、妨碍公平公正的行为。
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                拿不准时，如实记录并说明情况，由纪检组织分析研判。记录受组织和法律保护，任何人不得打击报复（第十一条）。
              </Typography.Paragraph>
            </Typography>
          ),
        },
      ]}
    />
  );
}
