import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../../../src-main/shared/staff/staff-member.ts';
import { ReadableTag } from '../../app/readable-tag.tsx';
import { useCall } from '../../app/use-call.ts';

type Member = Output<'staff.list'>[number];

interface MemberValues {
  name?: string;
  role?: StaffRole;
  passphrase?: string;
}

const ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: STAFF_ROLE_LABELS[value] }));

// 工作人员: each officer and the head opens the vault with a passphrase of their own, so every action, and every
// opening of a record, is on the trail under their name; only the head can 签批.
export function StaffPage() {
  const call = useCall();
  const [members, setMembers] = useState<Member[]>();
  const [form] = Form.useForm<MemberValues>();
  useEffect(() => {
    void call('staff.list', {}).then((answer) => setMembers(answer ?? []));
  }, [call]);
  const first = members !== undefined && members.length === 0;

  const submit = async (values: MemberValues) => {
    const member = { name: values.name ?? '', role: values.role ?? 'officer' };
    const answer = first ? await call('staff.registerFirst', { member }) : await call('staff.add', { member, passphrase: values.passphrase ?? '' });
    if (!answer) return;
    setMembers(answer);
    form.resetFields();
  };
  const remove = async (id: string) => {
    const answer = await call('staff.remove', { id });
    if (answer) setMembers(answer);
  };

  return (
    <section aria-label="工作人员">
      <Typography.Title level={3}>工作人员</Typography.Title>
      {first && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="请先登记本账户（设置本机时所用口令）的使用人；之后由已登记的人员为其他纪检干部和主要负责人增加账户。"
        />
      )}
      <Table<Member>
        rowKey="id"
        size="small"
        loading={members === undefined}
        dataSource={members}
        pagination={false}
        style={{ marginBottom: 16 }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, member) => (
              <Space size={4}>
                {name}
                {member.current && <ReadableTag color="blue">当前使用</ReadableTag>}
                {member.removedAt && <ReadableTag color="default">账户已删除</ReadableTag>}
              </Space>
            ),
          },
          { title: '身份', dataIndex: 'role', render: (role: StaffRole) => STAFF_ROLE_LABELS[role] },
          { title: '登记时间', dataIndex: 'addedAt', render: (at: string) => at.slice(0, 10) },
          {
            title: '操作',
            key: 'actions',
            render: (_, member) =>
              !member.current &&
              !member.removedAt && (
                <Popconfirm
                  title={`删除${member.name}的账户？`}
                  description="删除后其口令不能再打开数据库，数据库密钥随即更换。"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => void remove(member.id)}
                >
                  <Button size="small" danger>
                    删除账户
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Card size="small" title={<h3 style={{ margin: 0, fontSize: 15 }}>{first ? '登记本账户的使用人' : '增加账户'}</h3>}>
        <Form<MemberValues> form={form} name="staff" layout="vertical" initialValues={{ role: 'officer' }} onFinish={(values) => void submit(values)}>
          <Space wrap align="start">
            <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="身份" name="role" rules={[{ required: true, message: '请选择身份' }]}>
              <Select options={ROLE_OPTIONS} style={{ width: 200 }} />
            </Form.Item>
            {!first && (
              <Form.Item label="其本人设置的口令" name="passphrase" rules={[{ required: true, message: '请由其本人输入口令' }]}>
                <Input.Password autoComplete="new-password" style={{ width: 280 }} />
              </Form.Item>
            )}
          </Space>
          <Button type="primary" htmlType="submit">
            {first ? '登记' : '增加账户'}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
