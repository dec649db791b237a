# The patient's commands: log, done, pain, undo, status, use, programs, today (as
# text), calendar and new, and the words the patient types for days and lengths.
# Errors are shown after "rehabit: ", so they start with a small letter.

## Days and lengths of time as the patient types them

# Words the patient may type for a day (`--date igår`), separated by commas. The
# words of every language are understood, whichever language rehabit shows; spaces
# inside a word do not matter ("i går" is "igår"), nor does a final full stop.
cli-words-today = today, now
cli-words-yesterday = yesterday
cli-words-tomorrow = tomorrow
# Monday to Sunday, in that order: seven names. Their first three letters or more are enough.
cli-words-weekdays = monday, tuesday, wednesday, thursday, friday, saturday, sunday
# Words for hours and minutes in a length of time ("1 hour and 10 minutes"), and the
# word for "and" between them. English's are understood without these; they are here
# for completeness.
cli-words-hours = h, hr, hrs, hour, hours
cli-words-minutes = m, min, mins, minute, minutes
cli-words-and = and

# "Monday 23 November 2026"
cli-date-weekday-day-month-year = %A %-d %B %Y
# A day in the middle of a sentence: "Logged a 32 min walk for today".
cli-day-today = today
cli-day-yesterday = yesterday

cli-day-accepted = today, yesterday, a weekday such as monday, or a date as YYYY-MM-DD
cli-day-tomorrow = tomorrow hasn't happened yet: you can only record what you have already done
cli-day-none = no day given: use { cli-day-accepted }
cli-day-unknown = "{ $text }" is not a day rehabit understands: use { cli-day-accepted }
# $day: "Monday 23 November 2026".
cli-day-future = { $day } is in the future: you can only record what you have already done
cli-day-before-start = { $day } is before you started your programme, on { $started }: choose a day from then on
cli-day-too-far-back = that day is too far back

# $typed is what was typed, a whole number such as "30"; $minutes is the same number, for the plural.
cli-length-needs-unit = "{ $typed }" needs a unit: write { $typed }m for { $typed } { $minutes ->
       *[other] minutes
    }, or for example 1h 10m
cli-length-unknown = "{ $typed }" is not a length of time rehabit understands: write it like 30m, 1h 10m or "45 min"
cli-length-too-short = "{ $typed }" is less than a minute: write it like 30m, 1h 10m or "45 min"
cli-length-too-long = "{ $typed }" is more than 12 hours, which is probably a typing mistake: write it like 30m or 1h 10m

## Recording: rehabit log, done, pain

# $kind is "walk" for a walk, else "other"; $length is "32 min"; $activity is what
# the patient typed ("cycling"); $when is "today", "yesterday" or "Monday 23 November".
cli-log-logged = Logged { $kind ->
        [walk] a { $length } walk
       *[other] { $length } of { $activity }
    } for { $when } (id { $id }).
cli-log-what = say what you did, for example: rehabit log walk 30m
cli-log-no-session = Your programme has no session of walks or other timed activities for it to count toward.
cli-log-kept = It is kept in your journal all the same.
cli-week-so-far = This week so far: { $minutes } minutes of "{ $session }".

cli-done-marked = Marked "{ $session }" done for { $when } ({ $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }; id { $id }).
cli-done-already = It was already recorded for that day, so it counts once.
cli-done-log-instead = To count its minutes too, log it instead, for example: rehabit log walk 30m

# $sessions: "Morning loosen-up", "Short walk" or "Evening wind-down".
cli-session-unknown = your programme has no session called "{ $name }"; the sessions are { $sessions }
cli-session-unknown-near = your programme has no session called "{ $name }"; did you mean "{ $near }"?

cli-save-not-opened = { $problem }. Nothing was recorded; run the same command again once that is fixed.
cli-save-failed = could not save to the journal { $path }: { $reason }. Nothing was recorded; run the same command again once that is fixed.

# $score: 0 to 10.
cli-pain-noted = Noted: pain { $score } this morning, about { $when }'s sessions (id { $id }).
cli-pain-no-scores = There were no pain scores for { $when }'s sessions to compare with, so there is no verdict.
cli-pain-nothing-recorded = Nothing was recorded for { $when }, so there is no session to judge.
cli-pain-rising = Your morning pain has been going up from week to week. That is worth talking over with your physiotherapist: they can adjust the programme with you.
# Before the verdict on a session: "Short walk (marked done): …".
cli-run-marked = { $session } (marked done)
cli-run-logged = { $kind ->
        [walk] The { $length } walk
       *[other] { $length } of { $activity }
    } logged

## rehabit undo

cli-undo-nothing = there is nothing logged or marked done to take back
cli-undo-live = { $id } is a session you followed with rehabit open ({ $when }), not one logged or marked done afterwards; `rehabit undo` only takes back what was logged or marked done. Nothing was changed.
cli-undo-already = { $id } was already taken back; nothing was changed
cli-undo-took-back-logged = Took back { $kind ->
        [walk] the { $length } walk
       *[other] { $length } of { $activity }
    } logged for { $when } (id { $id }).
cli-undo-took-back-marked = Took back "{ $session }" marked done for { $when } (id { $id }).
cli-undo-stays = It stays in your journal, marked as taken back, and no longer counts.
cli-undo-morning = { $id } is a morning pain answer, which can't be taken back; answer again with `rehabit pain N --about DATE` and the latest answer counts
cli-undo-unknown = there is nothing with the id "{ $id }" in your journal; nothing was changed

## rehabit status and rehabit today (as text)

# "Back on track · week 3 · Monday 23 November"
cli-title-week-date = { $title } · week { $week } · { $date }
cli-no-programme-chosen = (You haven't chosen a programme, so this is the gentle starter. See `rehabit programs`.)
# After a session's name in `rehabit today`: "Short walk (done today)".
cli-today-done-today = done today
cli-today-due-today = today
cli-status-not-written = could not write the status: { $error }
cli-status-torn-tail = The journal's last line was cut off, probably by a crash or a power cut; rehabit sets it aside the next time it opens or records.
# $done: "yes" or "no".
cli-status-session = { $done ->
        [yes] { $session } (done)
       *[no] { $session } (to do)
    }
# $sessions: "Morning loosen-up (done), Evening wind-down (to do)".
cli-status-today = Today: { $sessions }.
# $quota: "this week: 1 of 3 days, 32 of 90 minutes".
cli-status-quota = { $done ->
        [yes] { $session }, { $quota } (done today).
       *[no] { $session }, { $quota }.
    }
# $more is "yes" when the run reaches as far back as status looks (12 weeks): "12+ weeks".
cli-status-on-target = { $more ->
        [yes] On target: { $weeks }+ weeks in a row.
       *[no] { $weeks ->
            [one] On target: { $weeks } week in a row.
           *[other] On target: { $weeks } weeks in a row.
        }
    }
cli-status-morning-check = The morning pain check is waiting: rehabit pain N (0 to 10).
cli-status-verdict = Latest verdict ({ $when }): { $explanation }
cli-status-verdict-session = Latest verdict ({ $session }, { $when }): { $explanation }
cli-status-pain-rising = Your morning pain has been going up from week to week: please talk to your physiotherapist.
cli-status-unreadable = { $count } line(s) of the journal could not be read; they are left as they are.

## rehabit programs, use and new

cli-programs-follow = Follow one with: rehabit use NAME
# $hint: did you mean "walking-plan"? / use one of: …
cli-use-unknown = there is no bundled programme or file called "{ $name }"; { $hint } (see `rehabit programs`)
cli-use-has-problems = { $path } has problems (above); fix them, or ask your physiotherapist for a corrected file
# $date: "Monday 23 November 2026".
cli-use-following = You now follow "{ $title }", from { $date }.
cli-use-run = Run `rehabit` to see today's exercises.
cli-new-unknown-template = there is no template called "{ $name }"; { $hint }, or "starter"
cli-new-exists = { $path } already exists; choose another name
cli-new-wrote = Wrote { $path }. Check it with: rehabit check { $path }
cli-new-wrote-schema = Wrote { $path } beside it, so your editor can complete and check fields.

## Files

cli-not-a-file = { $path } is not a file
cli-cannot-create = can't create { $path }: { $error }
cli-cannot-write = can't write { $path }: { $error }
cli-cannot-save = can't save { $path }: { $error }
cli-could-not-create = could not create { $path }: { $error }
cli-could-not-write = could not write { $path }: { $error }
# $variable: REHABIT_DATA_DIR, REHABIT_CONFIG_DIR or HOME.
cli-no-home = no home directory found; set { $variable }
cli-settings-not-read = could not read { $path }: { $error }
cli-settings-invalid = { $path } is not valid TOML: { $message }
cli-settings-not-saved = could not save { $path }: { $error }

## rehabit calendar

# $from: "Monday 23 November"; $to: "Sunday 20 December 2026".
cli-calendar-wrote = Wrote { $count ->
        [one] { $count } event
       *[other] { $count } events
    } for "{ $title }" from { $from } to { $to } to { $path }.
# $zone: "Europe/Oslo".
cli-calendar-zone = Times are in your time zone, { $zone }.
cli-calendar-floating = Times are clock times: they stay the same in any time zone.
cli-calendar-how = To put them in your calendar:
cli-calendar-how-phone = On a phone: send the file to yourself (email, or a file app), open it and add it to your calendar.
cli-calendar-how-computer = On a computer: open the file with your calendar app, or use its Import
# Google Calendar's own words, as it shows them in the language.
cli-calendar-how-google = (Google Calendar: Settings, then Import & export).
cli-calendar-updates = Importing a newer file later updates these events instead of adding copies.

cli-safety-blocked = A safety answer needs a doctor first, so please don't exercise today. `rehabit safety` shows what to do; once a doctor or physiotherapist has cleared you, record it with `rehabit safety --clear`.
