# Fremskridt: historikskærmen og smertemodellens råd efter en træning.

## Datoformater. Mandagene i tabellen og diagrammet får 6 tegn ("16/3"), det samme
## gør dagene i ugens liste ("man 6").

history-date-monday = %-d/%-m
history-date-run = %a %-d
# "6.–12. april", "30. marts–5. april"
history-date-from-day = %-d.
history-date-from = %-d. %B
history-date-to = %-d. %B

## Overskriften og kalenderen.

history-title = Historik
history-starts-on = Dit program starter { $date }.
history-week = Uge
history-weekday-initials = M T O T F L S
history-sessions-done = Træninger lavet
history-sessions = Træninger
history-done = Lavet
history-walking-minutes = Gåtur, minutter
history-walking = Gåtur
history-done-of = { $done } af { $planned }
history-minutes = { $minutes } min
history-legend-done = lavet
history-legend-partly = delvis
history-legend-missed = ikke lavet
history-legend-to-do-today = laves i dag
history-legend-rest-day = hviledag

## Smertediagrammet.

history-chart-pain = Smerte
history-chart-before = før
history-chart-after = efter
history-chart-next-morning = næste morgen
history-chart-morning = morgen
history-chart-empty = Ingen smertetal i disse uger endnu.
history-chart-empty-hint = De vises her, når du angiver dem før og efter en træning.

## Den valgte uges træninger.

history-week-span = Uge { $week } · { $from }–{ $to }
history-nothing-yet = Intet lavet endnu i denne uge.
history-nothing-recorded = Intet registreret i denne uge.
history-more = … og { $count ->
        [one] én træning
       *[other] { $count } træninger
    } mere
history-run-cancelled = fortrudt
history-run-logged = registreret, { $minutes } min
history-run-activity-logged = { $activity } registreret, { $minutes } min
history-run-marked-done = markeret som færdig
history-run-done = færdig
history-run-partly-done = delvis færdig
history-run-nothing-done = startet, intet lavet
history-run-minutes = , { $minutes } min
history-activity = Aktivitet
history-skipped = sprang { $exercise } over
history-skipped-because = sprang { $exercise } over: { $reason }
history-note = »{ $note }«
history-pain = smerte { $scores }
history-pain-advice = smerte { $scores }: { $advice }
history-pain-before = { $score } før
history-pain-after = { $score } efter
history-pain-next-morning = { $score } næste morgen
history-advice-build-up = byg op
history-advice-keep-the-dose = behold dosis
history-advice-go-lighter = tag det lettere

## Smertemodellens råd efter en træning.

history-model-too-much = Smerten nåede { $after } efter træningen, over { $limit }: det var for meget.
history-model-not-settled = Smerten var { $morning } næste morgen, over dit normale niveau på { $usual }: den havde ikke lagt sig.
history-model-acceptable = Smerten var { $after } efter træningen: acceptabel. Behold samme dosis indtil videre.
history-model-safe = Smerten var { $after } efter træningen: et godt stykke inden for den trygge zone.
history-model-lighter = De næste træninger bliver lidt lettere.
history-model-build-up = Du kan bygge op som planlagt.
history-model-take-it-easier = Tag den lidt mere med ro næste gang, og fortæl det til din fysioterapeut.
history-model-carry-on = Fortsæt som planlagt.
history-model-may-change = (Det kan ændre sig, alt efter hvordan du har det i morgen tidlig.)
