session-duration-hours = { $count } u
session-duration-minutes = { $count } min
session-duration-seconds = { $count } s

session-dose-reps = { $reps ->
    [one] { $reps } herhaling
   *[other] { $reps } herhalingen
}
session-dose-sets-reps = { $sets } × { $reps } herh.
session-dose-sets = { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}
session-dose-alternating = kanten afwisselen
session-dose-each-side = per kant
session-dose-hold = { $duration } vasthouden
session-dose-rest = { $duration } rust
session-dose-between-sets = { $duration } tussen sets

session-times = { $count ->
    [1] één keer
    [2] twee keer
   *[other] { $count } keer
}
session-times-a-week = { $count ->
    [1] één keer per week
    [2] twee keer per week
   *[other] { $count } keer per week
}
session-every-day = elke dag
session-every-weekdays = elke { $days }
session-list-and = { $first } en { $last }
session-weekday-name = %A
session-weekday-short = %a

session-progress = { $total ->
    [one] { $done } van { $total } stap
   *[other] { $done } van { $total } stappen
}
session-exercise-number = Oefening { $number } van { $total }
session-set = Set { $set } van { $sets }
session-rest-after-set = Rust na set { $set } van { $sets }
session-side-left = linkerkant
session-side-right = rechterkant
session-do-reps = Doe je herhalingen en druk dan op Enter
session-reps-of = van { $target } · druk op - of + als je er minder of meer deed
session-hold-of = herhaling { $hold } van { $holds }
session-keep-going = Ga door
session-rest = Rust
session-walking-time = Wandeltijd
session-time-so-far = Tijd tot nu toe
session-target = doel { $target }
session-target-reached = Doel bereikt! Ga door als het goed voelt, of druk op Enter.
session-paused = Pauze: druk op Space om door te gaan
session-press-space = Druk op Space om de timer te starten
session-get-ready = Maak je klaar…
session-hold = Houd vast
session-relax = Ontspan
session-next = Volgende: { $what }
session-next-none = Volgende: geen, dit is de laatste

session-pain-before = Voordat je begint: hoeveel pijn heb je nu?
session-pain-after = Nu je klaar bent: hoeveel pijn heb je nu?
session-pain-scale = 0 is geen pijn, 10 is de ergst denkbare pijn.
session-pain-hint = Typ een getal en druk op Enter. Druk op s om de vraag over te slaan.
session-note-question = Wil je iets onthouden, of iets aan je fysiotherapeut vertellen?
session-note-hint = Dit is niet verplicht. Enter bewaart, Esc gaat verder zonder notitie.
session-leave-question = Stoppen met deze sessie?
session-leave-saved = Alles wat je tot nu toe hebt gedaan, is bewaard.
session-leave-keys = y: stoppen    n: blijven
session-skip-title = { $name } overslaan?
session-skip-why = Typ eventueel waarom (bijv. het deed pijn, geen tijd).
session-skip-hint = Enter slaat hem over. Esc gaat terug naar de oefening.

session-summary-stopped-for-pain = Je bent voor vandaag gestopt vanwege pijn. Wat je deed, is bewaard.
session-summary-ended-early = Sessie eerder beëindigd. Wat je deed, is bewaard.
session-summary-finished = Sessie klaar. Goed gedaan!
session-summary-done = Oefeningen gedaan: { $done } van { $total }
session-summary-skipped = Overgeslagen: { $skipped }
session-summary-time = Tijd: { $minutes } min
session-summary-pain = Pijn: { $before } vooraf, { $after } achteraf
session-summary-not-given = niet ingevuld
session-summary-back = Druk op Enter voor het overzicht van vandaag.

session-hurt-stopped = { $name } is gestopt
session-hurt-question = Hoeveel pijn heb je nu, van 0 tot 10?
session-hurt-hint = Typ een getal en druk op Enter. Esc: terug naar de oefening.
session-hurt-safe-title = Pijn { $score } van 10: binnen de veilige zone
session-hurt-acceptable-title = Pijn { $score } van 10: acceptabel
session-hurt-too-much-title = Pijn { $score } van 10: te veel voor vandaag
session-hurt-go-on-gently = Je mag rustig doorgaan:
session-hurt-go-on-how = langzamer, met kleinere bewegingen, of minder vaak.
session-hurt-go-on-stop = Stop als het erger wordt. Of sla deze oefening vandaag over.
session-hurt-acceptable = Meer dan prettig, maar nog acceptabel.
session-hurt-skip-or-lighter = Sla deze oefening vandaag over, of doe een lichtere variant:
session-hurt-lighter = { $name } (niveau { $level }).
session-hurt-skip = Sla deze oefening vandaag over en ga door met de volgende.
session-hurt-stop = Stop hier voor vandaag en neem rust.
session-hurt-saved = Wat je deed, is bewaard.
session-hurt-severe = Als de pijn hevig is of niet afneemt,
session-hurt-contact = neem dan contact op met je fysiotherapeut of huisarts.
