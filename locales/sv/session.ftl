session-duration-hours = { $count } tim
session-duration-minutes = { $count } min
session-duration-seconds = { $count } s

session-dose-reps = { $reps ->
    [one] { $reps } repetition
   *[other] { $reps } repetitioner
}
session-dose-sets-reps = { $sets } × { $reps } rep.
session-dose-sets = { $sets } set
session-dose-alternating = sidorna växelvis
session-dose-each-side = per sida
session-dose-hold = håll kvar { $duration }
session-dose-rest = vila { $duration }
session-dose-between-sets = vila { $duration } mellan set

session-times = { $count ->
    [1] en gång
    [2] två gånger
   *[other] { $count } gånger
}
session-times-a-week = { $count ->
    [1] en gång i veckan
    [2] två gånger i veckan
   *[other] { $count } gånger i veckan
}
session-every-day = varje dag
session-every-weekdays = varje { $days }
session-list-and = { $first } och { $last }
session-weekday-name = %A
session-weekday-short = %a

session-progress = { $done } av { $total } steg
session-exercise-number = Övning { $number } av { $total }
session-set = Set { $set } av { $sets }
session-rest-after-set = Vila efter set { $set } av { $sets }
session-side-left = vänster sida
session-side-right = höger sida
session-do-reps = Gör repetitionerna, tryck sedan Enter
session-reps-of = av { $target } · tryck - eller + om du gjorde färre eller fler
session-hold-of = repetition { $hold } av { $holds }
session-keep-going = Fortsätt
session-rest = Vila
session-walking-time = Promenadtid
session-time-so-far = Tid hittills
session-target = mål { $target }
session-target-reached = Målet nått! Fortsätt om det känns bra, eller tryck Enter.
session-paused = Pausat: tryck Space för att fortsätta
session-press-space = Tryck Space för att starta timern
session-get-ready = Gör dig redo…
session-hold = Håll kvar
session-relax = Slappna av
session-next = Nästa: { $what }
session-next-none = Nästa: inget, det här är den sista

session-pain-before = Innan du börjar: hur ont har du just nu?
session-pain-after = Nu när du är klar: hur ont har du just nu?
session-pain-scale = 0 är ingen smärta, 10 är värsta tänkbara smärta.
session-pain-hint = Skriv en siffra och tryck Enter. Tryck s för att hoppa över frågan.
session-note-question = Något du vill komma ihåg, eller berätta för din fysioterapeut?
session-note-hint = Det här är frivilligt. Enter sparar, Esc går vidare utan anteckning.
session-leave-question = Vill du avsluta passet?
session-leave-saved = Allt du har gjort hittills är sparat.
session-leave-keys = y: avsluta    n: stanna kvar
session-skip-title = Hoppa över { $name }?
session-skip-why = Skriv gärna varför (t.ex. gjorde ont, ingen tid).
session-skip-hint = Enter hoppar över den. Esc går tillbaka till övningen.

session-summary-stopped-for-pain = Du slutade för i dag på grund av smärta. Det du gjorde är sparat.
session-summary-ended-early = Passet avslutades i förtid. Det du gjorde är sparat.
session-summary-finished = Passet är klart. Bra jobbat!
session-summary-done = Genomförda övningar: { $done } av { $total }
session-summary-skipped = Överhoppade: { $skipped }
session-summary-time = Tid: { $minutes } min
session-summary-pain = Smärta: { $before } före, { $after } efter
session-summary-not-given = ej angiven
session-summary-back = Tryck Enter för att gå tillbaka till dagens plan.

session-hurt-stopped = { $name } har stoppats
session-hurt-question = Hur ont har du just nu, från 0 till 10?
session-hurt-hint = Skriv en siffra, tryck Enter. Esc går tillbaka till övningen.
session-hurt-safe-title = Smärta { $score } av 10: inom den trygga zonen
session-hurt-acceptable-title = Smärta { $score } av 10: acceptabel
session-hurt-too-much-title = Smärta { $score } av 10: för mycket för i dag
session-hurt-go-on-gently = Du kan fortsätta försiktigt:
session-hurt-go-on-how = långsammare, med mindre rörelser, eller färre av dem.
session-hurt-go-on-stop = Sluta om det blir värre. Eller hoppa över övningen i dag.
session-hurt-acceptable = Mer än bekvämt, men ändå acceptabelt.
session-hurt-skip-or-lighter = Hoppa över övningen i dag, eller gör en lättare variant:
session-hurt-lighter = { $name } (nivå { $level }).
session-hurt-skip = Hoppa över övningen i dag och fortsätt med nästa.
session-hurt-stop = Sluta här för i dag och vila.
session-hurt-saved = Det du gjorde är sparat.
session-hurt-severe = Om smärtan är svår eller inte lägger sig,
session-hurt-contact = kontakta din fysioterapeut eller läkare.
