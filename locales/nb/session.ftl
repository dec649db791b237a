session-duration-hours = { $count } t
session-duration-minutes = { $count } min
session-duration-seconds = { $count } s

session-dose-reps = { $reps ->
    [one] { $reps } repetisjon
   *[other] { $reps } repetisjoner
}
session-dose-sets-reps = { $sets } × { $reps } rep.
session-dose-sets = { $sets } sett
session-dose-alternating = annenhver side
session-dose-each-side = hver side
session-dose-hold = hold i { $duration }
session-dose-rest = pause { $duration }
session-dose-between-sets = pause { $duration } mellom sett

session-times = { $count ->
    [1] én gang
    [2] to ganger
   *[other] { $count } ganger
}
session-times-a-week = { $count ->
    [1] én gang i uken
    [2] to ganger i uken
   *[other] { $count } ganger i uken
}
session-every-day = hver dag
session-every-weekdays = hver { $days }
session-list-and = { $first } og { $last }
session-weekday-name = %A
session-weekday-short = %a

session-progress = { $done } av { $total } steg
session-exercise-number = Øvelse { $number } av { $total }
session-set = Sett { $set } av { $sets }
session-rest-after-set = Pause etter sett { $set } av { $sets }
session-side-left = venstre side
session-side-right = høyre side
session-do-reps = Gjør repetisjonene, trykk så Enter
session-reps-of = av { $target } · trykk - eller + hvis du gjorde færre eller flere
session-hold-of = repetisjon { $hold } av { $holds }
session-keep-going = Fortsett
session-rest = Pause
session-walking-time = Gåtid
session-time-so-far = Tid så langt
session-target = mål { $target }
session-target-reached = Målet er nådd! Fortsett hvis det kjennes bra, eller trykk Enter.
session-paused = På pause: trykk Space for å fortsette
session-press-space = Trykk Space for å starte tidtakeren
session-get-ready = Gjør deg klar…
session-hold = Hold
session-relax = Slapp av
session-next = Neste: { $what }
session-next-none = Neste: ingen, dette er den siste

session-pain-before = Før du begynner: hvor vondt har du akkurat nå?
session-pain-after = Nå som du er ferdig: hvor vondt har du akkurat nå?
session-pain-scale = 0 er ingen smerte, 10 er verst tenkelige smerte.
session-pain-hint = Skriv et tall og trykk Enter. Trykk s for å hoppe over spørsmålet.
session-note-question = Noe du vil huske, eller fortelle fysioterapeuten din?
session-note-hint = Dette er frivillig. Enter lagrer, Esc går videre uten notat.
session-leave-question = Vil du avslutte økten?
session-leave-saved = Alt du har gjort så langt, er lagret.
session-leave-keys = y: avslutt    n: fortsett
session-skip-title = Hoppe over { $name }?
session-skip-why = Skriv gjerne hvorfor (f.eks. gjorde vondt, ikke tid).
session-skip-hint = Enter hopper over den. Esc går tilbake til øvelsen.

session-summary-stopped-for-pain = Du stoppet for i dag på grunn av smerte. Det du gjorde, er lagret.
session-summary-ended-early = Økten ble avsluttet tidlig. Det du gjorde, er lagret.
session-summary-finished = Økten er ferdig. Bra jobbet!
session-summary-done = Fullførte øvelser: { $done } av { $total }
session-summary-skipped = Hoppet over: { $skipped }
session-summary-time = Tid: { $minutes } min
session-summary-pain = Smerte: { $before } før, { $after } etter
session-summary-not-given = ikke oppgitt
session-summary-back = Trykk Enter for å gå tilbake til dagens plan.

session-hurt-stopped = { $name } er stoppet
session-hurt-question = Hvor vondt har du akkurat nå, fra 0 til 10?
session-hurt-hint = Skriv et tall og trykk Enter. Esc går tilbake til øvelsen.
session-hurt-safe-title = Smerte { $score } av 10: innenfor trygg sone
session-hurt-acceptable-title = Smerte { $score } av 10: akseptabel
session-hurt-too-much-title = Smerte { $score } av 10: for mye for i dag
session-hurt-go-on-gently = Du kan fortsette forsiktig:
session-hurt-go-on-how = saktere, med mindre bevegelser, eller færre av dem.
session-hurt-go-on-stop = Stopp hvis det blir verre. Eller hopp over øvelsen i dag.
session-hurt-acceptable = Mer enn behagelig, men fortsatt akseptabelt.
session-hurt-skip-or-lighter = Hopp over øvelsen i dag, eller gjør en lettere variant:
session-hurt-lighter = { $name } (nivå { $level }).
session-hurt-skip = Hopp over øvelsen i dag, og fortsett med den neste.
session-hurt-stop = Stopp her for i dag, og hvil.
session-hurt-saved = Det du gjorde, er lagret.
session-hurt-severe = Hvis smerten er sterk eller ikke gir seg,
session-hurt-contact = kontakt fysioterapeuten din eller legen.
