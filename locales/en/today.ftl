# The Today screen.

# After the programme's title: " · week 3".
today-week = week { $week }
today-no-programme-chosen = No programme chosen yet, so this is the gentle start (see `rehabit programs`).

## How each session stands today, after its name and " · ".
today-status-done = done today ✓
# $done of the session's $total exercises are done (or skipped).
today-status-partly-done = today · { $done } of { $total } done
today-status-due = today
today-status-this-week = any day this week
today-status-quota-met = this week's target met
today-status-not-today = not today
today-at-clinic = at the clinic

# This week's quota, after a session's name and in `rehabit today`, `rehabit log` and
# reminders. Starts with a small letter: it is capitalised where it starts a sentence.
today-quota = this week: { $done } of { $times } { $times ->
        [one] day
       *[other] days
    }
today-quota-minutes = this week: { $done } of { $times } { $times ->
        [one] day
       *[other] days
    }, { $minutes } of { $target } minutes

## The next step, at the bottom of the screen (two lines at most).
today-next-blocked = Please don't exercise today: a safety answer needs a doctor first. Press Enter for what to do.
today-next-start = Press Enter to start { $session }.
today-next-up = { $done } is done. Next up: { $next }.
today-next-all-done = All done for today. Well done! Press Enter to do a session again.

## What the pain-monitoring model says.
today-see-soon = From your answers to the safety questions: please book an appointment with your physiotherapist or doctor.
today-morning-pain-rising = Your morning pain has been rising week by week. Please talk to your physiotherapist.
# When the last judged session was, before its verdict: "Today: Pain was 4 after…".
# Two to six days ago it is the weekday (date-weekday); longer ago, this with date-day-month.
today-when-today = Today
today-when-yesterday = Yesterday
today-when-on = On { $date }
today-may-change-tomorrow = This can still change with how your back feels tomorrow morning.
today-may-change-this-morning = This can still change with how your back feels this morning.
today-held-back = Your doses are held back at the level of week { $week } (the plan is at week { $plan_week }), because of how your pain responded. They build up again once it settles.

## The next-morning check, asked when rehabit opens.
today-morning-greeting = Good morning.
today-morning-question = How is your back pain this morning, 0 to 10?
# $date: "Tuesday 10 March" (date-weekday-day-month).
today-morning-about = This is about yesterday's exercises, on { $date }.
today-morning-scale = 0 means no pain at all, 10 the worst pain you can imagine.
today-morning-hint = Type a number and press Enter. Press s to skip it for now.

## Banners and notices above every screen.
# A reminder that came while rehabit was open: its title and text.
today-reminder-banner = { $title }: { $body }
# $reason: "2 entries not saved to the journal yet: the disk is full".
today-unsaved-notice = { $reason }. They are kept and saved as soon as possible; carry on.
# Printed after rehabit closes, above the entries themselves.
today-unsaved-report = rehabit: { $reason }. They are printed below: keep them. Once the problem is fixed, they can be added as they are to the end of { $path }.
# $error: why the journal could not be opened.
today-journal-not-opened = { $error }. What you do is kept and saved as soon as possible.
today-screen-unusable = the screen could not be used: { $error }

## `rehabit today` (and `rehabit` without a terminal): the same, as plain text.
today-text-no-programme-chosen = (You haven't chosen a programme, so this is the gentle starter. See `rehabit programs`.)
today-text-done-today = done today
