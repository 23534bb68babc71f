import { Admin, Resource } from 'react-admin';
import { auditLog } from './audit-log';
import { LoginPage } from './auth/LoginPage';
import { chats } from './chats';
import { Dashboard } from './dashboard';
import { deadlines } from './deadlines';
import { i18nProvider } from './i18n/i18nProvider';
import { store } from './i18n/locale';
import { imports } from './imports';
import { institutions } from './institutions';
import { Layout } from './layout/Layout';
import { municipalities } from './municipalities';
import { orgUnits } from './org-units';
import { policies } from './policies';
import { authProvider, dataProvider } from './providers';
import { regions } from './regions';
import { staff } from './staff';
import { theme } from './theme';
import { users } from './users';
import { waves } from './waves';

/** Registers resources only; everything else lives in its own folder. */
export const App = () => (
  <Admin
    disableTelemetry
    title="Cutover"
    dashboard={Dashboard}
    requireAuth
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    loginPage={LoginPage}
    theme={theme}
    darkTheme={null}
  >
    <Resource name="orgUnits" {...orgUnits} />
    <Resource name="regions" {...regions} />
    <Resource name="municipalities" {...municipalities} />
    <Resource name="institutions" {...institutions} />
    <Resource name="staff" {...staff} />
    <Resource name="chats" {...chats} />
    <Resource name="imports" {...imports} />
    <Resource name="waves" {...waves} />
    <Resource name="deadlines" {...deadlines} />
    <Resource name="users" {...users} />
    <Resource name="auditLog" {...auditLog} />
    <Resource name="policies" {...policies} />
  </Admin>
);
