import type { ReactNode } from 'react';
import { Alert, Button, Spin, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { ApiError } from '../api/client';

/** A page's title (the one h1) and its content. */
export function Page({
  title,
  extra,
  children,
}: {
  readonly title: ReactNode;
  readonly extra?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <div className="mf-page">
      <div className="mf-page-head">
        <Typography.Title level={1} className="mf-page-title">
          {title}
        </Typography.Title>
        {extra ? <div className="mf-page-extra">{extra}</div> : null}
      </div>
      {children}
    </div>
  );
}

/** A query's state: a spinner while it loads, the api's message when it fails, else the content. */
export function Loaded({
  query,
  children,
}: {
  readonly query: { isPending: boolean; error: unknown; refetch: () => unknown };
  readonly children: () => ReactNode;
}) {
  const { t, pick } = useI18n();
  if (query.error) {
    const error = query.error;
    const message =
      error instanceof ApiError && error.problem?.message
        ? pick(error.problem.message)
        : String(error);
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        title={message}
        action={
          <Button size="small" onClick={() => query.refetch()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  if (query.isPending) {
    return (
      <div className="mf-center" aria-busy="true">
        <Spin tip={t('app.loading')}>
          <div className="mf-spin-space" />
        </Spin>
      </div>
    );
  }
  return <>{children()}</>;
}
