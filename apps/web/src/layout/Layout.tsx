import { type LayoutProps, Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { DocumentTitle } from './DocumentTitle';
import { LocalisedComponents } from './LocalisedComponents';
import { Menu } from './Menu';

export const Layout = ({ children }: LayoutProps) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    <DocumentTitle />
    <LocalisedComponents>{children}</LocalisedComponents>
  </RaLayout>
);
