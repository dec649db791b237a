# The guided session: the exercise screen, its questions, "this hurts", and the dose
# wording shared with other screens ("2 × 8 reps, hold 5 s", "3 times a week").

## Lengths of time, joined with spaces: "1 h 30 min", "1 min 30 s", "45 s".

session-duration-hours = { $count } h
session-duration-minutes = { $count } min
session-duration-seconds = { $count } s

## A dose, in parts joined with commas: "2 × 8 reps, each side, hold 5 s, rest 2 s, 30 s between sets".
## These appear in lists and on the session screen's "Set 1 of 2 · …" line: keep them short.

# One set: "10 reps".
session-dose-reps = { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}
# Several sets: "2 × 8 reps".
session-dose-sets-reps = { $reps ->
    [one] { $sets } × { $reps } rep
   *[other] { $sets } × { $reps } reps
}
# Sets of a timed hold or exercise, with no reps: "3 sets".
session-dose-sets = { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}
# Left and right in turn, rep by rep.
session-dose-alternating = alternating sides
# All of one side, then all of the other.
session-dose-each-side = each side
# $duration is a length such as "5 s".
session-dose-hold = hold { $duration }
session-dose-rest = rest { $duration }
session-dose-between-sets = { $duration } between sets

## How often.

# "once", "twice", "3 times" (used in sentences such as "twice this week").
session-times = { $count ->
    [1] once
    [2] twice
   *[other] { $count } times
}
session-times-a-week = { $count ->
    [1] once a week
    [2] twice a week
   *[other] { $count } times a week
}
session-every-day = every day
# $days is a list of weekdays: "Monday and Thursday".
session-every-weekdays = every { $days }
# The last two of a list: $first may itself be "Monday, Tuesday".
session-list-and = { $first } and { $last }
# Weekday names, with chrono's codes: %A "Monday", %a "Mon".
session-weekday-name = %A
session-weekday-short = %a

## The session screen.

# The progress gauge at the top right.
session-progress = { $total ->
    [one] { $done } of { $total } step
   *[other] { $done } of { $total } steps
}
session-exercise-number = Exercise { $number } of { $total }
session-set = Set { $set } of { $sets }
session-rest-after-set = Rest after set { $set } of { $sets }
session-side-left = left side
session-side-right = right side
session-do-reps = Do your reps, then press Enter
# Under the large rep counter.
session-reps-of = of { $target } · press - or + if you did fewer or more
# Under the large countdown of a hold: "hold 2 of 3".
session-hold-of = hold { $hold } of { $holds }
session-keep-going = Keep going
session-rest = Rest
session-walking-time = Walking time
session-time-so-far = Time so far
# $target is a time such as "20:00".
session-target = target { $target }
session-target-reached = Target reached! Go on if it feels good, or press Enter.
session-paused = Paused: press Space to go on
session-press-space = Press Space to start the timer
session-get-ready = Get ready…
session-hold = Hold
session-relax = Relax
# $what is the next exercise's name, or a set: "Next: Set 2 of 3".
session-next = Next: { $what }
session-next-none = Next: that's the last one

## The questions.

session-pain-before = Before you start: how much pain do you have right now?
session-pain-after = Now that you have finished: how much pain do you have right now?
session-pain-scale = 0 means no pain at all, 10 the worst pain you can imagine.
session-pain-hint = Type a number and press Enter. Press s to skip the question.
session-note-question = Anything you want to remember, or tell your physiotherapist?
session-note-hint = This is optional. Press Enter to save it, or Esc to go on without a note.
session-leave-question = Leave this session?
session-leave-saved = Everything you have done so far is saved.
# y and n are the keys, the same in every language.
session-leave-keys = y: leave    n: stay
# The title of the box; $name is the exercise.
session-skip-title = Skip { $name }?
session-skip-why = If you like, type why (for example: it hurt, no time).
session-skip-hint = Enter skips it. Esc goes back to the exercise.

## The summary.

session-summary-stopped-for-pain = You stopped for today because of pain. What you did is saved.
session-summary-ended-early = Session ended early. What you did is saved.
session-summary-finished = Session finished. Well done!
session-summary-done = Exercises done: { $done } of { $total }
session-summary-skipped = Skipped: { $skipped }
session-summary-time = Time: { $minutes } min
# $before and $after are scores, or session-summary-not-given.
session-summary-pain = Pain: { $before } before, { $after } after
session-summary-not-given = not given
session-summary-back = Press Enter to go back to today.

## "This hurts".

# The title of the box; $name is the exercise.
session-hurt-stopped = { $name } has stopped
session-hurt-question = How much pain do you have right now, 0 to 10?
session-hurt-hint = Type a number and press Enter. Esc goes back to the exercise.
# The advice's titles: "Pain 5 of 10: acceptable".
session-hurt-safe-title = Pain { $score } of 10: within the safe zone
session-hurt-acceptable-title = Pain { $score } of 10: acceptable
session-hurt-too-much-title = Pain { $score } of 10: too much for today
session-hurt-go-on-gently = You may go on gently:
session-hurt-go-on-how = slower, smaller movements, or fewer of them.
session-hurt-go-on-stop = If it gets worse, stop. Or skip this exercise for today.
session-hurt-acceptable = More than is comfortable, but acceptable.
session-hurt-skip-or-lighter = Skip this exercise for today, or do a lighter version:
# $name is the lighter version's name.
session-hurt-lighter = { $name } (level { $level }).
session-hurt-skip = Skip this exercise for today, and go on with the next one.
session-hurt-stop = Please stop here for today and rest.
session-hurt-saved = What you did is saved.
session-hurt-severe = If the pain is severe or does not settle,
session-hurt-contact = contact your physiotherapist or doctor.
