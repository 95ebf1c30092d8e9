import { Alert, Typography } from 'antd';
import { Fragment } from 'react';
import { fieldId, type FieldName, type MissingGroup } from './missing-fields.ts';

const INCOMPLETE = '记录表尚未填写完整，请补全下列各项后再完成填报（点击可转到该项）：';

interface MissingFieldsAlertProps {
  groups: MissingGroup[];
  onGo: (name: FieldName) => void;
  onClose: () => void;
}

// What 完成填报 found missing, part by part, each field a link to itself; its name on its own would be ambiguous
// (every entry has a 时间), so a screen reader hears the part too.
export function MissingFieldsAlert({ groups, onGo, onClose }: MissingFieldsAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 16 }}
      title={INCOMPLETE}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {groups.map(({ title, fields }) => (
            <li key={title ?? ''}>
              {title && `${title}：`}
              {fields.map(({ name, label }, index) => (
                <Fragment key={fieldId(name)}>
                  {index > 0 && '、'}
                  <Typography.Link
                    href={`#${fieldId(name)}`}
                    aria-label={title ? `${title}：${label}` : label}
                    onClick={(event) => {
                      event.preventDefault();
                      onGo(name);
                    }}
                  >
                    {label}
                  </Typography.Link>
                </Fragment>
              ))}
            </li>
          ))}
        </ul>
      }
    />
  );
}
