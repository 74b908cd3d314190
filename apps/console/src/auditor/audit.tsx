import { useNavigate } from 'react-router';
import { Card, Form, Input } from 'antd';
import { useI18n } from '../i18n/i18n';
import { CAN, useUser } from '../session/session';
import { Page } from '../shell/page';
import { StoreVerification } from './verification';

/** The auditor's start: a record opened by its id, and the whole store's verification. */
export function Audit() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  return (
    <Page title={t('audit.title')}>
      <Card className="mf-gap">
        <Form layout="vertical" component="div">
          <Form.Item label={t('search.openById')} htmlFor="open-member-id">
            <Input.Search
              id="open-member-id"
              enterButton={t('app.open')}
              placeholder={t('search.memberId')}
              onSearch={(value) =>
                value.trim() && navigate(`/members/${encodeURIComponent(value.trim())}`)
              }
            />
          </Form.Item>
        </Form>
      </Card>
      {CAN.verify(user.role) ? (
        <Card>
          <StoreVerification />
        </Card>
      ) : null}
    </Page>
  );
}
