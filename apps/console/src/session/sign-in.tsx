import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useI18n, type Lang } from '../i18n/i18n';
import { ProblemAlert } from '../forms/problem-alert';
import { homeOf, useSession } from './session';

/** Username and password (POST /api/session): the api answers with the session cookie. */
export function SignIn() {
  const { t, lang, setLang } = useI18n();
  const { signIn, expired } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  const submit = async ({ username, password }: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const user = await signIn(username?.trim() ?? '', password ?? '');
      navigate(from && from !== '/sign-in' ? from : homeOf(user.role), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="mf-sign-in">
      <Card className="mf-sign-in-card">
        <div className="mf-sign-in-language">
          <Segmented<Lang>
            aria-label={t('app.language')}
            size="small"
            value={lang}
            onChange={setLang}
            options={[
              { value: 'vi', label: <span lang="vi">VI</span>, title: 'Tiếng Việt' },
              { value: 'en', label: <span lang="en">EN</span>, title: 'English' },
            ]}
          />
        </div>
        <Typography.Title level={1} className="mf-sign-in-title">
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {expired ? (
          <Alert type="info" showIcon title={t('session.expired')} className="mf-gap" />
        ) : null}
        <Form name="sign-in" layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('session.username')}>
            <Input autoComplete="username" autoCapitalize="none" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('session.password')}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <div className="mf-gap">
            <ProblemAlert error={error} />
          </div>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('session.signIn')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
