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

/** The org-unit tree, the region, municipality and institution pages, and unit actions. */
export const orgUnits = {
  resources: {
    // No name: the menu then shows the tree browser's own label (cutover.hierarchy.menu).
    orgUnits: {
      notifications: { created: 'Unit created.', updated: 'Unit saved.' },
    },
    regions: {
      name: 'Region |||| Regions',
      forcedCaseName: 'region |||| regions',
      fields: {
        ...orgUnitFields,
        code: 'ISO 3166-2 code',
        populationK: 'Population, thousands',
        childCount: 'Municipalities',
      },
    },
    municipalities: {
      name: 'Municipality |||| Municipalities',
      forcedCaseName: 'municipality |||| municipalities',
      fields: {
        ...orgUnitFields,
        code: 'OKTMO code',
        parentId: 'Region',
        childCount: 'Institutions',
      },
    },
    institutions: {
      name: 'Institution |||| Institutions',
      forcedCaseName: 'institution |||| institutions',
      fields: {
        ...orgUnitFields,
        code: 'Registry ID',
        parentId: 'Municipality',
        withinId: 'Anywhere in region',
        staff: 'Staff members',
      },
    },
  },
  cutover: {
    hierarchy: {
      menu: 'Hierarchy',
      title: 'Hierarchy',
      tree: 'Hierarchy tree',
      search: 'Find a unit by name or code',
      search_hint: 'At least 2 characters; matches anywhere in your scope.',
      searching: 'Searching…',
      results: 'Search results',
      no_results: 'No unit in your scope matches.',
      reveal: 'Show in tree',
      loading: 'Loading units…',
      expand: 'Expand %{name}',
      collapse: 'Collapse %{name}',
      children: '%{smart_count} unit below |||| %{smart_count} units below',
    },
    org_actions: {
      add_municipalities: 'Add municipality',
      add_institutions: 'Add institution',
      move: 'Move',
      move_title: 'Move %{name}',
      moved: '%{name} moved.',
      new_parent: 'New parent unit',
      reason: 'Reason',
      reason_hint: 'Recorded in the audit log with the change (3 to 500 characters).',
      close: 'Close unit',
      close_title: 'Close %{name}',
      closed: '%{name} closed.',
      closed_on: 'This unit was closed on %{date}. It remains in history and "as of" views.',
      valid_to: 'Closing date',
      merge: 'Merge into…',
      merge_title: 'Merge %{name} into another institution',
      merge_target: 'Institution to merge into',
      merged: '%{name} merged; its staff and chats moved to the institution shown.',
    },
    org_search: {
      loading: 'Searching…',
      no_options: 'No matching units in your scope',
      type_to_search: 'Type at least 2 characters to search',
    },
  },
  enums: {
    level: {
      country: 'Country',
      region: 'Region',
      municipality: 'Municipality',
      institution: 'Institution',
    },
    kind: {
      country: 'Country',
      region: 'Region',
      municipality: 'Municipality',
      school: 'School',
      preschool: 'Preschool',
      college: 'College',
      technical_school: 'Technical school',
      other: 'Other',
    },
  },
};
