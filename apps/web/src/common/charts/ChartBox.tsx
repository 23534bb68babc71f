import Box from '@mui/material/Box';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

interface ChartBoxProps {
  /** What the chart shows, in words (the box is one image to assistive technology). */
  label: string;
  height: number;
  /** The chart at the box's width (in pixels). */
  children: (width: number) => ReactNode;
}

/**
 * A full-width box of fixed height holding a chart drawn at its width. Recharts'
 * ResponsiveContainer reads the width in an effect after the first paint and draws the
 * chart one render later; this reads it before the browser paints, so the chart is there
 * in the first frame, and follows later resizes (phone rotation, the menu opening).
 */
export const ChartBox = ({ label, height, children }: ChartBoxProps) => {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setWidth(box.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <Box ref={ref} role="img" aria-label={label} sx={{ width: '100%', height }}>
      {width > 0 ? children(width) : null}
    </Box>
  );
};
