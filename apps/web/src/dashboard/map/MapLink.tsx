import type { MouseEvent, ReactNode } from 'react';
import type { Drill } from '../types';

interface MapLinkProps {
  id: number;
  label: string;
  drill: Drill;
  onActive: (id: number | null) => void;
  children: ReactNode;
}

/**
 * A shape or marker as a link: Tab reaches it, Enter opens it, a screen reader reads its
 * label, and a new tab opens it too (the app routes on the URL's hash).
 */
export const MapLink = ({ id, label, drill, onActive, children }: MapLinkProps) => {
  const to = drill.to(id);
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    drill.open(id);
  };
  return (
    <a
      href={`#${to.pathname}${to.search}`}
      aria-label={label}
      data-unit={id}
      onClick={open}
      onFocus={() => onActive(id)}
      onBlur={() => onActive(null)}
      onMouseEnter={() => onActive(id)}
      onMouseLeave={() => onActive(null)}
    >
      {children}
    </a>
  );
};
