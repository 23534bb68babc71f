export { type CountryPlan, DEFAULT_SEED, planCountry } from './country';
export {
  AlreadySeededError,
  SeedError,
  type SeedOptions,
  type SeedReport,
} from './options';
export { generateRegion } from './region';
export { PILOT_REGIONS } from './schedule';
export { seedDemo, seedDemoIfEmpty } from './seed-demo';
export { type NationalSeedOptions, seedNational } from './seed-national';
export { isSeeded, type RegionProgress } from './steps';
