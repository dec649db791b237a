# Reminders: the notifications and their buttons, `rehabit remind` and its messages,
# problems with [reminders] in config.toml, and the events of `rehabit calendar`.
# Errors are shown after "rehabit: ", so they start with a small letter.

## The reminders themselves (a desktop notification: a title and a body)

# A reminder's title, and the alarm of a calendar event.
remind-time-for = Time for { $session }
remind-on-plan = { $session } is on your plan for today.
remind-nudge-title = A gentle nudge
# $sessions: "Walk, Core".
remind-nudge-body = This week's target is slipping: today is a good day for { $sessions }. Even a short one counts.
remind-morning-title = Morning pain check
remind-morning-body = How is your pain this morning, after yesterday's exercise? Rate it from 0 to 10: open rehabit, or type `rehabit pain N`.
# The notification's buttons: short.
remind-button-snooze = Snooze 15 min
remind-button-done = Mark done

## Sending a reminder

remind-reminded = Reminded: { $title } (shown by { $server }).
# When the desktop showed nothing: the reminder on the terminal, and why.
remind-fallback = { $title }. { $body } Not shown on the desktop: { $reason }.
remind-snoozed = Snoozed: "{ $title }" comes back at { $time }.
remind-already-done = "{ $session }" was already recorded as done today.
remind-marked-done = Marked "{ $session }" done for today.
remind-mark-done-not-opened = { $problem }. "Mark done" was not recorded.
remind-mark-done-failed = could not save to the journal { $path }: { $reason }. "Mark done" was not recorded; run `rehabit done "{ $session }"` once that is fixed.
remind-flags-alone = --due and --daemon go on their own, without install, uninstall, status or test
remind-problem-in = in { $file }: { $problem }

# Why a notification was not shown, in the middle of a sentence.
remind-not-started = rehabit could not start sending it
remind-no-answer-within = the desktop's notification service did not answer within { $seconds } seconds
remind-stopped-half-way = sending it stopped half-way, for a reason rehabit can't tell
remind-unnamed-service = an unnamed notification service
remind-no-service = no notification service is running on this desktop
remind-no-answer = the desktop's notification service did not answer
remind-refused = the desktop's notification service refused it: { $error }
remind-no-bus = there is no desktop message bus (D-Bus session) to send it through: { $error }
remind-system-centre = the system's notification centre
remind-system-refused = the system refused it ({ $error })

## The reminder log (reminders.jsonl)

remind-log-no-folder = could not create the folder for { $path }: { $error }
remind-log-not-opened = could not open the reminder log { $path }: { $error }
remind-log-not-locked = could not lock the reminder log { $path }: { $error }
remind-log-not-read = could not read the reminder log { $path }: { $error }
remind-log-not-written = could not record the reminder in { $path }: { $error }

## rehabit remind --daemon

remind-no-exe = can't tell where rehabit itself is: { $error }
remind-daemon-watching = Watching for reminders; press Ctrl-C to stop.
remind-daemon-stopped = Stopped watching for reminders.
remind-daemon-not-run = could not run `rehabit remind --due`: { $error }
remind-daemon-trying-again = { $problem } (trying again every minute)
remind-daemon-no-signals = can't listen for signals: { $error }

## rehabit remind install, uninstall and status

remind-program-not-run = { $program } could not be run: { $error }
remind-wrote = Wrote { $path }
remind-removed = Removed { $path }
remind-not-removed = could not remove { $path }: { $error }
remind-unwritable-path = { $path } contains a line break or is not valid text, so it can't be given to the scheduler
remind-installed-systemd = Reminders are set up: systemd checks every minute whether one is due.
remind-timer-not-started = The timer could not be started here ({ $why }).
# Followed by the two commands to type.
remind-once-logged-in = Once you are logged in to your desktop, run:
remind-without-systemd = Without systemd, keep `rehabit remind --daemon` running instead.
remind-try-test = Try a notification now with: rehabit remind test
remind-nothing-installed-in = Nothing to remove: no rehabit reminders are installed in { $path }.
remind-uninstalled-systemd = Reminders are no longer run by systemd.
# Followed by the command to type.
remind-systemd-not-told = systemd could not be told ({ $why }); if the timer still runs, stop it with:
remind-not-installed = Not installed: set reminders up with `rehabit remind install`, or run `rehabit remind --daemon`.
# $state is systemd's own word: "active", "inactive", "failed".
remind-systemd-says = systemd says it is { $state }
remind-systemd-not-asked = systemd could not be asked whether it runs: { $why }
# $state: "systemd says it is active".
remind-installed-at = Installed: { $path } ({ $state }).
remind-service-missing = But { $path } is missing: run `rehabit remind install` again.
remind-installed-launchd = Reminders are set up: launchd checks every minute whether one is due.
remind-launchd-not-loaded = launchd could not load it ({ $why }); run: launchctl load -w { $file }
remind-nothing-there = Nothing to remove: { $path } is not there.
remind-launchd-loaded = loaded
remind-launchd-not-loaded-yet = not loaded: run `rehabit remind install` again
remind-no-scheduler = rehabit can't set reminders up with this system's scheduler yet; keep `rehabit remind --daemon` running instead (for example, start it when you log in)
remind-nothing-on-this-system = Nothing to remove: rehabit installs nothing on this system.
remind-not-installed-daemon = Not installed: on this system, keep `rehabit remind --daemon` running for reminders.

remind-status-problem = Problem in { $file }: { $problem }
remind-status-off = Reminders are turned off: set enabled = true under [reminders] in { $file }.
remind-status-off-though = Reminders are turned off, though: set enabled = true under [reminders] in { $file }.
# $from and $to: "22:00" and "07:00"; $cap: how many reminders a day at most.
remind-status-on-quiet = Reminders are on (quiet hours { $from }-{ $to }, at most { $cap } a day).
remind-status-on = Reminders are on (no quiet hours, at most { $cap } a day).
# $day is "today" or "tomorrow"; $time: "18:00"; $title: "Time for Walk".
remind-status-next = { $day ->
        [tomorrow] Next reminder: tomorrow at { $time }: { $title }.
       *[today] Next reminder: today at { $time }: { $title }.
    }
remind-status-none-planned = No reminder is planned for today or tomorrow.
# The part in brackets is config.toml's own words: keep it as it is.
remind-status-no-time = "{ $session }" has no reminder time: add one to { $file } under [reminders.times], for example "{ $session }" = ["18:00"].

## rehabit remind test

remind-test-title = rehabit: a test reminder
remind-test-body = If you can read this, rehabit's reminders reach you on this desktop.
remind-test-shown = Your desktop accepted the test notification: it was shown by { $server }.
# "Snooze" and "Mark done" are the buttons (remind-button-snooze, remind-button-done).
remind-test-no-buttons = It shows no buttons on notifications, so reminders come without Snooze and Mark done.
remind-test-buttons = It shows buttons, so reminders come with Snooze (15 minutes) and Mark done.
remind-test-not-shown = the test notification was not shown: { $reason }. Reminders still come, but only as the terminal bell and a line on the terminal when rehabit runs in one. For desktop notifications, log in to a desktop that has a notification service (GNOME, KDE, Xfce, or one such as dunst or mako) and try `rehabit remind test` there.

## Problems with [reminders] in config.toml. The names of settings (reminders.daily_cap),
## true, false and "none" are the file's own words: keep them as they are.

# $value is the value as written in the file: "1000", "\"7pm\"", or remind-settings-a-table.
remind-settings-a-table = a table
remind-settings-nothing = nothing
remind-settings-not-a-table = reminders should be a table of settings, starting with a line [reminders], not { $value }
remind-settings-unknown = reminders.{ $key } is not a reminder setting; the settings are { $settings }
remind-settings-unknown-near = reminders.{ $key } is not a reminder setting; did you mean { $near }?
remind-settings-not-a-time = reminders.{ $key } should be a time such as "19:00", not { $value }
remind-settings-not-a-bool = reminders.enabled should be true or false, not { $value }
remind-settings-not-a-cap = reminders.daily_cap should be a whole number from 1 to 255, not { $value }
remind-settings-not-quiet-hours = reminders.quiet_hours should look like "22:00-07:00", or "none", not { $value }
remind-settings-times-not-a-table = reminders.times should be a table of session names and times, such as [reminders.times] then Walk = ["10:00"], not { $value }
remind-settings-not-times = reminders.times."{ $session }" should be a list of times such as ["07:30"], not { $value }
remind-settings-unknown-session = reminders.times names "{ $name }", which is not a session of your programme; the sessions are { $sessions }
remind-settings-unknown-session-near = reminders.times names "{ $name }", which is not a session of your programme; did you mean "{ $near }"?

## The events of `rehabit calendar` (a calendar file the patient imports)

remind-calendar-week = Week { $week } of "{ $title }".
remind-calendar-at-clinic = At the clinic
remind-calendar-at-clinic-with = At the clinic, with your physiotherapist.
remind-calendar-open-rehabit = Open rehabit to be guided through it.
# An exercise at a harder level than the first: "Bridge (level 2)".
remind-calendar-exercise-level = { $exercise } (level { $level })
# A session done a number of times a week: "Walk: 3 times this week (20 min each)".
# $exact is "no" when $length is an estimate.
remind-calendar-weekly = { $session }: { $times ->
        [1] once
        [2] twice
       *[other] { $times } times
    } this week ({ $exact ->
        [yes] { $length }
       *[no] about { $length }
    } each)
remind-calendar-any-days = Any { $days ->
        [one] day
       *[other] { $days } days
    } this week, at a time that suits you.
remind-calendar-any-days-reminded = Any { $days ->
        [one] day
       *[other] { $days } days
    } this week, at a time that suits you (rehabit reminds you at { $time }).
