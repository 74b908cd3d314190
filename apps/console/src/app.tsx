import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Result, Spin } from 'antd';
import { Link } from 'react-router';
import { useI18n } from './i18n/i18n';
import { CAN, homeOf, useSession } from './session/session';
import { SignIn } from './session/sign-in';
import { MustChangePassword } from './session/change-password';
import { Shell } from './shell/shell';
import { Worklist } from './officer/worklist';
import { SourceCandidate } from './officer/source-candidate';
import { MemberPage } from './officer/member-page';
import { Search } from './officer/search';
import { OrgTree } from './officer/org-tree';
import { Audit } from './auditor/audit';
import { Roster } from './analyst/roster';

/** The charts load with the dashboard only. */
const Dashboard = lazy(() =>
  import('./analyst/dashboard').then((module) => ({ default: module.Dashboard })),
);

export function AppRoutes() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) {
    return (
      <div className="mf-center">
        <Spin size="large" />
      </div>
    );
  }
  if (user === null) {
    return (
      <Routes>
        <Route path="/sign-in" element={<SignIn />} />
        <Route
          path="*"
          element={
            <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />
          }
        />
      </Routes>
    );
  }
  if (user.mustChangePassword) return <MustChangePassword />;
  const role = user.role;
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Navigate to={homeOf(role)} replace />} />
        <Route path="/sign-in" element={<Navigate to={homeOf(role)} replace />} />
        {CAN.query(role) && <Route path="/worklist" element={<Worklist />} />}
        {CAN.query(role) && <Route path="/search" element={<Search />} />}
        {CAN.act(role) && <Route path="/members/new" element={<SourceCandidate />} />}
        <Route path="/members/:id" element={<MemberPage />} />
        {CAN.query(role) && <Route path="/orgs" element={<OrgTree />} />}
        {CAN.verify(role) || CAN.history(role) ? <Route path="/audit" element={<Audit />} /> : null}
        {CAN.query(role) && (
          <Route
            path="/dashboard"
            element={
              <Suspense fallback={<Spin className="mf-center" />}>
                <Dashboard />
              </Suspense>
            }
          />
        )}
        {CAN.query(role) && <Route path="/roster" element={<Roster />} />}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Shell>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={<Link to="/">{t('app.backHome')}</Link>}
    />
  );
}
