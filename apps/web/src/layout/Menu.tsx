import { Menu as RaMenu, useTranslate } from 'react-admin';

/**
 * react-admin's resource menu shows a resource only when `canAccess(list)` allows it, and
 * the auth provider answers that from the same permission table the server enforces.
 */
export const Menu = () => {
  const translate = useTranslate();
  return (
    <nav aria-label={translate('cutover.layout.menu')}>
      <RaMenu />
    </nav>
  );
};
