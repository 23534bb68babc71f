import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';

interface UploadProgressProps {
  /** i18n key of what is going on. */
  label: string;
  /** 0-100, or null while the server has not reported yet. */
  percent: number | null;
}

/** A progress bar with its words: sending the file, then the server checking it. */
export const UploadProgress = ({ label, percent }: UploadProgressProps) => {
  const translate = useTranslate();
  const text = translate(label);
  return (
    <Box sx={{ maxWidth: 560 }}>
      <Typography role="status" variant="body2" sx={{ mb: 1 }}>
        {percent === null ? text : `${text} ${percent}%`}
      </Typography>
      <LinearProgress
        aria-label={text}
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? 0}
      />
    </Box>
  );
};
