# Safety: the red-flag questions, what the answers call for, the stop message, the
# clearance, and `rehabit safety` on the command line.
# Clinical wording: calm, plain, unambiguous. Say what to do, never what it might be:
# no text may name a diagnosis (tests/safety_core.rs checks every language).

## The seven questions, asked the way a physiotherapist or GP asks a patient. "Yes" is
## the answer that needs care. `.short` names the question in a list ("You answered yes to:").

safety-numbness = Do you have numbness or tingling in both legs, or in the saddle area (between your legs, or the inside of your thighs)?
    .short = numbness or tingling in both legs or the saddle area
safety-bladder-bowel = Have you had trouble controlling your bladder or bowel, or been unable to pass urine?
    .short = trouble controlling bladder or bowel
safety-leg-weakness = Is there weakness in your legs or feet that is getting worse?
    .short = weakness in the legs or feet that is getting worse
safety-fever-weight-loss = Do you have back pain together with a fever (without having a cold), or with weight loss you can't explain?
    .short = back pain with a fever or weight loss you can't explain
safety-accident = Did this pain start after an accident or a fall?
    .short = pain that started after an accident or a fall
safety-cancer-osteoporosis = Have you ever had cancer, or osteoporosis (thinning of the bones)?
    .short = a history of cancer or osteoporosis
safety-not-easing = Have you had this pain for a couple of weeks or more, without it easing with self-care?
    .short = pain that has not eased with self-care after a couple of weeks

## What rehabit is and is not: before the first questions. The first three paragraphs
## are also in the README (in English).

safety-statement-title = What rehabit is, and what it is not
safety-statement-coach = rehabit is a coach for the exercise programme your physiotherapist gave you. It shows what to do each day, times it, and keeps a record you can show them.
safety-statement-no-diagnosis = It does not diagnose anything, and it does not replace your physiotherapist or your doctor. If something worries you, ask them.
safety-statement-records = Your records stay on this computer. rehabit makes no network connections.
safety-statement-questions = First, a few questions about your back, to check that exercising at home is right for you now.

## What the answers call for.

# An answer calls for a doctor now.
safety-contact-now = Contact your doctor or health centre today. If it is severe or came on suddenly, call the emergency number.
# An answer calls for a physiotherapist or doctor, not urgently.
safety-see-soon = Please book an appointment with your physiotherapist or doctor in the coming days, so they can look at it with you. It is not urgent, and you can go on with your exercises in the meantime.

## The safety screens.

safety-enter-go-on = Press Enter to go on.
safety-enter-back-to-session = Press Enter to go back to your session.
safety-intro-first-start = Before your first session, a few questions.
safety-intro-high-pain = Your pain was { $score } of 10, which is high. Please answer these questions again.
safety-intro-on-demand = The safety questions.
# "Question 3 of 7", before a row of dots.
safety-question-of = Question { $number } of { $total }
# The keys stay y and n in every language (j works too where yes is "ja").
safety-press-y-or-n = Press y for yes, or n for no.
safety-kept-yes = You answered yes; Enter keeps it.
safety-kept-no = You answered no; Enter keeps it.
safety-esc-goes-back = Esc goes back to the question before.
safety-book-appointment = Please book an appointment
safety-thank-you = Thank you.
safety-nothing-stops-you = Nothing you answered stops you exercising.
safety-if-anything-changes = If anything changes, answer the questions again: press s on the Today screen, or run `rehabit safety`.
# Before the list of questions answered yes.
safety-yes-to = You answered yes to:
safety-yes-to-earlier-today = Earlier today you answered yes to:
safety-yes-to-today = Today you answered yes to:
# $date is written with safety-date-answered.
safety-yes-to-on = On { $date } you answered yes to:
# "Sunday 22 November"
safety-date-answered = %A %-d %B

## The stop message: framed, the whole screen.

safety-stop-title = Please stop: do not exercise today
safety-needs-a-doctor = This needs a doctor's advice before you exercise.
safety-no-session-until-cleared = rehabit will not start a session until you confirm that a doctor or physiotherapist has cleared you to exercise.
safety-if-cleared-press-c = If one already has, press c.

## The clearance.

safety-confirm-title = Has a doctor or physiotherapist cleared you to exercise?
safety-confirm-only-if = Only say yes if a doctor or physiotherapist knows what you answered (or has seen you since) and has told you that you may do your exercises.
safety-confirm-press-y = Press y to confirm that a clinician has cleared you.
safety-confirm-press-n = Press n or Esc to go back.
safety-cleared = Thank you. This is recorded.
safety-cleared-start-again = Sessions can start again. If anything changes, answer the safety questions again: press s on the Today screen.

## `rehabit safety` on the command line. `--answers`, `--clear`, yes and no there are
## the command's own words and stay English.

# After `rehabit safety --help`, before the numbered questions.
safety-help-questions = The questions, in the order --answers takes them:
safety-help-outcomes =
    Any yes to questions 1 to 6: stop, contact a doctor now, and no session starts until you
    confirm with `rehabit safety --clear` that a doctor or physiotherapist has cleared you.
    A yes to question 7: book an appointment with your physiotherapist or doctor; you may go on.
safety-cli-intro = The safety questions. Answer each with y (yes) or n (no); b goes back one.
# "3/7 Is there weakness …? [y/n]"
safety-cli-ask = { $number }/{ $total } { $question } [y/n]
safety-cli-answer-y-or-n = Please answer y for yes or n for no.
safety-cli-not-answered = question { $number } was not answered. Nothing was recorded.
safety-cli-answers-count = --answers needs { $needed } answers, yes or no, in the order of the questions (see `rehabit safety --help`); it has { $given }. Nothing was recorded.
safety-cli-answer-not-yes-no = answer { $number } of --answers is "{ $text }"; say yes or no. Nothing was recorded.
safety-cli-clear = Thank you. Nothing you answered stops you exercising.
safety-cli-ask-again = If anything changes, answer the questions again: rehabit safety
safety-cli-book-appointment = Please book an appointment.
safety-cli-stop = Please stop: do not exercise today.
safety-cli-until-cleared = rehabit will not start a session until you confirm that a doctor or physiotherapist has cleared you to exercise: rehabit safety --clear
# An earlier answer still waits for a clinician's all-clear. $date: safety-date-answered.
safety-cli-but-on = But on { $date } you answered yes to:
safety-cli-sessions-wait = Sessions wait until you confirm that a doctor or physiotherapist has cleared you to exercise: rehabit safety --clear
safety-cli-saved = Your answers are saved in your journal, for your physiotherapist's report.
safety-cli-nothing-to-clear = Nothing to clear: none of your answers is waiting for a clinician's all-clear.
safety-cli-confirm-only-if = Only confirm this if a doctor or physiotherapist knows what you answered (or has seen you since) and has told you that you may do your exercises.
safety-cli-confirm = Has a clinician cleared you to exercise? Type y to confirm:
safety-cli-could-not-read = could not read your answer: { $error }
safety-cli-not-recorded = Nothing was recorded. Sessions still wait for a clinician's all-clear.
safety-cli-recorded = Recorded. Sessions can start again. If anything changes, answer the questions again: rehabit safety
