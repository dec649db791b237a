# Framgang: historikkskjermen og smertemodellens råd etter en økt.

## Datoformater. Mandagene i tabellen og diagrammet får 6 tegn ("16.3."), det samme
## gjør dagene i ukas liste ("ma. 6").

history-date-monday = %-d.%-m.
history-date-run = %a %-d
# "6.–12. april", "30. mars–5. april"
history-date-from-day = %-d.
history-date-from = %-d. %B
history-date-to = %-d. %B

## Overskriften og kalenderen.

history-title = Historikk
history-starts-on = Programmet ditt starter { $date }.
history-week = Uke
history-weekday-initials = M T O T F L S
history-sessions-done = Økter gjort
history-sessions = Økter
history-done = Gjort
history-walking-minutes = Gåtur, minutter
history-walking = Gåtur
history-done-of = { $done } av { $planned }
history-minutes = { $minutes } min
history-legend-done = gjort
history-legend-partly = delvis
history-legend-missed = ikke gjort
history-legend-to-do-today = gjøres i dag
history-legend-rest-day = hviledag

## Smertediagrammet.

history-chart-pain = Smerte
history-chart-before = før
history-chart-after = etter
history-chart-next-morning = neste morgen
history-chart-morning = morgen
history-chart-empty = Ingen smertetall i disse ukene ennå.
history-chart-empty-hint = De vises her når du gir dem før og etter en økt.

## Den valgte ukas økter.

history-week-span = Uke { $week } · { $from }–{ $to }
history-nothing-yet = Ingenting gjort ennå denne uka.
history-nothing-recorded = Ingenting registrert denne uka.
history-more = … og { $count ->
        [one] én økt
       *[other] { $count } økter
    } til
history-run-cancelled = angret
history-run-logged = registrert, { $minutes } min
history-run-activity-logged = { $activity } registrert, { $minutes } min
history-run-marked-done = merket som ferdig
history-run-done = ferdig
history-run-partly-done = delvis ferdig
history-run-nothing-done = startet, ingenting gjort
history-run-minutes = , { $minutes } min
history-activity = Aktivitet
history-skipped = hoppet over { $exercise }
history-skipped-because = hoppet over { $exercise }: { $reason }
history-note = «{ $note }»
history-pain = smerte { $scores }
history-pain-advice = smerte { $scores }: { $advice }
history-pain-before = { $score } før
history-pain-after = { $score } etter
history-pain-next-morning = { $score } neste morgen
history-advice-build-up = øk på
history-advice-keep-the-dose = behold dosen
history-advice-go-lighter = ta det lettere

## Smertemodellens råd etter en økt.

history-model-too-much = Smerten nådde { $after } etter økta, over { $limit }: det var for mye.
history-model-not-settled = Smerten var { $morning } neste morgen, over det vanlige nivået ditt på { $usual }: den hadde ikke roet seg.
history-model-acceptable = Smerten var { $after } etter økta: akseptabel. Behold samme dose inntil videre.
history-model-safe = Smerten var { $after } etter økta: godt innenfor den trygge sonen.
history-model-lighter = De neste øktene blir litt lettere.
history-model-build-up = Du kan bygge opp som planlagt.
history-model-take-it-easier = Ta det roligere neste gang, og si fra til fysioterapeuten din.
history-model-carry-on = Fortsett som planlagt.
history-model-may-change = (Dette kan endre seg etter hvordan du har det i morgen tidlig.)
