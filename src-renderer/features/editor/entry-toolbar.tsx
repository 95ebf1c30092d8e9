import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';

interface EntryToolbarProps {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

// Reorders or removes one 干预具体情况; removing asks first, and the last remaining row cannot be removed.
export function EntryToolbar({ index, count, onMove, onRemove }: EntryToolbarProps) {
  const number = index + 1;
  return (
    <Space>
      <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={`第${number}项上移`} />
      <Button
        size="small"
        icon={<ArrowDownOutlined />}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={`第${number}项下移`}
      />
      <Popconfirm
        title={`删除第${number}项干预具体情况？`}
        description="删除后，该项已填写的内容不再保留。"
        okText="删除"
        cancelText="取消"
        onConfirm={() => onRemove(index)}
        disabled={count === 1}
      >
        <Button size="small" danger icon={<DeleteOutlined />} disabled={count === 1} aria-label={`删除第${number}项`} />
      </Popconfirm>
    </Space>
  );
}
