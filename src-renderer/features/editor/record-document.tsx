import { Descriptions } from 'antd';
import { useMemo } from 'react';
import type { RecordDraft } from '../../../src-main/shared/form/record-draft.ts';
import { recordSections } from './record-fields.ts';

// Full-contrast text: a finished record is read and copied, not dimmed like a disabled control.
const LABEL_STYLE = { color: 'rgba(0, 0, 0, 0.88)', width: 160, whiteSpace: 'nowrap' } as const;
const CONTENT_STYLE = { color: 'rgba(0, 0, 0, 0.88)', whiteSpace: 'pre-wrap', userSelect: 'text' } as const;

// A finalized version as a document: labelled plain text in the annex's order, selectable, with only the ticked
// 第六条 situations. Nothing here can be edited; amending opens a new version in the editor.
export function RecordDocument({ draft }: { draft: RecordDraft }) {
  const sections = useMemo(() => recordSections(draft), [draft]);
  return (
    <article aria-label="记录表内容" data-testid="record-document">
      {sections.map((section) => (
        <Descriptions
          key={section.key}
          title={<h4 style={{ margin: 0, fontSize: 15 }}>{section.title}</h4>}
          bordered
          size="small"
          column={2}
          style={{ marginBottom: 16 }}
          styles={{ label: LABEL_STYLE, content: CONTENT_STYLE }}
          items={section.fields.map((field) => ({
            key: field.key,
            label: field.label,
            children: field.text || '未填写',
            span: field.long ? 2 : 1,
          }))}
        />
      ))}
    </article>
  );
}
