import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Children, type ReactElement } from 'react';
import { Labeled, useTranslate } from 'react-admin';

type FieldElement = ReactElement<{ source?: string; label?: string }>;

interface FieldGroupProps {
  /** A heading for the group (i18n key); none for the record's main details. */
  titleKey?: string;
  children: FieldElement | FieldElement[];
}

/** Labelled fields side by side, so a record's details fit on one screen. */
export const FieldGroup = ({ titleKey, children }: FieldGroupProps) => {
  const translate = useTranslate();
  return (
    <Box component={titleKey ? 'section' : 'div'}>
      {titleKey ? (
        <Typography component="h2" variant="subtitle1" gutterBottom>
          {translate(titleKey)}
        </Typography>
      ) : null}
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {Children.map(children, (field) => (
          <Labeled source={field.props.source} label={field.props.label}>
            {field}
          </Labeled>
        ))}
      </Stack>
    </Box>
  );
};
