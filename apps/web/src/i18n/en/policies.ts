import { policyDialogs } from './policies-ui';

/**
 * Policies: the resource's name, the page's wording (`cutover.policies.*`) and the server's
 * refusals (`policies.errors.*`, sent by packages/domain/src/policies). Policy labels and
 * descriptions come from the domain catalog in both languages, not from here.
 */
export const policies = {
  resources: {
    policies: {
      name: 'Policy |||| Policies',
      forcedCaseName: 'policy |||| policies',
    },
  },
  cutover: {
    policies: {
      title: 'Policies: %{name}',
      key_title: '%{policy}: %{name}',
      heading: 'Policies of %{name}',
      intro:
        "Rules for children's chats inherit down the tree: the nearest setting above a unit applies, and a lock stops every unit below it from overriding.",
      loading: 'Loading…',
      load_failed: 'The policies could not be loaded.',
      retry: 'Retry',
      to_scope: 'Back to my scope',
      effective: 'Effective value',
      unknown_user: 'unknown user',
      yes: 'Yes',
      no: 'No',
      cancel: 'Cancel',
      reason: 'Reason',
      reason_hint:
        'Required: why the change is made (3 to 500 characters). It goes into the audit log.',
      picker: {
        label: 'Go to a unit',
        hint: 'Units directly below, or type 2+ letters of a name or code',
        loading: 'Loading…',
        none: 'No units found',
        open: 'Show units',
        close: 'Hide units',
        clear: 'Clear',
      },
      value: {
        on: 'On',
        off: 'Off',
        digits: '%{smart_count} digit |||| %{smart_count} digits',
        not_set: 'Not set',
        none: 'None',
        quiet_off: 'Off: no quiet hours',
        hours: '%{from}–%{to}',
        invalid: 'Unreadable value',
      },
      residency: { domestic_only: 'Domestic servers only' },
      source: {
        default: 'Default: no unit from the country down to this one sets it.',
        here: 'Set at this unit',
        inherited: 'Inherited from %{name}',
        by: 'by %{login}, %{when}.',
        reason: 'Reason: %{reason}',
      },
      lock: {
        badge: 'Locked by %{name}',
        above: '%{name} locks this policy: no unit below it may override it.',
        here: 'Locked here: no unit below may override it.',
      },
      chain: {
        title: 'Provenance, from the country down',
        node: 'Unit',
        value: 'Value',
        locked: 'Locked',
        who: 'Set by',
        when: 'When',
        why: 'Reason',
        status: 'Status',
      },
      status: {
        effective: 'Effective',
        overridden: 'Overridden below',
        shadowed_by_lock: 'Shadowed by a lock',
        applies: 'Applies',
      },
      actions: {
        edit: 'Change here',
        edit_named: 'Change here: %{policy}',
        remove: 'Remove override',
        remove_named: 'Remove override: %{policy}',
        overrides: 'Overrides below and history',
        history: 'History of changes',
        back: 'All policies of %{name}',
      },
      ...policyDialogs,
    },
  },
  policies: {
    errors: {
      unknown_key: 'Unknown policy',
      invalid_value: 'Invalid value',
      boolean_expected: 'Choose on or off',
      pin_length_integer: 'The PIN length must be a whole number',
      pin_length_range: 'The PIN must have from 4 to 8 digits',
      residency_domestic_only:
        'Data must stay on domestic servers: that is the only allowed choice',
      date_invalid: 'Enter a calendar date, or turn the sunset date off',
      services_expected: 'Choose the education services that must keep working',
      services_empty: 'At least one education service must keep working',
      service_unknown: 'Unknown education service',
      services_duplicate: 'Each education service may be chosen only once',
      quiet_hours_expected: 'Enter both times of the quiet hours, or turn them off',
      time_invalid: 'Enter a time from 00:00 to 23:59',
      quiet_hours_empty: 'Quiet hours must start and end at different times',
      locked_above: 'A unit above locks this policy: it cannot be overridden here',
    },
  },
};
