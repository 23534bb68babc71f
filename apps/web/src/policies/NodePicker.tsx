import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { useDebounced } from '../common/useDebounced';
import { policyApi } from './api';
import type { OrgUnitOption, PolicyNode } from './types';

interface NodePickerProps {
  node: PolicyNode;
  onPick: (nodeId: number) => void;
}

/** Units directly below the node, or a name/code search across the user's subtree. */
export const NodePicker = ({ node, onPick }: NodePickerProps) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const q = useDebounced(input.trim(), 250);
  const fetcher = useMemo(
    () => (q.length >= 2 ? policyApi.search(q) : policyApi.children(node.id)),
    [q, node.id],
  );
  const units = useApiQuery(fetcher, { quiet: true });
  const options = (units.data ?? []).filter((unit) => unit.id !== node.id);
  const t = (key: string) => translate(`cutover.policies.picker.${key}`);
  return (
    <Autocomplete<OrgUnitOption>
      sx={{ flex: '0 1 360px', minWidth: 260 }}
      options={options}
      value={null}
      inputValue={input}
      onInputChange={(_event, value, reason) => {
        if (reason !== 'reset') setInput(value);
      }}
      onChange={(_event, unit) => {
        if (!unit) return;
        setInput('');
        onPick(unit.id);
      }}
      filterOptions={(all) => all}
      getOptionLabel={(unit) => unit.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={units.loading}
      loadingText={t('loading')}
      noOptionsText={t('none')}
      openText={t('open')}
      closeText={t('close')}
      clearText={t('clear')}
      renderOption={({ key, ...props }, unit) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography variant="body2">{unit.name}</Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(`enums.level.${unit.level}`, { _: unit.level })} · {unit.code}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} size="small" label={t('label')} helperText={t('hint')} />
      )}
    />
  );
};
