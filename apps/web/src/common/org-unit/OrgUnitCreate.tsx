import type { ReactNode } from 'react';
import { Create, ResourceContextProvider, SimpleForm, type TransformData } from 'react-admin';
import { useNotifyError } from '../useNotifyError';
import { type LevelResource, OrgUnitTitle } from './OrgUnitTitle';

interface OrgUnitCreateProps {
  /** The level's resource: labels come from its messages (a region's code is ISO 3166-2). */
  resource: LevelResource;
  /** Adds what the form does not ask for (a region's parent is the country). */
  transform?: TransformData;
  children: ReactNode;
}

/** Creates a unit through orgUnits.create; the server derives the level from the parent. */
export const OrgUnitCreate = ({ resource, transform, children }: OrgUnitCreateProps) => {
  const notifyError = useNotifyError();
  return (
    <Create
      resource="orgUnits"
      mutationOptions={{ onError: notifyError }}
      redirect={(_resource, id) => `/${resource}/${id}/show`}
      title={<OrgUnitTitle resource={resource} creating />}
      {...(transform ? { transform } : {})}
    >
      <ResourceContextProvider value={resource}>
        <SimpleForm>{children}</SimpleForm>
      </ResourceContextProvider>
    </Create>
  );
};
