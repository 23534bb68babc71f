import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { UserMenu } from './UserMenu';
import { UserScope } from './UserScope';

/** react-admin's bar (title, language menu, user menu) plus who is signed in and where. */
export const AppBar = () => (
  <RaAppBar userMenu={<UserMenu />}>
    <TitlePortal />
    <UserScope />
  </RaAppBar>
);
