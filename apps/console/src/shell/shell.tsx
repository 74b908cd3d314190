import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useI18n, type Lang } from '../i18n/i18n';
import type { LabelKey } from '../i18n/labels';
import { CAN, useUser, useSession, type Role } from '../session/session';
import { ChangePassword } from '../session/change-password';

interface NavItem {
  readonly path: string;
  readonly label: LabelKey;
  readonly allowed: (role: Role) => boolean;
}

const NAV: readonly NavItem[] = [
  {
    path: '/worklist',
    label: 'nav.worklist',
    allowed: (role) => role === 'officer' || role === 'admin',
  },
  { path: '/search', label: 'nav.search', allowed: CAN.query },
  { path: '/members/new', label: 'nav.source', allowed: CAN.act },
  { path: '/orgs', label: 'nav.orgs', allowed: CAN.query },
  { path: '/audit', label: 'nav.audit', allowed: CAN.verify },
  { path: '/dashboard', label: 'nav.dashboard', allowed: CAN.query },
  { path: '/roster', label: 'nav.roster', allowed: CAN.query },
];

/** The frame of every signed-in page: the menu of the user's role, the language switch, the user. */
export function Shell({ children }: { readonly children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const user = useUser();
  const { signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [drawer, setDrawer] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const items = NAV.filter((item) => item.allowed(user.role)).map((item) => ({
    key: item.path,
    label: <Link to={item.path}>{t(item.label)}</Link>,
  }));
  const selected = NAV.map((item) => item.path).filter(
    (path) => location.pathname === path || location.pathname.startsWith(`${path}/`),
  );
  const scope = user.orgScope === '*' ? t('session.wholeDeployment') : user.orgScope;

  const languageSwitch = (
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
  );
  const userMenu = (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            label: `${t(`role.${user.role}`)} · ${t('session.scope', { scope })}`,
            disabled: true,
          },
          { key: 'password', label: t('session.changePassword') },
          { type: 'divider' },
          { key: 'sign-out', label: t('session.signOut') },
        ],
        onClick: async ({ key }) => {
          if (key === 'password') setPasswordOpen(true);
          if (key === 'sign-out') {
            await signOut();
            navigate('/sign-in');
          }
        },
      }}
    >
      <Button
        type="text"
        icon={<UserOutlined />}
        className="mf-header-button"
        aria-label={user.displayName}
      >
        {narrow ? null : user.displayName}
      </Button>
    </Dropdown>
  );

  return (
    <Layout className="mf-layout">
      <a className="mf-skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="mf-header">
        {narrow ? (
          <Button
            type="text"
            className="mf-header-button"
            icon={<MenuOutlined />}
            aria-label={t('app.menu')}
            onClick={() => setDrawer(true)}
          />
        ) : null}
        <Link to="/" className="mf-brand">
          {t('app.name')}
        </Link>
        {narrow ? (
          <span className="mf-grow" />
        ) : (
          <nav aria-label={t('app.menu')} className="mf-grow">
            <Menu
              mode="horizontal"
              theme="dark"
              selectedKeys={selected}
              items={items}
              className="mf-menu"
            />
          </nav>
        )}
        <Space size="small">
          {languageSwitch}
          {userMenu}
        </Space>
      </Layout.Header>
      <Drawer
        title={t('app.name')}
        placement="left"
        open={drawer}
        onClose={() => setDrawer(false)}
        size={280}
      >
        <nav aria-label={t('app.menu')}>
          <Menu
            mode="vertical"
            selectedKeys={selected}
            items={items}
            onClick={() => setDrawer(false)}
          />
        </nav>
        <Typography.Paragraph type="secondary" className="mf-drawer-user">
          {user.displayName} · {t(`role.${user.role}`)} · {t('session.scope', { scope })}
        </Typography.Paragraph>
      </Drawer>
      <Layout.Content id="main" tabIndex={-1} className="mf-content">
        {children}
      </Layout.Content>
      <ChangePassword open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}
