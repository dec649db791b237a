# The report for the physiotherapist (`rehabit report`): Markdown and HTML, charts included.
# The CSV's column names and values and the JSON stay fixed English identifiers.
# Write for a physiotherapist: short, factual, the words of the trade.

## Dates and numbers (chrono's strftime codes: %a weekday, %d day, %m month, %Y year)

# "2026-12-28"
report-date = %Y-%m-%d
# "Mon 2026-12-28"
report-weekday-date = %a %Y-%m-%d
# Under a chart's bars: "28 Dec" (the year goes on a second line).
report-chart-day-month = %-d %b
# Between the whole and the tenths of an average pain score: "3.5".
report-decimal-point = .
# "2026-12-28 to 2027-01-03"
report-date-range = { $from } to { $to }

## The header

report-title = Exercise report: { $title }
report-label-period = Period
report-period = { $from } to { $to } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }), made on { $today }
report-label-programme = Programme
# $author and $phase are report-by-author and report-for-phase, or empty.
report-programme = { $title }{ $author }{ $phase }; started { $start }; version { $hash }
report-by-author = , by { $author }
report-for-phase = { $phase ->
        [acute] , for acute back pain
        [subacute] , for subacute back pain
       *[chronic] , for chronic back pain
    }
report-label-versions = Versions in the journal
# One version of the programme: its title, its content hash and the days it was used.
report-version = "{ $title }" { $hash } ({ $from } to { $to })
report-version-current = "{ $title }" { $hash } ({ $from } to { $to }, as now)
report-label-sessions = Sessions
report-sessions = { $done } of { $planned } planned sessions done, { $partly } partly, { $missed } missed
report-label-walking = Walking
report-walking = { $minutes } of { $target } minutes
report-walking-no-target = { $minutes } minutes
report-label-weeks-on-target = Weeks on target
report-weeks-on-target = { $on_target } of { $weeks }
report-label-pain-bands = Pain bands
report-bands-guide = safe up to { $safe }, acceptable up to { $acceptable }; the dose steps up only while pain allows
report-bands-fixed = safe up to { $safe }, acceptable up to { $acceptable }; the dose follows the plan whatever the pain
report-label-pain = Pain
report-morning-rising = Next-morning pain has been rising over the last weeks: worth talking about.
report-morning-steady = Next-morning pain has not been rising.

## Headings and the lines under them

report-heading-goals = Goals
report-heading-weeks = Week by week
report-heading-exercises = Exercises
report-heading-sessions = Sessions
report-heading-pain = Pain
report-heading-walks = Walks and other activities
report-heading-cancelled = Cancelled
report-heading-red-flags = Red flags
report-none = None in this period.
report-days-key = Days, Monday to Sunday: ✓ done, ◐ partly done, ✗ missed, · rest day, ○ today, not done yet, – before the start or after today.
report-exercises-intro = What each session done asked of the exercise, against what was done.
report-pain-intro = Average scores, 0 to 10, of the sessions that count.
report-cancelled-intro = Taken back by the patient: listed above, not counted.
report-footer = Made by rehabit on { $date }. Report format { $version }.

## Table columns

report-col-week = Week
report-col-dates = Dates
report-col-days = Days
report-col-planned = Planned
report-col-done = Done
report-col-partly = Partly
report-col-missed = Missed
report-col-walking-min = Walking (min)
report-col-walked-min = Walked (min)
report-col-target-min = Target (min)
report-col-on-target = On target
report-col-exercise = Exercise
report-col-asked = Asked
report-col-skipped = Skipped
report-col-sets = Sets
report-col-sets-done-asked = Sets done / asked
report-col-reps = Reps
report-col-time = Time
report-col-last-dose = Last dose asked
report-col-date = Date
report-col-session = Session
report-col-how = How
report-col-status = Status
report-col-pain-before = Pain before
report-col-pain-after = Pain after
report-col-next-morning = Next morning
report-col-verdict = Verdict
report-col-minutes = Minutes
report-col-notes = Notes
report-col-before = Before
report-col-after = After
report-col-before-average = Before (average)
report-col-after-average = After (average)
report-col-next-morning-average = Next morning (average)
report-col-activity = Activity
report-col-reason = Reason
report-col-asked-because = Asked because
report-col-answered-yes = Answered yes to
report-col-outcome = Outcome
report-col-cleared = Cleared

## Table cells

report-yes = yes
report-no = no
report-week-not-over = week not over
report-source-live = live
report-source-logged = logged
report-source-marked = marked
report-status-done = done
report-status-partly = partly
report-status-nothing = nothing
report-status-cancelled = cancelled
report-activity-cancelled = { $activity } (cancelled)
report-verdict-progress = progress
report-verdict-hold = hold
report-verdict-reduce = reduce
# "hold: pain after 3, acceptable"
report-verdict-reason = { $verdict }: { $reason }
report-reason-too-much = pain after { $after }, above { $acceptable }
report-reason-not-settled = next morning { $morning }, above the usual { $usual }
report-reason-acceptable = pain after { $after }, acceptable
report-reason-safe = pain after { $after }, safe
report-reason-provisional = { $reason } (provisional: no morning answer yet)
# The last dose asked of an exercise: "level 1: 2 × 8, hold 10 s".
report-level-dose = level { $level }: { $dose }
report-dose-sets = { $sets ->
        [one] { $sets } set
       *[other] { $sets } sets
    }
report-dose-hold = hold { $time }
report-sides-alternating = alternating
report-sides-left-then-right = left-then-right

## Red flags

report-red-flags-none = The red-flag safety questions were not answered in this period.
report-red-flags-key = Each row is one time the patient answered every red-flag question; the questions not listed were answered no. A yes that calls for a doctor now stops every session until the patient confirms that a clinician has cleared them.
report-asked-first-start = first start of the programme
report-asked-on-demand = asked for by the patient
report-asked-high-pain = a high pain score
report-answered-none = none
report-not-yet = not yet
report-outcome-clear = clear
report-outcome-see-soon = see a physiotherapist or doctor soon
report-outcome-contact-now = contact a doctor now

## Charts (HTML)

report-chart-sessions = Sessions planned and done, week by week
report-chart-sessions-axis = sessions
report-chart-planned = planned
report-chart-done = done
report-chart-no-weeks = No weeks in this period
report-chart-walking = Minutes walked each week, and the target
report-chart-minutes-axis = minutes
report-chart-walked = minutes walked
report-chart-target = target
report-chart-target-minutes = target { $minutes } minutes
report-chart-no-walking = No walking asked or logged in this period
report-chart-pain = Pain before, after and the next morning (0 to 10)
report-chart-pain-axis = pain
report-chart-acceptable = acceptable up to { $acceptable }
report-chart-before = before
report-chart-after = after
report-chart-morning = next morning
report-chart-no-pain = No pain scores in this period
# Under each week's bars: "W3".
report-chart-week = W{ $week }
