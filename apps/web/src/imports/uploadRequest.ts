import type { ImportFiles } from './types';

/** A refused upload: `key` is an i18n key the server sent (or the web's own for the network). */
export class UploadFailed extends Error {
  constructor(
    readonly key: string,
    readonly status: number,
    readonly requestId?: string,
  ) {
    super(key);
  }
}

const knownKey = /^(imports\.)?errors\.[a-z0-9_]+$/;

function formOf(files: ImportFiles): FormData {
  const form = new FormData();
  if (files.format === 'staff_csv') form.append('file', files.file, files.file.name);
  else {
    form.append('orgs', files.orgs, files.orgs.name);
    form.append('users', files.users, files.users.name);
  }
  return form;
}

/** The refusal in an answer of `POST /api/imports`; only our own keys reach the page. */
export function uploadFailure(status: number, body: unknown): UploadFailed {
  if (status === 0) return new UploadFailed('errors.network', 0);
  const error = typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : undefined;
  const field = (name: string): unknown =>
    typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
  const message = field('message');
  const requestId = field('requestId');
  const key = typeof message === 'string' && knownKey.test(message) ? message : 'errors.internal';
  return new UploadFailed(key, status, typeof requestId === 'string' ? requestId : undefined);
}

/**
 * Sends the files to `POST /api/imports` (the dry run) and resolves with the job's id.
 * XMLHttpRequest rather than fetch: only it reports how much of the body has been sent.
 */
export function sendUpload(
  files: ImportFiles,
  onSent: (fraction: number) => void,
  signal: AbortSignal,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.responseType = 'json';
    xhr.setRequestHeader('x-cutover-client', 'web');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onSent(event.loaded / event.total);
    };
    xhr.onload = () => {
      const id: unknown = xhr.response?.id;
      if (xhr.status === 200 && typeof id === 'number') resolve(id);
      else reject(uploadFailure(xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(new UploadFailed('errors.network', 0));
    xhr.onabort = () => reject(new UploadFailed('cutover.imports.upload_cancelled', 0));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(formOf(files));
  });
}
