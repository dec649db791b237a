session-duration-hours = { $count } t
session-duration-minutes = { $count } min
session-duration-seconds = { $count } s

session-dose-reps = { $reps ->
    [one] { $reps } gentagelse
   *[other] { $reps } gentagelser
}
session-dose-sets-reps = { $sets } × { $reps } gent.
session-dose-sets = { $sets } sæt
session-dose-alternating = skiftevis side
session-dose-each-side = hver side
session-dose-hold = hold i { $duration }
session-dose-rest = pause { $duration }
session-dose-between-sets = pause { $duration } mellem sæt

session-times = { $count ->
    [1] én gang
    [2] to gange
   *[other] { $count } gange
}
session-times-a-week = { $count ->
    [1] én gang om ugen
    [2] to gange om ugen
   *[other] { $count } gange om ugen
}
session-every-day = hver dag
session-every-weekdays = hver { $days }
session-list-and = { $first } og { $last }
session-weekday-name = %A
session-weekday-short = %a

session-progress = { $done } af { $total } trin
session-exercise-number = Øvelse { $number } af { $total }
session-set = Sæt { $set } af { $sets }
session-rest-after-set = Pause efter sæt { $set } af { $sets }
session-side-left = venstre side
session-side-right = højre side
session-do-reps = Lav gentagelserne, og tryk så Enter
session-reps-of = af { $target } · tryk - eller + hvis du lavede færre eller flere
session-hold-of = gentagelse { $hold } af { $holds }
session-keep-going = Fortsæt
session-rest = Pause
session-walking-time = Gåtid
session-time-so-far = Tid indtil nu
session-target = mål { $target }
session-target-reached = Målet er nået! Fortsæt, hvis det føles godt, eller tryk Enter.
session-paused = På pause: tryk Space for at fortsætte
session-press-space = Tryk Space for at starte uret
session-get-ready = Gør dig klar…
session-hold = Hold
session-relax = Slap af
session-next = Næste: { $what }
session-next-none = Næste: ingen, dette er den sidste

session-pain-before = Før du går i gang: hvor ondt har du lige nu?
session-pain-after = Nu hvor du er færdig: hvor ondt har du lige nu?
session-pain-scale = 0 er ingen smerte, 10 er værst tænkelige smerte.
session-pain-hint = Skriv et tal, og tryk Enter. Tryk s for at springe spørgsmålet over.
session-note-question = Er der noget, du vil huske, eller fortælle din fysioterapeut?
session-note-hint = Det er frivilligt. Enter gemmer, Esc går videre uden en note.
session-leave-question = Vil du afslutte træningen?
session-leave-saved = Alt, hvad du har lavet indtil nu, er gemt.
session-leave-keys = y: afslut    n: bliv
session-skip-title = Spring { $name } over?
session-skip-why = Skriv gerne hvorfor (f.eks. det gjorde ondt, ingen tid).
session-skip-hint = Enter springer den over. Esc går tilbage til øvelsen.

session-summary-stopped-for-pain = Du stoppede for i dag på grund af smerter. Det, du lavede, er gemt.
session-summary-ended-early = Træningen sluttede før tid. Det, du lavede, er gemt.
session-summary-finished = Træningen er færdig. Godt gået!
session-summary-done = Gennemførte øvelser: { $done } af { $total }
session-summary-skipped = Sprunget over: { $skipped }
session-summary-time = Tid: { $minutes } min
session-summary-pain = Smerte: { $before } før, { $after } efter
session-summary-not-given = ikke angivet
session-summary-back = Tryk Enter for at gå tilbage til dagens plan.

session-hurt-stopped = { $name } er stoppet
session-hurt-question = Hvor ondt har du lige nu, fra 0 til 10?
session-hurt-hint = Skriv et tal, og tryk Enter. Esc går tilbage til øvelsen.
session-hurt-safe-title = Smerte { $score } af 10: inden for den trygge zone
session-hurt-acceptable-title = Smerte { $score } af 10: acceptabel
session-hurt-too-much-title = Smerte { $score } af 10: for meget for i dag
session-hurt-go-on-gently = Du kan fortsætte forsigtigt:
session-hurt-go-on-how = langsommere, med mindre bevægelser, eller færre af dem.
session-hurt-go-on-stop = Stop, hvis det bliver værre. Eller spring øvelsen over i dag.
session-hurt-acceptable = Mere end behageligt, men stadig acceptabelt.
session-hurt-skip-or-lighter = Spring øvelsen over i dag, eller lav en lettere variant:
session-hurt-lighter = { $name } (niveau { $level }).
session-hurt-skip = Spring øvelsen over i dag, og fortsæt med den næste.
session-hurt-stop = Stop her for i dag, og hvil dig.
session-hurt-saved = Det, du lavede, er gemt.
session-hurt-severe = Hvis smerterne er stærke eller ikke aftager,
session-hurt-contact = så kontakt din fysioterapeut eller læge.
