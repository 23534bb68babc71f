import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Children, type ReactElement } from 'react';
import { Labeled, useTranslate } from 'react-admin';

interface StaffSectionProps {
  titleKey: string;
  children: ReactElement<{ source?: string }> | ReactElement<{ source?: string }>[];
}

/** A titled group of labelled fields laid out in a row. */
export const StaffSection = ({ titleKey, children }: StaffSectionProps) => {
  const translate = useTranslate();
  return (
    <Box component="section">
      <Typography component="h2" variant="subtitle1" gutterBottom>
        {translate(titleKey)}
      </Typography>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {Children.map(children, (field) => (
          <Labeled source={field.props.source} resource="staff">
            {field}
          </Labeled>
        ))}
      </Stack>
    </Box>
  );
};
