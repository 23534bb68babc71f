export type ScaleName = 'demo' | 'national';

export interface ScaleConfig {
  name: ScaleName;
  institutions: number;
  municipalities: number;
  minInstitutions: number;
  minMunicipalities: number;
}

/** Institutions per kind and staff per institution follow the same distributions at both scales. */
export const scales: Record<ScaleName, ScaleConfig> = {
  demo: {
    name: 'demo',
    institutions: 2000,
    municipalities: 320,
    minInstitutions: 6,
    minMunicipalities: 2,
  },
  national: {
    name: 'national',
    institutions: 85_000,
    municipalities: 2300,
    minInstitutions: 24,
    minMunicipalities: 3,
  },
};
