import { type ComponentProps, useLayoutEffect, useRef } from 'react';
import { DefaultLegendContent } from 'recharts';

type LegendContentProps = ComponentProps<typeof DefaultLegendContent>;

/**
 * Recharts' own legend, minus the English it hard-codes: each icon is named
 * "<entry> legend icon" whatever the language. The text beside the icon already names the
 * entry, so the icon is decoration and leaves the accessibility tree. Use as
 * `<Legend content={(props) => <ChartLegendContent {...props} />} />`.
 */
export const ChartLegendContent = (props: LegendContentProps) => {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    for (const icon of ref.current?.querySelectorAll('svg[aria-label]') ?? []) {
      icon.removeAttribute('aria-label');
      icon.setAttribute('aria-hidden', 'true');
    }
  });
  return (
    <div ref={ref}>
      <DefaultLegendContent {...props} />
    </div>
  );
};
