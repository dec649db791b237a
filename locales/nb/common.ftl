date-weekday-day-month = %A %-d. %B
date-short = %a %-d. %b
date-day-month-year = %-d. %B %Y
date-weekday = %A
date-day-month = %-d. %B
date-weekday-day-month-year = %A %-d. %B %Y

common-window-too-small =
    Vinduet er for lite. Gjør det minst { $min_width } kolonner bredt og { $min_height } rader høyt (nå er det { $width } x { $height }).

common-journal-unreadable = { $count ->
        [one] { $count } linje i dagboken kunne ikke leses; den blir stående som den er.
       *[other] { $count } linjer i dagboken kunne ikke leses; de blir stående som de er.
    }

common-hint-any-key = valgfri tast
common-hint-close-help = lukk hjelpen
common-hint-what-to-do = hva nå
common-hint-safety-questions = sikkerhetsspørsmål
common-hint-history = historikk
common-hint-help = hjelp
common-hint-quit = avslutt
common-hint-start = start
common-hint-choose = velg
common-hint-safety = sikkerhet
common-hint-pain = smerte
common-hint-confirm = bekreft
common-hint-not-now = ikke nå
common-hint-earlier-week = tidligere uke
common-hint-later-week = senere uke
common-hint-back = tilbake
common-hint-leave = gå ut
common-hint-stay = bli
common-hint-skip-it = hopp over
common-hint-dont-skip = ikke hopp over
common-hint-pain-now = smerte nå
common-hint-back-to-exercise = tilbake til øvelsen
common-hint-go-on-gently = fortsett forsiktig
common-hint-stop-for-today = stopp for i dag
common-hint-lighter-version = lettere variant
common-hint-skip-question = hopp over
common-hint-save-note = lagre notat
common-hint-no-note = uten notat
common-hint-back-to-today = til i dag
common-hint-resume = fortsett
common-hint-pause = pause
common-hint-end-rest = videre
common-hint-set-done = ferdig
common-hint-reps = antall
common-hint-start-timer = ta tiden
common-hint-done = ferdig
common-hint-minutes = minutter
common-hint-skip = hopp over
common-hint-it-hurts = gjør vondt
common-hint-go-on = fortsett
common-hint-back-to-session = tilbake til økten
common-hint-yes = ja
common-hint-no = nei
common-hint-cleared-by-clinician = klarert av behandler
common-hint-yes-cleared = ja, jeg er klarert
common-hint-no-go-back = nei, gå tilbake

common-help-title = Taster
common-help-close = trykk en tast for å lukke
common-help-next = start økten; merk steget som ferdig, gå videre
    .keys = Enter eller n
common-help-timer = start, pause eller fortsett tidtakingen
common-help-skip = hopp over en øvelse, en pause eller et spørsmål
common-help-hurts = det gjør vondt: stopp øvelsen og få råd
common-help-back = gå ett steg tilbake
common-help-reps = rett antall repetisjoner (minutter på gåtur)
    .keys = + og -
common-help-pain = smertetallet ditt, når du blir spurt
    .keys = 0 til 10
common-help-choose = velg en økt på I dag-skjermen
    .keys = ↑ og ↓
common-help-history = historikken: tidligere uker, gåturer og smerte
common-help-safety = sikkerhetsspørsmålene, når du vil
    .keys = s på I dag
common-help-weeks = tidligere eller senere uker i historikken
    .keys = ← og →
common-help-leave = tilbake, gå ut av økten (spør først), avslutt
    .keys = q eller Esc
common-help-help = denne hjelpen
common-help-interrupt = lukk med en gang; det du har gjort, er lagret
