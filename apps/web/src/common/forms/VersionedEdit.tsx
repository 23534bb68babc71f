import type { ReactNode } from 'react';
import {
  Edit,
  type EditProps,
  ResourceContextProvider,
  SaveButton,
  ShowButton,
  SimpleForm,
  Toolbar,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { useNotifyError } from '../useNotifyError';
import { StaleVersionAlert, StaleVersionProvider, useStaleVersion } from './StaleVersion';

// Records here are closed, deactivated or merged through their own actions, never deleted.
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

interface VersionedEditProps extends Pick<EditProps, 'resource' | 'redirect' | 'title'> {
  /** The resource whose messages label the inputs, when it differs from the saved one. */
  labelsFrom?: string;
  children: ReactNode;
}

/** Keyed by version: after a reload the form shows the other person's change. */
const VersionedForm = ({
  labelsFrom,
  children,
}: Pick<VersionedEditProps, 'labelsFrom' | 'children'>) => {
  const record = useRecordContext<{ id: number; version?: number }>();
  const form = (
    <SimpleForm key={record?.version} toolbar={<SaveOnly />}>
      {children}
    </SimpleForm>
  );
  return labelsFrom ? (
    <ResourceContextProvider value={labelsFrom}>{form}</ResourceContextProvider>
  ) : (
    form
  );
};

const EditPage = ({ labelsFrom, children, redirect = 'show', ...props }: VersionedEditProps) => {
  const { report } = useStaleVersion();
  const notifyError = useNotifyError();
  // Field errors also land on their fields; a stale version gets its notice with a reload.
  const onError = (error: unknown) => {
    if (!report(error)) notifyError(error);
  };
  return (
    <Edit
      {...props}
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      redirect={redirect}
      actions={
        <TopToolbar>
          <ShowButton {...(labelsFrom ? { resource: labelsFrom } : {})} />
        </TopToolbar>
      }
    >
      <StaleVersionAlert />
      <VersionedForm labelsFrom={labelsFrom}>{children}</VersionedForm>
    </Edit>
  );
};

/**
 * An Edit page in pessimistic mode (SECURITY.md): the save waits for the server, field
 * errors land on their inputs, and a stale version is reported with a reload, never saved.
 */
export const VersionedEdit = (props: VersionedEditProps) => (
  <StaleVersionProvider>
    <EditPage {...props} />
  </StaleVersionProvider>
);
