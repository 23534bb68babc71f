import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface MapCanvasProps {
  viewBox: readonly [number, number, number, number];
  label: string;
  /** The unit under the pointer or focus, named below the map; otherwise the hint. */
  caption: string;
  children: ReactNode;
}

/**
 * The SVG the map draws into: as wide as its panel, at most about 440 px tall. The browser's
 * own focus box is replaced by the outline each map draws on top of the focused unit.
 */
export const MapCanvas = ({ viewBox, label, caption, children }: MapCanvasProps) => {
  const [, , width, height] = viewBox;
  return (
    <>
      <Box
        component="svg"
        viewBox={viewBox.join(' ')}
        role="group"
        aria-label={label}
        sx={{
          display: 'block',
          width: '100%',
          maxWidth: Math.round((440 * width) / height),
          height: 'auto',
          mx: 'auto',
          '& a': { cursor: 'pointer' },
          '& a:focus': { outline: 'none' },
        }}
      >
        {children}
      </Box>
      <Typography variant="body2" aria-hidden sx={{ minHeight: '1.5em', mt: 0.5 }}>
        {caption}
      </Typography>
    </>
  );
};

/** The ring around the unit under the pointer or focus: dark outside, white inside. */
export const FocusRing = ({ d }: { d: string }) => (
  <g pointerEvents="none" data-focus-ring>
    <path d={d} fill="none" stroke="#111418" strokeWidth={3.5} strokeLinejoin="round" />
    <path d={d} fill="none" stroke="#ffffff" strokeWidth={1.25} strokeLinejoin="round" />
  </g>
);
