import { AutocompleteInput, ReferenceInput } from 'react-admin';

interface OrgReferenceInputProps {
  source: string;
  reference: 'regions' | 'municipalities' | 'institutions';
  alwaysOn?: boolean;
}

const searchByName = (q: string) => ({ q });

/** Picks an org unit by typing part of its name or code; the server searches in scope. */
export const OrgReferenceInput = ({ source, reference }: OrgReferenceInputProps) => (
  <ReferenceInput source={source} reference={reference} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={searchByName} sx={{ minWidth: 260 }} />
  </ReferenceInput>
);
