import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from '../forms/problem-alert';
import { useSession } from './session';

/** POST /api/session/password: the api states the password rule when it refuses one. */
export function ChangePassword({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const { changePassword } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(values.currentPassword ?? '', values.newPassword ?? '');
      form.resetFields();
      message.success(t('session.passwordChanged'));
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('session.changePassword')}
      okText={t('session.save')}
      cancelText={t('app.close')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="change-password" layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label={t('session.currentPassword')}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('session.newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
