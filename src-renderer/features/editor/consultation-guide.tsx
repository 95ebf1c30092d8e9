import { Collapse, Typography } from 'antd';
import { FORM_NOTES, FORM_NOTES_LABEL } from '../../../src-main/shared/form/form-labels.ts';

const { Paragraph, Text } = Typography;

// 第九条's line between normal business and intervention is drawn by the discipline body; the handler is better
// off knowing where it runs before writing anything down. Everything here paraphrases the rule closely and names
// the article it comes from.
function Guide() {
  return (
    <Typography style={{ fontSize: 13 }}>
      <Paragraph>
        第九条要求把<Text strong>正常的业务咨询、工作建议、政务公开</Text>同插手干预重大事项行为区分开来。可以对照第三条问自己三点：
      </Paragraph>
      <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
        <li>对方是否利用职权或者职务上的影响（已退出现职、已退休的同样适用，第二条）；</li>
        <li>是否以个人或者借组织名义，以指定、授意、暗示等方式提出要求；</li>
        <li>所提要求是否违反法律法规、议事规则或者工作纪律，影响重大事项正常实施。</li>
      </ol>
      <Paragraph>
        <Text strong>一般不属于插手干预：</Text>通过正常渠道询问政策规定、办理程序；按职责、通过正式渠道提出工作建议；依规公开的政务信息。
      </Paragraph>
      <Paragraph>
        <Text strong>属于插手干预：</Text>第六条所列情形之一。注意：打探非自身分管领域事项、尚未公开事项或者应当保密的内容，即使以“咨询”名义，也属于第六条（四）。
      </Paragraph>
      <Paragraph style={{ marginBottom: 0 }}>
        拿不准时，如实记录并说明情况，由纪检组织分析研判（第九条）。如实记录受组织和法律保护，任何人不得打击报复，也不得泄露记录事项（第十一条）。
      </Paragraph>
    </Typography>
  );
}

// The plain guide and the annex's own 填表说明, closed until asked for: the side column stays short enough to
// keep the live answers in view.
export function ConsultationGuide() {
  return (
    <Collapse
      size="small"
      items={[
        { key: 'guide', label: '如何区分正常的业务咨询与插手干预？（第九条）', children: <Guide /> },
        {
          key: 'notes',
          label: `${FORM_NOTES_LABEL}（附件原文）`,
          children: FORM_NOTES.map((note) => (
            <Paragraph key={note} style={{ fontSize: 13, marginBottom: 6 }}>
              {note}
            </Paragraph>
          )),
        },
      ]}
    />
  );
}
