import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Title, useRedirect, useTranslate } from 'react-admin';
import { FilePicker } from './FilePicker';
import { FormatHelp } from './FormatHelp';
import type { ImportFiles } from './types';
import { UploadProgress } from './UploadProgress';
import { type UploadState, useImportUpload } from './useImportUpload';

type Format = ImportFiles['format'];
type Chosen = Record<'file' | 'orgs' | 'users', File | null>;

const formats: readonly Format[] = ['staff_csv', 'oneroster'];

/** The files each format sends, by the form field name the server expects, with labels. */
const fileFields: Record<Format, readonly { name: keyof Chosen; label: string }[]> = {
  staff_csv: [{ name: 'file', label: 'cutover.imports.choose_file' }],
  oneroster: [
    { name: 'orgs', label: 'cutover.imports.choose_orgs' },
    { name: 'users', label: 'cutover.imports.choose_users' },
  ],
};

const progressLabel = {
  sending: 'cutover.imports.sending',
  checking: 'cutover.imports.checking',
} as const;

function filesOf(format: Format, chosen: Chosen): ImportFiles | null {
  if (format === 'staff_csv') return chosen.file ? { format, file: chosen.file } : null;
  return chosen.orgs && chosen.users ? { format, orgs: chosen.orgs, users: chosen.users } : null;
}

const busy = (state: UploadState) => state.phase === 'sending' || state.phase === 'checking';

/**
 * The upload page: pick the format and the file(s), send them for a dry run. Nothing is
 * written to staff here; the job's page shows the report and commits.
 */
export const ImportCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const formatLabel = useId();
  const [format, setFormat] = useState<Format>('staff_csv');
  const [chosen, setChosen] = useState<Chosen>({ file: null, orgs: null, users: null });
  const { state, start, cancel } = useImportUpload();
  const files = filesOf(format, chosen);
  const working = busy(state);

  useEffect(() => {
    if (state.phase === 'done') redirect('show', 'imports', state.jobId);
  }, [state, redirect]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (files) void start(files);
  };
  const pick = (key: keyof Chosen) => (file: File | null) =>
    setChosen((c) => ({ ...c, [key]: file }));

  return (
    <Card component="section" sx={{ mt: 2 }}>
      <Title title={translate('cutover.imports.upload_title')} />
      <CardContent component="form" onSubmit={submit}>
        <Stack spacing={3}>
          <Typography component="h2" variant="h6">
            {translate('cutover.imports.upload_title')}
          </Typography>
          <Typography variant="body2">{translate('cutover.imports.upload_intro')}</Typography>
          <div>
            <FormLabel id={formatLabel}>{translate('cutover.imports.format')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={formatLabel}
              value={format}
              onChange={(event) => setFormat(event.target.value as Format)}
            >
              {formats.map((value) => (
                <FormControlLabel
                  key={value}
                  value={value}
                  control={<Radio />}
                  label={translate(`enums.importFormat.${value}`)}
                  disabled={working}
                />
              ))}
            </RadioGroup>
          </div>
          <FormatHelp format={format} />
          {fileFields[format].map(({ name, label }) => (
            <FilePicker
              key={name}
              name={name}
              label={label}
              file={chosen[name]}
              disabled={working}
              onChange={pick(name)}
            />
          ))}
          {(state.phase === 'sending' || state.phase === 'checking') && (
            <UploadProgress label={progressLabel[state.phase]} percent={state.percent} />
          )}
          {state.phase === 'failed' && (
            <Alert severity="error">
              {translate(state.key, { _: translate('errors.internal') })}
              {state.requestId
                ? ` ${translate('cutover.imports.request_id', { id: state.requestId })}`
                : ''}
            </Alert>
          )}
          <Stack direction="row" spacing={2}>
            <Button type="submit" variant="contained" disabled={!files || working}>
              {translate('cutover.imports.check')}
            </Button>
            {state.phase === 'sending' && (
              <Button onClick={cancel}>{translate('cutover.imports.cancel_upload')}</Button>
            )}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};
