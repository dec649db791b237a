# Rapporten till fysioterapeuten (`rehabit report`): Markdown och HTML, diagrammen inräknade.

## Datum och tal

report-date = %Y-%m-%d
report-weekday-date = %a %Y-%m-%d
report-chart-day-month = %-d %b
report-decimal-point = ,
report-date-range = { $from } till { $to }

## Rapportens början

report-title = Träningsrapport: { $title }
report-label-period = Period
report-period = { $from } till { $to } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }), skapad { $today }
report-label-programme = Program
report-programme = { $title }{ $author }{ $phase }; påbörjat { $start }; version { $hash }
report-by-author = , av { $author }
report-for-phase = { $phase ->
        [acute] , vid akut ryggsmärta
        [subacute] , vid subakut ryggsmärta
       *[chronic] , vid långvarig ryggsmärta
    }
report-label-versions = Versioner i dagboken
report-version = ”{ $title }” { $hash } ({ $from } till { $to })
report-version-current = ”{ $title }” { $hash } ({ $from } till { $to }, den nuvarande)
report-label-sessions = Pass
report-sessions = { $done } av { $planned } planerade pass gjorda, { $partly } delvis, { $missed } missade
report-label-walking = Promenader
report-walking = { $minutes } av { $target ->
        [one] { $target } minut
       *[other] { $target } minuter
    }
report-walking-no-target = { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }
report-label-weeks-on-target = Veckor då målet nåddes
report-weeks-on-target = { $on_target } av { $weeks }
report-label-pain-bands = Smärtzoner
report-bands-guide = trygg upp till { $safe }, acceptabel upp till { $acceptable }; doseringen ökar bara när smärtan tillåter
report-bands-fixed = trygg upp till { $safe }, acceptabel upp till { $acceptable }; doseringen följer planen oavsett smärta
report-label-pain = Smärta
report-morning-rising = Smärtan morgonen efter har ökat under de senaste veckorna: värt att prata om.
report-morning-steady = Smärtan morgonen efter har inte ökat.

## Rubriker och raderna under dem

report-heading-goals = Mål
report-heading-weeks = Vecka för vecka
report-heading-exercises = Övningar
report-heading-sessions = Pass
report-heading-pain = Smärta
report-heading-walks = Promenader och andra aktiviteter
report-heading-cancelled = Ångrade registreringar
report-heading-red-flags = Röda flaggor
report-none = Inget under perioden.
report-days-key = Dagar, måndag till söndag: ✓ gjort, ◐ delvis gjort, ✗ missat, · vilodag, ○ i dag, inte gjort än, – före starten eller efter i dag.
report-exercises-intro = Vad varje genomfört pass ordinerade av övningen, jämfört med vad som gjordes.
report-pain-intro = Medelvärden, 0 till 10, för de pass som räknas.
report-cancelled-intro = Ångrade av patienten: står med ovan men räknas inte.
report-footer = Skapad av rehabit { $date }. Rapportformat { $version }.

## Tabellernas kolumner

report-col-week = Vecka
report-col-dates = Datum
report-col-days = Dagar
report-col-planned = Planerade
report-col-done = Gjorda
report-col-partly = Delvis
report-col-missed = Missade
report-col-walking-min = Promenad (min)
report-col-walked-min = Promenerat (min)
report-col-target-min = Mål (min)
report-col-on-target = Mål nått
report-col-exercise = Övning
report-col-asked = Ordinerade
report-col-skipped = Överhoppade
report-col-sets = Set
report-col-sets-done-asked = Set gjorda / ordinerade
report-col-reps = Rep.
report-col-time = Tid
report-col-last-dose = Senast ordinerad dos
report-col-date = Datum
report-col-session = Pass
report-col-how = Hur
report-col-status = Status
report-col-pain-before = Smärta före
report-col-pain-after = Smärta efter
report-col-next-morning = Morgonen efter
report-col-verdict = Bedömning
report-col-minutes = Minuter
report-col-notes = Anteckningar
report-col-before = Före
report-col-after = Efter
report-col-before-average = Före (medel)
report-col-after-average = Efter (medel)
report-col-next-morning-average = Morgonen efter (medel)
report-col-activity = Aktivitet
report-col-reason = Anledning
report-col-asked-because = Frågat på grund av
report-col-answered-yes = Svarade ja på
report-col-outcome = Utfall
report-col-cleared = Klartecken

## Tabellernas celler

report-yes = ja
report-no = nej
report-week-not-over = veckan pågår
report-source-live = i rehabit
report-source-logged = loggad
report-source-marked = markerad
report-status-done = gjort
report-status-partly = delvis
report-status-nothing = inget
report-status-cancelled = ångrat
report-activity-cancelled = { $activity } (ångrad)
report-verdict-progress = öka
report-verdict-hold = behålla
report-verdict-reduce = minska
report-verdict-reason = { $verdict }: { $reason }
report-reason-too-much = smärta efter { $after }, över { $acceptable }
report-reason-not-settled = morgonen efter { $morning }, över det vanliga { $usual }
report-reason-acceptable = smärta efter { $after }, acceptabel
report-reason-safe = smärta efter { $after }, trygg
report-reason-provisional = { $reason } (preliminärt: inget morgonsvar än)
report-level-dose = nivå { $level }: { $dose }
report-dose-sets = { $sets } set
report-dose-hold = håll kvar { $time }
report-sides-alternating = växelvis
report-sides-left-then-right = vänster sedan höger

## Röda flaggor

report-red-flags-none = Frågorna om röda flaggor besvarades inte under perioden.
report-red-flags-key = Varje rad är ett tillfälle då patienten besvarade alla frågor om röda flaggor; frågor som inte står med besvarades med nej. Ett ja som kräver läkare nu stoppar alla pass tills patienten bekräftar att en vårdgivare har gett klartecken.
report-asked-first-start = programmets första start
report-asked-on-demand = på patientens begäran
report-asked-high-pain = en hög smärtskattning
report-answered-none = inga
report-not-yet = inte än
report-outcome-clear = utan anmärkning
report-outcome-see-soon = träffa fysioterapeut eller läkare snart
report-outcome-contact-now = kontakta läkare nu

## Diagram (HTML)

report-chart-sessions = Planerade och gjorda pass, vecka för vecka
report-chart-sessions-axis = pass
report-chart-planned = planerade
report-chart-done = gjorda
report-chart-no-weeks = Inga veckor under perioden
report-chart-walking = Promenadminuter varje vecka, och målet
report-chart-minutes-axis = minuter
report-chart-walked = promenadminuter
report-chart-target = mål
report-chart-target-minutes = mål { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }
report-chart-no-walking = Inga promenader ordinerade eller loggade under perioden
report-chart-pain = Smärta före, efter och morgonen efter (0 till 10)
report-chart-pain-axis = smärta
report-chart-acceptable = acceptabel upp till { $acceptable }
report-chart-before = före
report-chart-after = efter
report-chart-morning = morgonen efter
report-chart-no-pain = Inga smärtskattningar under perioden
report-chart-week = v. { $week }
