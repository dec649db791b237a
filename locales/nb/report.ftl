# Rapporten til fysioterapeuten (`rehabit report`): Markdown og HTML, med diagrammene.

## Datoer og tall

report-date = %d.%m.%Y
report-weekday-date = %a %d.%m.%Y
report-chart-day-month = %-d. %b
report-decimal-point = ,
report-date-range = { $from } til { $to }

## Rapportens begynnelse

report-title = Treningsrapport: { $title }
report-label-period = Periode
report-period = { $from } til { $to } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dager
    }), laget { $today }
report-label-programme = Program
report-programme = { $title }{ $author }{ $phase }; startet { $start }; versjon { $hash }
report-by-author = , av { $author }
report-for-phase = { $phase ->
        [acute] , ved akutte ryggsmerter
        [subacute] , ved subakutte ryggsmerter
       *[chronic] , ved langvarige ryggsmerter
    }
report-label-versions = Versjoner i dagboken
report-version = «{ $title }» { $hash } ({ $from } til { $to })
report-version-current = «{ $title }» { $hash } ({ $from } til { $to }, den nåværende)
report-label-sessions = Økter
report-sessions = { $done } av { $planned } planlagte økter gjort, { $partly } delvis, { $missed } ikke gjort
report-label-walking = Gåturer
report-walking = { $minutes } av { $target ->
        [one] { $target } minutt
       *[other] { $target } minutter
    }
report-walking-no-target = { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }
report-label-weeks-on-target = Uker med nådd mål
report-weeks-on-target = { $on_target } av { $weeks }
report-label-pain-bands = Smertesoner
report-bands-guide = trygg opp til { $safe }, akseptabel opp til { $acceptable }; dosen økes bare når smerten tillater det
report-bands-fixed = trygg opp til { $safe }, akseptabel opp til { $acceptable }; dosen følger planen uansett smerte
report-label-pain = Smerte
report-morning-rising = Smerten neste morgen har økt de siste ukene: verdt å snakke om.
report-morning-steady = Smerten neste morgen har ikke økt.

## Overskrifter og linjene under dem

report-heading-goals = Mål
report-heading-weeks = Uke for uke
report-heading-exercises = Øvelser
report-heading-sessions = Økter
report-heading-pain = Smerte
report-heading-walks = Gåturer og andre aktiviteter
report-heading-cancelled = Trukket tilbake
report-heading-red-flags = Røde flagg
report-none = Ingen i denne perioden.
report-days-key = Dager, mandag til søndag: ✓ gjort, ◐ delvis gjort, ✗ ikke gjort, · hviledag, ○ i dag, ikke gjort ennå, – før start eller etter i dag.
report-exercises-intro = Hva hver gjennomførte økt foreskrev av øvelsen, mot hva som ble gjort.
report-pain-intro = Gjennomsnitt, 0 til 10, for øktene som teller.
report-cancelled-intro = Trukket tilbake av pasienten: står over, men teller ikke.
report-footer = Laget av rehabit { $date }. Rapportformat { $version }.

## Tabellkolonner

report-col-week = Uke
report-col-dates = Datoer
report-col-days = Dager
report-col-planned = Planlagt
report-col-done = Gjort
report-col-partly = Delvis
report-col-missed = Ikke gjort
report-col-walking-min = Gange (min)
report-col-walked-min = Gått (min)
report-col-target-min = Mål (min)
report-col-on-target = Nådd mål
report-col-exercise = Øvelse
report-col-asked = Foreskrevet
report-col-skipped = Hoppet over
report-col-sets = Sett
report-col-sets-done-asked = Sett gjort / foreskrevet
report-col-reps = Rep.
report-col-time = Tid
report-col-last-dose = Siste foreskrevne dose
report-col-date = Dato
report-col-session = Økt
report-col-how = Hvordan
report-col-status = Status
report-col-pain-before = Smerte før
report-col-pain-after = Smerte etter
report-col-next-morning = Neste morgen
report-col-verdict = Vurdering
report-col-minutes = Minutter
report-col-notes = Notater
report-col-before = Før
report-col-after = Etter
report-col-before-average = Før (snitt)
report-col-after-average = Etter (snitt)
report-col-next-morning-average = Neste morgen (snitt)
report-col-activity = Aktivitet
report-col-reason = Grunn
report-col-asked-because = Spurt fordi
report-col-answered-yes = Svarte ja på
report-col-outcome = Utfall
report-col-cleared = Klarsignal

## Tabellceller

report-yes = ja
report-no = nei
report-week-not-over = uken er ikke over
report-source-live = i rehabit
report-source-logged = logget
report-source-marked = markert
report-status-done = gjort
report-status-partly = delvis
report-status-nothing = ingenting
report-status-cancelled = trukket tilbake
report-activity-cancelled = { $activity } (trukket tilbake)
report-verdict-progress = øke
report-verdict-hold = holde
report-verdict-reduce = redusere
report-verdict-reason = { $verdict }: { $reason }
report-reason-too-much = smerte etter { $after }, over { $acceptable }
report-reason-not-settled = neste morgen { $morning }, over det vanlige { $usual }
report-reason-acceptable = smerte etter { $after }, akseptabel
report-reason-safe = smerte etter { $after }, trygg
report-reason-provisional = { $reason } (foreløpig: ikke svar neste morgen ennå)
report-level-dose = nivå { $level }: { $dose }
report-dose-sets = { $sets } sett
report-dose-hold = hold { $time }
report-sides-alternating = vekselvis
report-sides-left-then-right = venstre så høyre

## Røde flagg

report-red-flags-none = Spørsmålene om røde flagg ble ikke besvart i denne perioden.
report-red-flags-key = Hver rad er én gang pasienten besvarte alle spørsmålene om røde flagg; spørsmål som ikke står oppført, ble besvart med nei. Et ja som krever lege nå, stopper alle økter til pasienten bekrefter at en behandler har gitt klarsignal.
report-asked-first-start = første start av programmet
report-asked-on-demand = etter ønske fra pasienten
report-asked-high-pain = en høy smerteskår
report-answered-none = ingen
report-not-yet = ikke ennå
report-outcome-clear = uten anmerkning
report-outcome-see-soon = oppsøk fysioterapeut eller lege snart
report-outcome-contact-now = kontakt lege nå

## Diagrammer (HTML)

report-chart-sessions = Planlagte og gjennomførte økter, uke for uke
report-chart-sessions-axis = økter
report-chart-planned = planlagt
report-chart-done = gjort
report-chart-no-weeks = Ingen uker i denne perioden
report-chart-walking = Minutter gått hver uke, og målet
report-chart-minutes-axis = minutter
report-chart-walked = minutter gått
report-chart-target = mål
report-chart-target-minutes = mål { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }
report-chart-no-walking = Ingen gåturer foreskrevet eller logget i denne perioden
report-chart-pain = Smerte før, etter og neste morgen (0 til 10)
report-chart-pain-axis = smerte
report-chart-acceptable = akseptabel opp til { $acceptable }
report-chart-before = før
report-chart-after = etter
report-chart-morning = neste morgen
report-chart-no-pain = Ingen smerteskårer i denne perioden
report-chart-week = uke { $week }
