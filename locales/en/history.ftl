# Progress: the History screen (calendar, bars, the pain chart, the chosen week's
# sessions) and the pain-monitoring model's advice after a session.
# The History screen is tight at 80 columns: keep the short labels as short as the English.

## Date patterns (chrono's strftime codes). The table's Mondays and the chart's dates
## get 6 columns ("16 Mar"); the days in the week's list too ("Mon 6").

history-date-monday = %-d %b
history-date-run = %a %-d
# The week in the list's title: "6 to 12 April", "30 March to 5 April".
history-date-from-day = %-d
history-date-from = %-d %B
history-date-to = %-d %B

## The title and the calendar.

history-title = History
# Before the programme's first week: $date is "Monday 2 March".
history-starts-on = Your programme starts on { $date }.
# The heading over the week numbers (at most 5 letters), then the days, Monday first:
# seven letters, one each, with spaces between.
history-week = Week
history-weekday-initials = M T W T F S S
# The column headings, longest first: the first that fits is shown.
history-sessions-done = Sessions done
history-sessions = Sessions
history-done = Done
history-walking-minutes = Walking, minutes
history-walking = Walking
# "5 of 6" sessions, "50 of 60" minutes.
history-done-of = { $done } of { $planned }
history-minutes = { $minutes } min
# What the calendar's marks mean.
history-legend-done = done
history-legend-partly = partly
history-legend-missed = missed
history-legend-to-do-today = to do today
history-legend-rest-day = rest day

## The pain chart. Its legend fits in 38 columns: "Pain ○ before ● after ◆ next morning".

history-chart-pain = Pain
history-chart-before = before
history-chart-after = after
history-chart-next-morning = next morning
# When the chart is narrow.
history-chart-morning = morning
history-chart-empty = No pain scores in these weeks yet.
history-chart-empty-hint = They show here once you give them before and after a session.

## The chosen week's sessions.

# "Week 6 · 6 to 12 April": $from and $to are written with the patterns above.
history-week-span = Week { $week } · { $from } to { $to }
history-nothing-yet = Nothing done yet this week.
history-nothing-recorded = Nothing recorded in this week.
# The sessions that did not fit.
history-more = … and { $count } more
# "Mobility: done", "Walk: logged, 20 min".
history-run-cancelled = cancelled
history-run-logged = logged, { $minutes } min
history-run-activity-logged = { $activity } logged, { $minutes } min
history-run-marked-done = marked done
history-run-done = done
history-run-partly-done = partly done
history-run-nothing-done = started, nothing done
# After "done", the minutes it took: "done, 25 min".
history-run-minutes = , { $minutes } min
# A logged activity without a name.
history-activity = Activity
history-skipped = skipped { $exercise }
history-skipped-because = skipped { $exercise }: { $reason }
history-note = “{ $note }”
# "pain 2 before, 3 after, 2 next morning: keep the dose"
history-pain = pain { $scores }
history-pain-advice = pain { $scores }: { $advice }
history-pain-before = { $score } before
history-pain-after = { $score } after
history-pain-next-morning = { $score } next morning
history-advice-build-up = build up
history-advice-keep-the-dose = keep the dose
history-advice-go-lighter = go lighter

## The pain-monitoring model's advice after a session (the Today screen, `rehabit log`,
## `rehabit status`). Sentences, joined with a space: the reason, what follows, and
## whether it can still change.

history-model-too-much = Pain reached { $after } after the session, above { $limit }: that was too much.
history-model-not-settled = Pain was { $morning } the next morning, above your usual { $usual }: it had not settled.
history-model-acceptable = Pain was { $after } after the session: acceptable. Keep the same dose for now.
history-model-safe = Pain was { $after } after the session: well within the safe zone.
# When the programme's doses follow pain.
history-model-lighter = The next sessions will be a little lighter.
history-model-build-up = You can build up as planned.
# When they do not.
history-model-take-it-easier = Take it easier next time, and tell your physiotherapist.
history-model-carry-on = Carry on as planned.
history-model-may-change = (This can change with how you feel tomorrow morning.)
