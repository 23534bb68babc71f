/** Waves: their pages and errors. */
export const waves = {
  resources: {
    waves: {
      name: 'Wave |||| Waves',
      forcedCaseName: 'wave |||| waves',
      fields: {
        id: 'ID',
        code: 'Code',
        name: 'Name',
        nameEn: 'Name in English',
        nameRu: 'Name in Russian',
        opensOn: 'Opens on',
        nationalDeadline: 'National deadline',
      },
    },
  },
  errors: {
    wave_not_found: 'This wave does not exist.',
  },
};
