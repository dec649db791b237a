date-weekday-day-month = %A %-d %B
date-short = %a %-d %b
date-day-month-year = %-d %B %Y
date-weekday = %A
date-day-month = %-d %B
date-weekday-day-month-year = %A %-d %B %Y

common-window-too-small =
    Fönstret är för litet. Gör det minst { $min_width } kolumner brett och { $min_height } rader högt (nu är det { $width } x { $height }).

common-journal-unreadable = { $count ->
        [one] { $count } rad i dagboken gick inte att läsa; den lämnas som den är.
       *[other] { $count } rader i dagboken gick inte att läsa; de lämnas som de är.
    }

common-hint-any-key = valfri tangent
common-hint-close-help = stäng hjälpen
common-hint-what-to-do = vad nu
common-hint-safety-questions = säkerhetsfrågor
common-hint-history = historik
common-hint-help = hjälp
common-hint-quit = avsluta
common-hint-start = starta
common-hint-choose = välj
common-hint-safety = säkerhet
common-hint-pain = smärta
common-hint-confirm = bekräfta
common-hint-not-now = inte nu
common-hint-earlier-week = tidigare vecka
common-hint-later-week = senare vecka
common-hint-back = bakåt
common-hint-leave = lämna
common-hint-stay = stanna
common-hint-skip-it = hoppa över
common-hint-dont-skip = hoppa inte över
common-hint-pain-now = smärta nu
common-hint-back-to-exercise = till övningen
common-hint-go-on-gently = fortsätt varsamt
common-hint-stop-for-today = sluta för i dag
common-hint-lighter-version = lättare variant
common-hint-skip-question = hoppa över
common-hint-save-note = spara anteckning
common-hint-no-note = ingen anteckning
common-hint-back-to-today = till i dag
common-hint-resume = fortsätt
common-hint-pause = pausa
common-hint-end-rest = sluta vila
common-hint-set-done = set klart
common-hint-reps = antal
common-hint-start-timer = starta tiden
common-hint-done = klar
common-hint-minutes = minuter
common-hint-skip = hoppa över
common-hint-it-hurts = gör ont
common-hint-go-on = fortsätt
common-hint-back-to-session = tillbaka till passet
common-hint-yes = ja
common-hint-no = nej
common-hint-cleared-by-clinician = klartecken från vården
common-hint-yes-cleared = ja, jag har fått klartecken
common-hint-no-go-back = nej, gå tillbaka

common-help-title = Tangenter
common-help-close = valfri tangent stänger
common-help-next = starta passet; markera steget klart, gå vidare
    .keys = Enter eller n
common-help-timer = starta, pausa eller fortsätt tidtagningen
common-help-skip = hoppa över en övning, en vila eller en fråga
common-help-hurts = det gör ont: avbryt övningen och få råd
common-help-back = gå tillbaka ett steg
common-help-reps = rätta antal repetitioner (minuter vid promenad)
    .keys = + och -
common-help-pain = din smärta, när du får frågan
    .keys = 0 till 10
common-help-choose = välj ett pass på I dag-sidan
    .keys = ↑ och ↓
common-help-history = din historik: veckor, promenader och smärta
common-help-safety = säkerhetsfrågorna, när du vill
    .keys = s på I dag
common-help-weeks = tidigare eller senare veckor i historiken
    .keys = ← och →
common-help-leave = tillbaka, lämna passet (frågar först), avsluta
    .keys = q eller Esc
common-help-help = den här hjälpen
common-help-interrupt = stäng direkt; det du har gjort är sparat
