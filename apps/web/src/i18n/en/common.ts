/** App chrome and the shared widgets of common/ (forms, list tools, the org breadcrumb). */
export const common = {
  cutover: {
    date: {
      /** The day field's hint: it follows the interface language, not the browser. */
      placeholder: 'YYYY-MM-DD',
    },
    app: {
      title: 'Cutover',
      tagline: 'Oversight of the school chat migration',
    },
    layout: {
      scope: 'Scope',
      role: 'Role',
      menu: 'Main menu',
      pagination: 'Pages',
    },
    org: {
      breadcrumb: 'Location in the hierarchy',
      details: 'Details',
      subtree: 'In this subtree',
      empty: 'Nothing here yet.',
      open: 'Open %{name}',
    },
    edit: {
      title: 'Edit %{name}: %{record}',
      create_title: 'New %{name}',
      reload: 'Reload',
      working: 'Saving the change…',
    },
    filters: {
      inactive_days: '%{smart_count} day or more |||| %{smart_count} days or more',
      within: 'Within (subtree)',
    },
    list: {
      loading: 'Loading the list…',
      select: 'Select %{name}',
      children: '%{count} unit below |||| %{count} units below',
      range_more_than: '%{from}–%{to} of more than %{total}',
      more_than: 'More than %{total} records match; they were not all counted.',
      count_exactly: 'Count exactly',
      counting: 'Counting…',
      counted: '%{count} record matches exactly. |||| %{count} records match exactly.',
      count_failed: 'Could not count the records. Try again.',
    },
    bulk: {
      select_all: 'Select all %{count}',
      select_all_many: 'Select all matching records',
      all_selected_many: 'All matching records selected',
      all_selected:
        'All %{count} matching record selected |||| All %{count} matching records selected',
      counting: 'Counting the records this changes…',
      running: 'Applying the change…',
      continue: 'Continue',
      nothing: 'Nothing to change: the selected records are already in that state.',
      unchanged:
        '%{count} other selected record is already in that state and stays as it is. |||| %{count} other selected records are already in that state and stay as they are.',
      invite: 'Invite',
      invite_confirm:
        'Send an invitation to %{count} staff member? |||| Send invitations to %{count} staff members?',
      invite_done: '%{count} staff member invited. |||| %{count} staff members invited.',
      transfer: 'Transfer',
      transfer_confirm: 'Transfer %{count} staff member? |||| Transfer %{count} staff members?',
      transfer_done: '%{count} staff member transferred. |||| %{count} staff members transferred.',
      deactivate: 'Deactivate',
      deactivate_confirm:
        'Deactivate %{count} staff member? |||| Deactivate %{count} staff members?',
      deactivate_done:
        '%{count} staff member deactivated. |||| %{count} staff members deactivated.',
    },
    saved_filters: {
      menu: 'Saved filters',
      heading: 'Your saved filters',
      none: 'No saved filters yet.',
      save_current: 'Save current filter…',
      save_title: 'Save the current filter',
      name: 'Name',
      saved: 'Filter "%{name}" saved.',
      delete: 'Delete saved filter %{name}',
    },
  },
};
