# `rehabit plan`: the programme week by week, as text. `--format json` stays as it is.

# "Week 3 (Mon 7 Dec to Sun 13 Dec 2026)"
plan-week = Week { $week } ({ $from } to { $to })
# The first and last day of a week (chrono's strftime codes).
plan-date-from = %a %-d %b
plan-date-to = %a %-d %b %Y
# A weekday a session is due on, in a list: "Mon, Thu".
plan-weekday = %a
plan-times-this-week = { $times ->
        [1] once this week
        [2] twice this week
       *[other] { $times } times this week
    }
plan-not-this-week = not this week
plan-every-day = every day
# A session done with the physiotherapist: "twice this week, at the clinic".
plan-at-clinic = { $when }, at the clinic
# An exercise above its first level: "Bird dog (level 2)".
plan-exercise-level = { $name } (level { $level })
plan-changed-key = * changed since the week before
plan-pain-guides = Steps up only while pain stays acceptable and settles by the next morning.
