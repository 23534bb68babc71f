import { UserMenu as RaUserMenu, useGetIdentity } from 'react-admin';

/**
 * The menu button shows the user's name; its accessible name must contain that visible
 * text (WCAG 2.5.3), so the name is the label rather than a generic "Profile".
 */
export const UserMenu = () => {
  const { identity } = useGetIdentity();
  return <RaUserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />;
};
