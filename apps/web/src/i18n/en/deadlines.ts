/** Deadlines: their pages, overrides and errors. */
export const deadlines = {
  resources: {
    deadlines: {
      name: 'Deadline |||| Deadlines',
      forcedCaseName: 'deadline |||| deadlines',
      fields: {
        id: 'ID',
        orgUnitId: 'Organisation',
        orgUnitName: 'Organisation',
        withinId: 'Within',
        waveId: 'Wave',
        deadline: 'Deadline',
        reason: 'Reason',
        setByLogin: 'Set by',
        setAt: 'Set at',
      },
    },
  },
  cutover: {
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
  },
  errors: {
    deadline_later_than_parent: 'The deadline cannot be later than the one set above (%{limit}).',
    deadline_invalid_date: 'Enter a valid date.',
  },
};
