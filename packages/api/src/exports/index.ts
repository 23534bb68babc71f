export { contentTypeOf, exportDir, exportFileName, manifestFileName } from './config';
export { exportById } from './create';
export { runExportRead } from './gate';
export { type ExportManifest, MANIFEST_FORMAT } from './manifest';
export { runNextExport, runPendingExports } from './runner';
export { sweepExports } from './sweep';
export { type ExportVerdict, verifyExport } from './verify';
export { sha256File } from './file-hash';
