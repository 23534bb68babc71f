/**
 * Text for screen readers only: out of sight, still in the accessibility tree. Sizes are
 * strings on purpose: MUI's `sx` reads a bare 1 as 100%, which made hidden labels as wide
 * as their container and pushed pages wider than the window.
 */
export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;
