/** Widgets and actions of the account, deadline and wave pages. */
export const adminUi = {
  users: {
    active: 'Active',
    disabled: 'Disabled',
    on: 'On',
    off: 'Off',
    disable: 'Disable',
    enable: 'Enable',
    disable_title: 'Disable %{name}?',
    disable_content:
      'They are signed out everywhere and cannot sign in until the account is enabled again.',
    disabled_done: 'Account disabled; its sessions were signed out.',
    enabled_done: 'Account enabled.',
    reset_password: 'Reset password',
    reset_title: 'New password for %{name}',
    reset_hint: 'At least %{min} characters. They are signed out everywhere.',
    new_password: 'New password',
    reset_done: 'Password changed; their sessions were signed out.',
    password_hint: 'At least %{min} characters.',
    login_hint: 'Latin letters, digits and . _ @ + - (for example, name@region.example).',
    activity: 'Activity',
    choose_role_first: 'Choose a role first.',
    scope_levels: 'Level: %{levels}',
    audit_trail: 'Audit trail',
  },
  deadlines: {
    saved: 'Deadline set.',
    undercut:
      '%{smart_count} deadline below this unit is later than the new one: review it. |||| %{smart_count} deadlines below this unit are later than the new one: review them.',
    remove: 'Remove override',
    remove_title: 'Remove the deadline of %{name}?',
    remove_content: 'The unit inherits the deadline set above it again.',
    removed: 'Override removed: the unit inherits the deadline from above again.',
    reason_hint: 'Why this date: an order, a pilot, a request (3 to 500 characters).',
    unit_hint: 'Any unit in your scope; its subtree inherits the date.',
  },
};
