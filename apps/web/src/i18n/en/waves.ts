/** Waves: their pages, the federal admin's changes and their errors. */
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
        closedOn: 'Closed on',
      },
    },
  },
  cutover: {
    waves: {
      reschedule: 'Reschedule',
      reschedule_title: 'Reschedule the wave',
      confirm_reschedule: 'Confirm new dates',
      rescheduled: 'The wave was rescheduled',
      close: 'Close wave',
      close_title: 'Close the wave',
      close_explained:
        'A closed wave keeps its figures, history and deadlines, but no new deadline can be set for it and its dates no longer change.',
      confirm_close: 'Close the wave',
      closed: 'The wave was closed',
      create_title: 'New wave',
      confirm_create: 'Create the wave',
      created: 'The wave was created',
      cohort: 'Cohort',
      cohorts: {
        school_chats: 'School chats (schools)',
        ministry_staff: 'Education ministry staff (regions)',
        municipal_authorities: 'Municipal education authorities (municipalities)',
        school_administrators: 'School administrators (schools)',
        preschool_vocational_staff: 'Preschool, college and technical school staff',
        preschool_vocational_parents: 'Parents in preschools, colleges and technical schools',
      },
      impact: {
        title: 'What this changes',
        incomplete: 'Enter both dates to see what the change would do.',
        loading: 'Counting the units the change reaches',
        as_of: 'Counted today (%{date}) over the units taking part.',
        create: {
          deadlineChanged:
            'unit will count towards the wave |||| units will count towards the wave',
        },
        reschedule: {
          deadlineChanged:
            "unit's effective deadline changes |||| units' effective deadlines change",
          becomeOverdue: 'unfinished unit becomes overdue |||| unfinished units become overdue',
          noLongerOverdue:
            'overdue unit is no longer overdue |||| overdue units are no longer overdue',
          becomeLate:
            'unit that finished on time now counts as finished late |||| units that finished on time now count as finished late',
        },
        close: {
          unfinished:
            'unit taking part has not finished; it keeps its figures |||| units taking part have not finished; they keep their figures',
        },
        brought_forward:
          "One unit's own deadline is later than the new national date. A unit may only tighten a deadline, so saving brings it forward to the national date (recorded in the audit log with your reason): |||| %{smart_count} units' own deadlines are later than the new national date. A unit may only tighten a deadline, so saving brings them forward to the national date (each recorded in the audit log with your reason):",
      },
    },
  },
  errors: {
    wave_not_found: 'This wave does not exist.',
    wave_closed:
      'This wave is closed: its dates no longer change and no new deadline can be set for it.',
    wave_cohort_taken: 'This cohort already has a wave.',
    wave_deadline_past: 'A new wave needs a national deadline after today.',
    wave_deadline_not_after_opening: 'The national deadline must be after the opening date.',
    wave_opening_after_deadlines:
      'Some units have their own deadline before this opening date: move or remove those deadlines first.',
    wave_unchanged: 'These are the wave’s current dates: nothing to change.',
  },
};
