# Voortgang: het geschiedenisscherm en het advies van het pijnmodel na een sessie.

## Datumnotaties. De maandagen in de tabel en de grafiek krijgen 6 tekens ("16 mrt"),
## net als de dagen in de lijst van de week ("ma 6").

history-date-monday = %-d %b
history-date-run = %a %-d
# "6 t/m 12 april", "30 maart t/m 5 april"
history-date-from-day = %-d
history-date-from = %-d %B
history-date-to = %-d %B

## De titel en de kalender.

history-title = Geschiedenis
history-starts-on = Je programma begint op { $date }.
history-week = Week
history-weekday-initials = M D W D V Z Z
history-sessions-done = Sessies gedaan
history-sessions = Sessies
history-done = Klaar
history-walking-minutes = Wandelen, minuten
history-walking = Wandelen
history-done-of = { $done } van { $planned }
history-minutes = { $minutes } min
history-legend-done = gedaan
history-legend-partly = deels
history-legend-missed = gemist
history-legend-to-do-today = vandaag te doen
history-legend-rest-day = rustdag

## De pijngrafiek.

history-chart-pain = Pijn
history-chart-before = voor
history-chart-after = na
history-chart-next-morning = ochtend erna
history-chart-morning = ochtend
history-chart-empty = Nog geen pijnscores in deze weken.
history-chart-empty-hint = Ze verschijnen hier zodra je ze voor en na een sessie invult.

## De sessies van de gekozen week.

history-week-span = Week { $week } · { $from } t/m { $to }
history-nothing-yet = Deze week nog niets gedaan.
history-nothing-recorded = Niets vastgelegd in deze week.
history-more = … en nog { $count ->
        [one] één sessie
       *[other] { $count } sessies
    }
history-run-cancelled = ongedaan
history-run-logged = ingevoerd, { $minutes } min
history-run-activity-logged = { $activity } ingevoerd, { $minutes } min
history-run-marked-done = als klaar gemarkeerd
history-run-done = klaar
history-run-partly-done = deels klaar
history-run-nothing-done = begonnen, niets gedaan
history-run-minutes = , { $minutes } min
history-activity = Activiteit
history-skipped = { $exercise } overgeslagen
history-skipped-because = { $exercise } overgeslagen: { $reason }
history-note = ‘{ $note }’
history-pain = pijn { $scores }
history-pain-advice = pijn { $scores }: { $advice }
history-pain-before = { $score } vooraf
history-pain-after = { $score } achteraf
history-pain-next-morning = { $score } volgende ochtend
history-advice-build-up = opbouwen
history-advice-keep-the-dose = dosis gelijk
history-advice-go-lighter = rustiger aan

## Het advies van het pijnmodel na een sessie.

history-model-too-much = De pijn was { $after } na de sessie, boven { $limit }: dat was te veel.
history-model-not-settled = De pijn was { $morning } de volgende ochtend, boven je gebruikelijke { $usual }: die was nog niet gezakt.
history-model-acceptable = De pijn was { $after } na de sessie: acceptabel. Houd de dosis voorlopig gelijk.
history-model-safe = De pijn was { $after } na de sessie: ruim binnen de veilige zone.
history-model-lighter = De volgende sessies worden wat lichter.
history-model-build-up = Je kunt opbouwen zoals gepland.
history-model-take-it-easier = Doe het de volgende keer rustiger aan, en vertel het je fysiotherapeut.
history-model-carry-on = Ga door zoals gepland.
history-model-may-change = (Dit kan nog veranderen, afhankelijk van hoe je je morgenochtend voelt.)
