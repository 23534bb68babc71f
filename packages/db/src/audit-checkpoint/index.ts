export * from './checkpoint';
export {
  appendCheckpoint,
  CHECKPOINTS_FILE,
  lastCheckpointIn,
  publicKeyFileName,
  writePublicKeyFile,
} from './checkpoint-file';
export * from './load-checkpoints';
export * from './write-checkpoint';
