const orgUnitFields = {
  id: 'ID',
  name: 'Name',
  nameEn: 'Name in English',
  level: 'Level',
  kind: 'Type',
  authorityName: 'Education authority',
  institutions: 'Institutions in subtree',
  staff: 'Staff in subtree',
  validFrom: 'Valid from',
  validTo: 'Valid to',
  updatedAt: 'Last updated',
  q: 'Search by name or code',
};

export const resources = {
  regions: {
    name: 'Region |||| Regions',
    fields: {
      ...orgUnitFields,
      code: 'ISO 3166-2 code',
      populationK: 'Population, thousands',
      childCount: 'Municipalities',
    },
  },
  municipalities: {
    name: 'Municipality |||| Municipalities',
    fields: {
      ...orgUnitFields,
      code: 'OKTMO code',
      parentId: 'Region',
      childCount: 'Institutions',
    },
  },
  institutions: {
    name: 'Institution |||| Institutions',
    fields: {
      ...orgUnitFields,
      code: 'Registry ID',
      parentId: 'Municipality',
      withinId: 'Anywhere in region',
    },
  },
  staff: {
    name: 'Staff member |||| Staff',
    fields: {
      id: 'ID',
      fullName: 'Full name',
      role: 'Position',
      funnelStatus: 'Platform status',
      orgUnitId: 'Institution',
      orgUnitName: 'Organisation',
      withinId: 'Anywhere in region',
      inactiveForDays: 'Not active for',
      phone: 'Phone',
      email: 'Email',
      externalId: 'External ID',
      invitedAt: 'Invited',
      registeredAt: 'Registered',
      lastActiveAt: 'Last active',
      deactivatedAt: 'Deactivated',
      updatedAt: 'Last updated',
      q: 'Search by name',
    },
  },
};
