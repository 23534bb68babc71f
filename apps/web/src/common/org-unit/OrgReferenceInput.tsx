import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

interface OrgReferenceInputProps {
  source: string;
  reference: 'regions' | 'municipalities' | 'institutions';
  alwaysOn?: boolean;
  label?: string;
  validate?: Validator | Validator[];
}

const searchByName = (q: string) => ({ q });

/** Picks an org unit by typing part of its name or code; the server searches in scope. */
export const OrgReferenceInput = ({
  source,
  reference,
  label,
  validate,
}: OrgReferenceInputProps) => (
  <ReferenceInput source={source} reference={reference} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput
      filterToQuery={searchByName}
      sx={{ minWidth: 260 }}
      {...(label ? { label } : {})}
      {...(validate ? { validate } : {})}
    />
  </ReferenceInput>
);
