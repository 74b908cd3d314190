import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
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
  const { t, pick } = useI18n();
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
      setError(fieldOf(form, caught, pick) ? undefined : caught);
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

/**
 * A refusal that names a field (`details.field`, e.g. R-PASSWORD-LENGTH on `newPassword`) shown next
 * to that field, in the api's words; false when the refusal names none of the form's fields.
 */
export function fieldOf(
  form: FormInstance,
  error: unknown,
  pick: (label: { vi: string; en: string }) => string,
): boolean {
  if (!(error instanceof ApiError) || !error.problem) return false;
  const field = (error.problem.details as { field?: unknown } | undefined)?.field;
  if (typeof field !== 'string' || form.getFieldInstance(field) === undefined) return false;
  form.setFields([{ name: field, errors: [pick(error.problem.message)] }]);
  return true;
}

/** The only screen of a user whose password must change (every other route answers 403 until then). */
export function MustChangePassword() {
  const { t, pick } = useI18n();
  const { changePassword, signOut } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(values.currentPassword ?? '', values.newPassword ?? '');
    } catch (caught) {
      setError(fieldOf(form, caught, pick) ? undefined : caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="mf-sign-in">
      <Card className="mf-sign-in-card">
        <Typography.Title level={1} className="mf-sign-in-title">
          {t('session.changePassword')}
        </Typography.Title>
        <Typography.Paragraph>{t('session.mustChange')}</Typography.Paragraph>
        <Form form={form} name="must-change-password" layout="vertical" onFinish={submit}>
          <Form.Item name="currentPassword" label={t('session.currentPassword')}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('session.newPassword')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <ProblemAlert error={error} />
          <Space className="mf-gap-top">
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('session.save')}
            </Button>
            <Button onClick={() => signOut()}>{t('session.signOut')}</Button>
          </Space>
        </Form>
      </Card>
    </main>
  );
}
