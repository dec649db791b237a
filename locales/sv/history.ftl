# Framsteg: historikskärmen och smärtmodellens råd efter ett pass.

## Datumformat. Måndagarna i tabellen och diagrammet får 6 tecken ("16 mar"), liksom
## dagarna i veckans lista ("mån 6").

history-date-monday = %-d %b
history-date-run = %a %-d
# "6–12 april", "30 mars–5 april"
history-date-from-day = %-d
history-date-from = %-d %B
history-date-to = %-d %B

## Rubriken och kalendern.

history-title = Historik
history-starts-on = Ditt program börjar { $date }.
history-week = Vecka
history-weekday-initials = M T O T F L S
history-sessions-done = Gjorda pass
history-sessions = Pass
history-done = Gjort
history-walking-minutes = Promenad, minuter
history-walking = Promenad
history-done-of = { $done } av { $planned }
history-minutes = { $minutes } min
history-legend-done = gjort
history-legend-partly = delvis
history-legend-missed = missat
history-legend-to-do-today = att göra i dag
history-legend-rest-day = vilodag

## Smärtdiagrammet.

history-chart-pain = Smärta
history-chart-before = före
history-chart-after = efter
history-chart-next-morning = nästa morgon
history-chart-morning = morgon
history-chart-empty = Inga smärtvärden de här veckorna än.
history-chart-empty-hint = De visas här när du anger dem före och efter ett pass.

## Den valda veckans pass.

history-week-span = Vecka { $week } · { $from }–{ $to }
history-nothing-yet = Inget gjort än den här veckan.
history-nothing-recorded = Inget sparat den här veckan.
history-more = … och { $count } pass till
history-run-cancelled = ångrat
history-run-logged = registrerat, { $minutes } min
history-run-activity-logged = { $activity } registrerat, { $minutes } min
history-run-marked-done = markerat som klart
history-run-done = klart
history-run-partly-done = delvis klart
history-run-nothing-done = påbörjat, inget gjort
history-run-minutes = , { $minutes } min
history-activity = Aktivitet
history-skipped = hoppade över { $exercise }
history-skipped-because = hoppade över { $exercise }: { $reason }
history-note = ”{ $note }”
history-pain = smärta { $scores }
history-pain-advice = smärta { $scores }: { $advice }
history-pain-before = { $score } före
history-pain-after = { $score } efter
history-pain-next-morning = { $score } nästa morgon
history-advice-build-up = öka på
history-advice-keep-the-dose = behåll dosen
history-advice-go-lighter = ta det lättare

## Smärtmodellens råd efter ett pass.

history-model-too-much = Smärtan nådde { $after } efter passet, över { $limit }: det var för mycket.
history-model-not-settled = Smärtan var { $morning } nästa morgon, över din vanliga { $usual }: den hade inte lagt sig.
history-model-acceptable = Smärtan var { $after } efter passet: acceptabel. Behåll samma dos så länge.
history-model-safe = Smärtan var { $after } efter passet: väl inom den trygga zonen.
history-model-lighter = De närmaste passen blir lite lättare.
history-model-build-up = Du kan öka som planerat.
history-model-take-it-easier = Ta det lite lugnare nästa gång, och berätta det för din fysioterapeut.
history-model-carry-on = Fortsätt som planerat.
history-model-may-change = (Det kan ändras beroende på hur du mår i morgon bitti.)
