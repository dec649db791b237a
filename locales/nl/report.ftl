# Het rapport voor de fysiotherapeut (`rehabit report`): Markdown en HTML, met de grafieken.

## Datums en getallen

report-date = %d-%m-%Y
report-weekday-date = %a %d-%m-%Y
report-chart-day-month = %-d %b
report-decimal-point = ,
report-date-range = { $from } t/m { $to }

## Het begin van het rapport

report-title = Oefenrapport: { $title }
report-label-period = Periode
report-period = { $from } t/m { $to } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }), gemaakt op { $today }
report-label-programme = Programma
report-programme = { $title }{ $author }{ $phase }; gestart op { $start }; versie { $hash }
report-by-author = , door { $author }
report-for-phase = { $phase ->
        [acute] , bij acute rugpijn
        [subacute] , bij subacute rugpijn
       *[chronic] , bij chronische rugpijn
    }
report-label-versions = Versies in het logboek
report-version = ‘{ $title }’ { $hash } ({ $from } t/m { $to })
report-version-current = ‘{ $title }’ { $hash } ({ $from } t/m { $to }, de huidige)
report-label-sessions = Sessies
report-sessions = { $done } van { $planned } geplande sessies gedaan, { $partly } deels, { $missed } gemist
report-label-walking = Wandelen
report-walking = { $minutes } van { $target ->
        [one] { $target } minuut
       *[other] { $target } minuten
    }
report-walking-no-target = { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
report-label-weeks-on-target = Weken met doel gehaald
report-weeks-on-target = { $on_target } van { $weeks }
report-label-pain-bands = Pijngrenzen
report-bands-guide = veilig t/m { $safe }, acceptabel t/m { $acceptable }; de dosis gaat alleen omhoog als de pijn het toelaat
report-bands-fixed = veilig t/m { $safe }, acceptabel t/m { $acceptable }; de dosis volgt het plan, ongeacht de pijn
report-label-pain = Pijn
report-morning-rising = De pijn de ochtend erna is de laatste weken toegenomen: goed om te bespreken.
report-morning-steady = De pijn de ochtend erna is niet toegenomen.

## Kopjes en de regels eronder

report-heading-goals = Doelen
report-heading-weeks = Week voor week
report-heading-exercises = Oefeningen
report-heading-sessions = Sessies
report-heading-pain = Pijn
report-heading-walks = Wandelingen en andere activiteiten
report-heading-cancelled = Ingetrokken
report-heading-red-flags = Rode vlaggen
report-none = Geen in deze periode.
report-days-key = Dagen, maandag t/m zondag: ✓ gedaan, ◐ deels gedaan, ✗ gemist, · rustdag, ○ vandaag, nog niet gedaan, – voor de start of na vandaag.
report-exercises-intro = Wat elke gedane sessie van de oefening vroeg, tegenover wat er gedaan is.
report-pain-intro = Gemiddelde scores, 0 tot 10, van de sessies die meetellen.
report-cancelled-intro = Ingetrokken door de patiënt: hierboven vermeld, niet meegeteld.
report-footer = Gemaakt door rehabit op { $date }. Rapportformaat { $version }.

## Kolommen van de tabellen

report-col-week = Week
report-col-dates = Datums
report-col-days = Dagen
report-col-planned = Gepland
report-col-done = Gedaan
report-col-partly = Deels
report-col-missed = Gemist
report-col-walking-min = Wandelen (min)
report-col-walked-min = Gewandeld (min)
report-col-target-min = Doel (min)
report-col-on-target = Doel gehaald
report-col-exercise = Oefening
report-col-asked = Gevraagd
report-col-skipped = Overgeslagen
report-col-sets = Sets
report-col-sets-done-asked = Sets gedaan / gevraagd
report-col-reps = Herh.
report-col-time = Tijd
report-col-last-dose = Laatst gevraagde dosis
report-col-date = Datum
report-col-session = Sessie
report-col-how = Hoe
report-col-status = Status
report-col-pain-before = Pijn vooraf
report-col-pain-after = Pijn achteraf
report-col-next-morning = Ochtend erna
report-col-verdict = Oordeel
report-col-minutes = Minuten
report-col-notes = Notities
report-col-before = Vooraf
report-col-after = Achteraf
report-col-before-average = Vooraf (gem.)
report-col-after-average = Achteraf (gem.)
report-col-next-morning-average = Ochtend erna (gem.)
report-col-activity = Activiteit
report-col-reason = Reden
report-col-asked-because = Gevraagd vanwege
report-col-answered-yes = Ja op
report-col-outcome = Uitkomst
report-col-cleared = Vrijgegeven

## Cellen van de tabellen

report-yes = ja
report-no = nee
report-week-not-over = week nog niet voorbij
report-source-live = in rehabit
report-source-logged = achteraf ingevoerd
report-source-marked = afgevinkt
report-status-done = gedaan
report-status-partly = deels
report-status-nothing = niets
report-status-cancelled = ingetrokken
report-activity-cancelled = { $activity } (ingetrokken)
report-verdict-progress = opbouwen
report-verdict-hold = aanhouden
report-verdict-reduce = afbouwen
report-verdict-reason = { $verdict }: { $reason }
report-reason-too-much = pijn achteraf { $after }, boven { $acceptable }
report-reason-not-settled = ochtend erna { $morning }, boven de gebruikelijke { $usual }
report-reason-acceptable = pijn achteraf { $after }, acceptabel
report-reason-safe = pijn achteraf { $after }, veilig
report-reason-provisional = { $reason } (voorlopig: nog geen ochtendantwoord)
report-level-dose = niveau { $level }: { $dose }
report-dose-sets = { $sets ->
        [one] { $sets } set
       *[other] { $sets } sets
    }
report-dose-hold = vasthouden { $time }
report-sides-alternating = afwisselend
report-sides-left-then-right = eerst links dan rechts

## Rode vlaggen

report-red-flags-none = De vragen over rode vlaggen zijn in deze periode niet beantwoord.
report-red-flags-key = Elke rij is één keer dat de patiënt alle vragen over rode vlaggen beantwoordde; niet vermelde vragen zijn met nee beantwoord. Een ja waarvoor nu een arts nodig is, stopt elke sessie tot de patiënt bevestigt dat een zorgverlener groen licht heeft gegeven.
report-asked-first-start = eerste start van het programma
report-asked-on-demand = op verzoek van de patiënt
report-asked-high-pain = een hoge pijnscore
report-answered-none = geen
report-not-yet = nog niet
report-outcome-clear = geen bijzonderheden
report-outcome-see-soon = binnenkort naar fysiotherapeut of huisarts
report-outcome-contact-now = nu contact opnemen met een arts

## Grafieken (HTML)

report-chart-sessions = Geplande en gedane sessies, week voor week
report-chart-sessions-axis = sessies
report-chart-planned = gepland
report-chart-done = gedaan
report-chart-no-weeks = Geen weken in deze periode
report-chart-walking = Minuten gewandeld per week, en het doel
report-chart-minutes-axis = minuten
report-chart-walked = minuten gewandeld
report-chart-target = doel
report-chart-target-minutes = doel { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
report-chart-no-walking = Geen wandelen gevraagd of ingevoerd in deze periode
report-chart-pain = Pijn vooraf, achteraf en de ochtend erna (0 tot 10)
report-chart-pain-axis = pijn
report-chart-acceptable = acceptabel t/m { $acceptable }
report-chart-before = vooraf
report-chart-after = achteraf
report-chart-morning = ochtend erna
report-chart-no-pain = Geen pijnscores in deze periode
report-chart-week = wk { $week }
