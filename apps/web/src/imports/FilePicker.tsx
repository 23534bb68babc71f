import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';

interface FilePickerProps {
  /** The form field name the server expects: `file`, `orgs` or `users`. */
  name: string;
  label: string;
  file: File | null;
  disabled: boolean;
  onChange: (file: File | null) => void;
}

/** A labelled file input shown as a button, with the chosen file's name beside it. */
export const FilePicker = ({ name, label, file, disabled, onChange }: FilePickerProps) => {
  const translate = useTranslate();
  const chosenId = useId();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Button
        component="label"
        variant="outlined"
        startIcon={<UploadFileIcon />}
        disabled={disabled}
        aria-describedby={chosenId}
      >
        {translate(label)}
        <input
          type="file"
          name={name}
          accept=".csv,text/csv,text/plain"
          hidden
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      </Button>
      <Typography id={chosenId} variant="body2">
        {file ? file.name : translate('cutover.imports.no_file')}
      </Typography>
    </Stack>
  );
};
