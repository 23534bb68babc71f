import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslate } from 'react-admin';

interface StatusChipProps {
  /** The enum under `enums.*` whose value this is. */
  enumName: string;
  value: string;
  colour: ChipProps['color'];
}

/** A status as words in a coloured outline: colour helps, the text carries the meaning. */
export const StatusChip = ({ enumName, value, colour }: StatusChipProps) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colour}
      label={translate(`enums.${enumName}.${value}`)}
    />
  );
};
