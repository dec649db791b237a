date-weekday-day-month = %A %-d. %B
date-short = %a %-d. %b
date-day-month-year = %-d. %B %Y
date-weekday = %A
date-day-month = %-d. %B
date-weekday-day-month-year = %A %-d. %B %Y

common-window-too-small =
    Vinduet er for lille. Gør det mindst { $min_width } kolonner bredt og { $min_height } rækker højt (nu er det { $width } x { $height }).

common-journal-unreadable = { $count ->
        [one] { $count } linje i dagbogen kunne ikke læses; den forbliver, som den er.
       *[other] { $count } linjer i dagbogen kunne ikke læses; de forbliver, som de er.
    }

common-hint-any-key = valgfri tast
common-hint-close-help = luk hjælpen
common-hint-what-to-do = hvad nu
common-hint-safety-questions = sikkerhedsspørgsmål
common-hint-history = historik
common-hint-help = hjælp
common-hint-quit = afslut
common-hint-start = start
common-hint-choose = vælg
common-hint-safety = sikkerhed
common-hint-pain = smerte
common-hint-confirm = bekræft
common-hint-not-now = ikke nu
common-hint-earlier-week = tidligere uge
common-hint-later-week = senere uge
common-hint-back = tilbage
common-hint-leave = gå ud
common-hint-stay = bliv
common-hint-skip-it = spring over
common-hint-dont-skip = spring ikke over
common-hint-pain-now = smerte nu
common-hint-back-to-exercise = tilbage til øvelsen
common-hint-go-on-gently = fortsæt roligt
common-hint-stop-for-today = stop for i dag
common-hint-lighter-version = lettere variant
common-hint-skip-question = spring over
common-hint-save-note = gem note
common-hint-no-note = ingen note
common-hint-back-to-today = til i dag
common-hint-resume = fortsæt
common-hint-pause = pause
common-hint-end-rest = videre
common-hint-set-done = sæt færdigt
common-hint-reps = antal
common-hint-start-timer = tag tid
common-hint-done = færdig
common-hint-minutes = minutter
common-hint-skip = spring over
common-hint-it-hurts = gør ondt
common-hint-go-on = fortsæt
common-hint-back-to-session = tilbage til træningen
common-hint-yes = ja
common-hint-no = nej
common-hint-cleared-by-clinician = godkendt af behandler
common-hint-yes-cleared = ja, jeg er blevet godkendt
common-hint-no-go-back = nej, gå tilbage

common-help-title = Taster
common-help-close = tryk på en tast for at lukke
common-help-next = start træningen; trinnet er færdigt, gå videre
    .keys = Enter eller n
common-help-timer = start, pause eller genoptag tiden
common-help-skip = spring en øvelse, pause eller et spørgsmål over
common-help-hurts = det gør ondt: stop øvelsen og få råd
common-help-back = gå et trin tilbage
common-help-reps = ret antal gentagelser (minutter ved en gåtur)
    .keys = + og -
common-help-pain = dit smertetal, når du bliver spurgt
    .keys = 0 til 10
common-help-choose = vælg en træning på I dag-skærmen
    .keys = ↑ og ↓
common-help-history = din historik: tidligere uger, gåture og smerte
common-help-safety = sikkerhedsspørgsmålene, når du vil
    .keys = s på I dag
common-help-weeks = tidligere eller senere uger i historikken
    .keys = ← og →
common-help-leave = tilbage, stop træningen (spørger først), afslut
    .keys = q eller Esc
common-help-help = denne hjælp
common-help-interrupt = luk med det samme; det, du har lavet, er gemt
