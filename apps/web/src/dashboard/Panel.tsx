import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId } from 'react';

interface PanelProps {
  title: string;
  /** Level of the panel's heading in the page outline. */
  level?: 'h2' | 'h3';
  action?: ReactNode;
  children: ReactNode;
}

/** A titled section of the dashboard; the heading names the section for screen readers. */
export const Panel = ({ title, level = 'h3', action, children }: PanelProps) => {
  const id = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={id}
      sx={{ p: 2, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Typography
        id={id}
        component={level}
        variant="subtitle1"
        sx={{ fontWeight: 600, display: 'flex', justifyContent: 'space-between', gap: 1 }}
      >
        {title}
        {action}
      </Typography>
      {children}
    </Paper>
  );
};
