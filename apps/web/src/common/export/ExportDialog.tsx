import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { type MouseEvent, useId, useState } from 'react';
import { Button, useLocaleState, useTranslate } from 'react-admin';
import { checkDownload, startDownload } from './downloadCheck';
import {
  buildExportInput,
  type ExportChoice,
  type ExportSubject,
  exportChoices,
  exportFileUrl,
  exportManifestUrl,
} from './exportInput';
import type { useExportJob } from './useExportJob';

interface ExportDialogProps {
  /** The dialog's title, a message key ("Export staff"). */
  title: string;
  titleArgs?: Record<string, string>;
  subject: ExportSubject;
  job: ReturnType<typeof useExportJob>;
  onClose: () => void;
}

/** Choose a format, start the job, watch it run, then download the file and its manifest. */
export const ExportDialog = ({ title, titleArgs, subject, job, onClose }: ExportDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const formatLabelId = useId();
  const [choice, setChoice] = useState<ExportChoice>('csv');
  const { state, start, reset, fail } = job;
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = (url: string) => async (event: MouseEvent) => {
    event.preventDefault();
    setDownloadError(null);
    const problem = await checkDownload(url);
    if (!problem) startDownload(url);
    // A file past its retention is gone for good: the job ends here with that message.
    else if (problem === 'exports.errors.expired') fail(problem);
    else setDownloadError(problem);
  };
  const isPack = subject.report === 'pack';
  const busy = state.step === 'starting' || state.step === 'running';

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
      <DialogContent>
        {state.step === 'idle' ? (
          isPack ? (
            <DialogContentText>{translate('cutover.exports.pack_explained')}</DialogContentText>
          ) : (
            <FormControl>
              <FormLabel id={formatLabelId}>{translate('cutover.exports.format')}</FormLabel>
              <RadioGroup
                aria-labelledby={formatLabelId}
                value={choice}
                onChange={(event) => setChoice(event.target.value as ExportChoice)}
              >
                {exportChoices.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio />}
                    label={translate(`cutover.exports.choices.${value}`)}
                  />
                ))}
              </RadioGroup>
            </FormControl>
          )
        ) : null}
        {busy ? (
          <Stack spacing={1}>
            <DialogContentText role="status">
              {state.step === 'running' && state.job
                ? translate('cutover.exports.progress', {
                    smart_count: state.job.progress,
                    count: state.job.progress.toLocaleString(locale),
                  })
                : translate('cutover.exports.queued')}
            </DialogContentText>
            <LinearProgress aria-label={translate('cutover.exports.running')} />
          </Stack>
        ) : null}
        {state.step === 'ready' ? (
          <Stack spacing={1}>
            <DialogContentText role="status">
              {translate('cutover.exports.ready', {
                smart_count: state.job.progress,
                count: state.job.progress.toLocaleString(locale),
              })}
            </DialogContentText>
            <Link
              href={exportFileUrl(state.job.id)}
              download
              onClick={download(exportFileUrl(state.job.id))}
            >
              {translate('cutover.exports.download', { name: state.job.fileName ?? '' })}
            </Link>
            <Link
              href={exportManifestUrl(state.job.id)}
              download
              onClick={download(exportManifestUrl(state.job.id))}
            >
              {translate('cutover.exports.manifest')}
            </Link>
            {downloadError ? <Alert severity="error">{translate(downloadError)}</Alert> : null}
          </Stack>
        ) : null}
        {state.step === 'failed' ? (
          <Alert severity="error">
            {translate(state.message, { _: translate('errors.internal') })}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        {state.step === 'ready' || state.step === 'failed' ? (
          <Button label="cutover.exports.again" onClick={reset} />
        ) : null}
        <Button label="ra.action.close" onClick={onClose} />
        {state.step === 'idle' ? (
          <Button
            label="cutover.exports.start"
            variant="contained"
            onClick={() => start(buildExportInput(subject, choice))}
          />
        ) : null}
      </DialogActions>
    </Dialog>
  );
};
