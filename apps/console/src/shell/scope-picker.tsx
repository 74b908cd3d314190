import { Alert, Form, Input } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useUser } from '../session/session';
import { setChosenRoot, useScopeRoot } from './scope';

/** For a whole-deployment user only: the unit the trees and figures start from. */
export function ScopeRootPicker() {
  const { t } = useI18n();
  const user = useUser();
  const root = useScopeRoot();
  if (user.orgScope !== '*') return null;
  return (
    <Alert
      className="mf-gap"
      type="info"
      title={t('scope.pick')}
      description={
        <Form layout="inline" component="div">
          <Form.Item label={t('scope.unitId')} htmlFor="scope-root">
            <Input.Search
              id="scope-root"
              defaultValue={root}
              enterButton={t('app.open')}
              onSearch={(value) => value.trim() && setChosenRoot(value.trim())}
            />
          </Form.Item>
        </Form>
      }
    />
  );
}
