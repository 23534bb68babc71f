export { errorsCsvLines, importRowErrors } from './errors-csv';
export { runScoped, type ScopedOperation } from './gate';
export {
  DEFAULT_MAX_IMPORT_BYTES,
  discardFile,
  FileTooLarge,
  type ReceivedFile,
  receiveFile,
} from './receive';
export type { ImportReport } from './report';
export { type ImportUpload, uploadImport } from './upload';
