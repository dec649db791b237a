date-weekday-day-month = %A %-d %B
date-short = %a %-d %b
date-day-month-year = %-d %B %Y
date-weekday = %A
date-day-month = %-d %B
date-weekday-day-month-year = %A %-d %B %Y

common-window-too-small =
    Dit venster is te klein. Maak het minstens { $min_width } kolommen breed en { $min_height } regels hoog (nu is het { $width } x { $height }).

common-journal-unreadable = { $count ->
        [one] { $count } regel van het logboek kon niet worden gelezen; die blijft zoals hij is.
       *[other] { $count } regels van het logboek konden niet worden gelezen; ze blijven zoals ze zijn.
    }

common-hint-any-key = een toets
common-hint-close-help = hulp sluiten
common-hint-what-to-do = wat nu
common-hint-safety-questions = veiligheidsvragen
common-hint-history = historie
common-hint-help = hulp
common-hint-quit = afsluiten
common-hint-start = starten
common-hint-choose = kiezen
common-hint-safety = veiligheid
common-hint-pain = pijn
common-hint-confirm = bevestigen
common-hint-not-now = niet nu
common-hint-earlier-week = eerdere week
common-hint-later-week = latere week
common-hint-back = terug
common-hint-leave = stop
common-hint-stay = blijven
common-hint-skip-it = overslaan
common-hint-dont-skip = niet overslaan
common-hint-pain-now = pijn nu
common-hint-back-to-exercise = terug naar oefening
common-hint-go-on-gently = rustig verder
common-hint-stop-for-today = stoppen voor vandaag
common-hint-lighter-version = lichtere variant
common-hint-skip-question = vraag overslaan
common-hint-save-note = notitie opslaan
common-hint-no-note = geen notitie
common-hint-back-to-today = naar vandaag
common-hint-resume = verder
common-hint-pause = pauze
common-hint-end-rest = klaar
common-hint-set-done = set klaar
common-hint-reps = aantal
common-hint-start-timer = start timer
common-hint-done = klaar
common-hint-minutes = minuten
common-hint-skip = overslaan
common-hint-it-hurts = doet pijn
common-hint-go-on = verder
common-hint-back-to-session = terug naar de sessie
common-hint-yes = ja
common-hint-no = nee
common-hint-cleared-by-clinician = akkoord behandelaar
common-hint-yes-cleared = ja, ik heb akkoord gekregen
common-hint-no-go-back = nee, ga terug

common-help-title = Toetsen
common-help-close = druk op een toets om te sluiten
common-help-next = start de sessie; vink deze stap af en ga verder
    .keys = Enter of n
common-help-timer = start, pauzeer of hervat de timer
common-help-skip = sla een oefening, rust of vraag over
common-help-hurts = dit doet pijn: stop de oefening en krijg advies
common-help-back = ga een stap terug
common-help-reps = herhalingen aanpassen (minuten bij wandelen)
    .keys = + en -
common-help-pain = je pijnscore, als ernaar gevraagd wordt
    .keys = 0 tot 10
common-help-choose = kies een sessie op het scherm Vandaag
    .keys = ↑ en ↓
common-help-history = je historie: vorige weken, wandelen en pijn
common-help-safety = de veiligheidsvragen, wanneer je wilt
    .keys = s op Vandaag
common-help-weeks = eerdere of latere weken in je historie
    .keys = ← en →
common-help-leave = terug, sessie stoppen (vraagt eerst), afsluiten
    .keys = q of Esc
common-help-help = deze hulp
common-help-interrupt = meteen sluiten; wat je gedaan hebt, is bewaard
