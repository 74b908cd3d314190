import { Alert, Button, Space, Tag } from 'antd';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/**
 * What the api answered when it refused: a rule (422) with its message as the api wrote it, the
 * stale-record warning (412) with a way to load the latest version, or any other problem's message.
 */
export function ProblemAlert({
  error,
  onReload,
}: {
  readonly error: unknown;
  readonly onReload?: () => void;
}) {
  const { t, pick } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return <Alert role="alert" type="error" showIcon title={String(error)} />;
  }
  const problem = error.problem;
  const message = problem?.message ? pick(problem.message) : error.message;
  if (error.status === 412) {
    return (
      <Alert
        role="alert"
        type="warning"
        showIcon
        title={t('form.stale')}
        description={message}
        action={
          onReload ? (
            <Button size="small" onClick={onReload}>
              {t('form.reload')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  if (error.status === 422 && problem?.rule) {
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        data-rule={problem.rule}
        title={
          <Space wrap>
            <Tag color="red">{problem.rule}</Tag>
            <span>{message}</span>
          </Space>
        }
        description={t('form.nothingWritten')}
      />
    );
  }
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={error.status === 400 ? t('form.invalid') : message}
      description={error.status === 400 ? message : undefined}
    />
  );
}
