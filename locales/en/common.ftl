# Texts shared by several screens and commands, and the date formats.
# Date patterns use chrono's strftime codes; weekday and month names come out in the language.

# "Sunday 22 November"
date-weekday-day-month = %A %-d %B
# "Sun 22 Nov"
date-short = %a %-d %b
# "22 November 2026"
date-day-month-year = %-d %B %Y
# "Sunday"
date-weekday = %A
# "22 November"
date-day-month = %-d %B
# "Sunday 22 November 2026"
date-weekday-day-month-year = %A %-d %B %Y

common-window-too-small =
    This window is too small. Please make it at least { $min_width } columns wide and { $min_height } rows high (it is { $width } x { $height } now).

# The notice when rehabit opens (and in `rehabit status`); $count is a number of lines.
common-journal-unreadable = { $count } line(s) of the journal could not be read; they are left as they are.

## The footer: the keys that work now, each key followed by what it does.
## Keep these short: the whole footer must fit 80 columns. The keys themselves are not texts.

# Shown in the key's place while the help is open.
common-hint-any-key = any key
common-hint-close-help = close help
common-hint-what-to-do = what to do
common-hint-safety-questions = safety questions
common-hint-history = history
common-hint-help = help
common-hint-quit = quit
common-hint-start = start
common-hint-choose = choose
common-hint-safety = safety
common-hint-pain = pain
common-hint-confirm = confirm
common-hint-not-now = not now
common-hint-earlier-week = earlier week
common-hint-later-week = later week
common-hint-back = back
# Leave the session.
common-hint-leave = leave
# Stay in the session.
common-hint-stay = stay
common-hint-skip-it = skip it
common-hint-dont-skip = don't skip
common-hint-pain-now = pain now
common-hint-back-to-exercise = back to the exercise
common-hint-go-on-gently = go on gently
common-hint-stop-for-today = stop for today
common-hint-lighter-version = lighter version
common-hint-skip-question = skip question
common-hint-save-note = save note
common-hint-no-note = no note
common-hint-back-to-today = back to today
common-hint-resume = resume
common-hint-pause = pause
common-hint-end-rest = end rest
common-hint-set-done = set done
common-hint-reps = reps
common-hint-start-timer = start timer
common-hint-done = done
common-hint-minutes = minutes
common-hint-skip = skip
common-hint-it-hurts = it hurts
common-hint-go-on = go on
common-hint-back-to-session = back to the session
common-hint-yes = yes
common-hint-no = no
common-hint-cleared-by-clinician = cleared by a clinician
common-hint-yes-cleared = yes, I have been cleared
common-hint-no-go-back = no, go back

## The help (`?`): every key and what it does. `.keys` are keys written with words; the
## key names in them (Enter, Esc, n, s, q, 0, 10, +, -) stay as they are.

common-help-title = Keys
common-help-close = any key closes this
common-help-next = start the session; mark this step done and go on
    .keys = Enter or n
common-help-timer = start, pause or resume the timer
common-help-skip = skip an exercise, a rest, or a question
common-help-hurts = it hurts: stop the exercise and get advice
common-help-back = go back one step
common-help-reps = correct the reps done (a minute, for a walk)
    .keys = + and -
common-help-pain = your pain score, when asked
    .keys = 0 to 10
common-help-choose = choose a session on the Today screen
    .keys = Up and Down
common-help-history = your history: past weeks, walking and pain
common-help-safety = the safety questions, whenever you like
    .keys = s on Today
common-help-weeks = earlier or later weeks in the history
    .keys = Left, Right
common-help-leave = go back, leave the session (asks first), or quit
    .keys = q or Esc
common-help-help = this help
common-help-interrupt = close at once; what you did is saved
