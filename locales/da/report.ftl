# Rapporten til fysioterapeuten (`rehabit report`): Markdown og HTML, med diagrammerne.

## Datoer og tal

report-date = %d.%m.%Y
report-weekday-date = %a %d.%m.%Y
report-chart-day-month = %-d. %b
report-decimal-point = ,
report-date-range = { $from } til { $to }

## Rapportens begyndelse

report-title = Træningsrapport: { $title }
report-label-period = Periode
report-period = { $from } til { $to } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }), udarbejdet { $today }
report-label-programme = Program
report-programme = { $title }{ $author }{ $phase }; startet { $start }; version { $hash }
report-by-author = , af { $author }
report-for-phase = { $phase ->
        [acute] , ved akutte rygsmerter
        [subacute] , ved subakutte rygsmerter
       *[chronic] , ved langvarige rygsmerter
    }
report-label-versions = Versioner i dagbogen
report-version = »{ $title }« { $hash } ({ $from } til { $to })
report-version-current = »{ $title }« { $hash } ({ $from } til { $to }, den nuværende)
report-label-sessions = Træninger
report-sessions = { $done } af { $planned } planlagte træninger udført, { $partly } delvist, { $missed } ikke udført
report-label-walking = Gåture
report-walking = { $minutes } af { $target ->
        [one] { $target } minut
       *[other] { $target } minutter
    }
report-walking-no-target = { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }
report-label-weeks-on-target = Uger med nået mål
report-weeks-on-target = { $on_target } af { $weeks }
report-label-pain-bands = Smertezoner
report-bands-guide = tryg op til { $safe }, acceptabel op til { $acceptable }; dosis øges kun, når smerterne tillader det
report-bands-fixed = tryg op til { $safe }, acceptabel op til { $acceptable }; dosis følger planen uanset smerter
report-label-pain = Smerte
report-morning-rising = Smerterne næste morgen er steget de seneste uger: værd at tale om.
report-morning-steady = Smerterne næste morgen er ikke steget.

## Overskrifter og linjerne under dem

report-heading-goals = Mål
report-heading-weeks = Uge for uge
report-heading-exercises = Øvelser
report-heading-sessions = Træninger
report-heading-pain = Smerte
report-heading-walks = Gåture og andre aktiviteter
report-heading-cancelled = Trukket tilbage
report-heading-red-flags = Røde flag
report-none = Ingen i denne periode.
report-days-key = Dage, mandag til søndag: ✓ udført, ◐ delvist udført, ✗ ikke udført, · hviledag, ○ i dag, ikke udført endnu, – før start eller efter i dag.
report-exercises-intro = Hvad hver udført træning ordinerede af øvelsen, over for hvad der blev gjort.
report-pain-intro = Gennemsnit, 0 til 10, for de træninger, der tæller.
report-cancelled-intro = Trukket tilbage af patienten: står ovenfor, men tæller ikke med.
report-footer = Udarbejdet af rehabit { $date }. Rapportformat { $version }.

## Tabellernes kolonner

report-col-week = Uge
report-col-dates = Datoer
report-col-days = Dage
report-col-planned = Planlagt
report-col-done = Udført
report-col-partly = Delvist
report-col-missed = Ikke udført
report-col-walking-min = Gang (min)
report-col-walked-min = Gået (min)
report-col-target-min = Mål (min)
report-col-on-target = Mål nået
report-col-exercise = Øvelse
report-col-asked = Ordineret
report-col-skipped = Sprunget over
report-col-sets = Sæt
report-col-sets-done-asked = Sæt udført / ordineret
report-col-reps = Gent.
report-col-time = Tid
report-col-last-dose = Senest ordinerede dosis
report-col-date = Dato
report-col-session = Træning
report-col-how = Hvordan
report-col-status = Status
report-col-pain-before = Smerte før
report-col-pain-after = Smerte efter
report-col-next-morning = Næste morgen
report-col-verdict = Vurdering
report-col-minutes = Minutter
report-col-notes = Noter
report-col-before = Før
report-col-after = Efter
report-col-before-average = Før (gns.)
report-col-after-average = Efter (gns.)
report-col-next-morning-average = Næste morgen (gns.)
report-col-activity = Aktivitet
report-col-reason = Begrundelse
report-col-asked-because = Spurgt fordi
report-col-answered-yes = Svarede ja til
report-col-outcome = Udfald
report-col-cleared = Grønt lys

## Tabellernes celler

report-yes = ja
report-no = nej
report-week-not-over = ugen er ikke slut
report-source-live = i rehabit
report-source-logged = logget
report-source-marked = markeret
report-status-done = udført
report-status-partly = delvist
report-status-nothing = intet
report-status-cancelled = trukket tilbage
report-activity-cancelled = { $activity } (trukket tilbage)
report-verdict-progress = øge
report-verdict-hold = fastholde
report-verdict-reduce = reducere
report-verdict-reason = { $verdict }: { $reason }
report-reason-too-much = smerte efter { $after }, over { $acceptable }
report-reason-not-settled = næste morgen { $morning }, over det sædvanlige { $usual }
report-reason-acceptable = smerte efter { $after }, acceptabel
report-reason-safe = smerte efter { $after }, tryg
report-reason-provisional = { $reason } (foreløbig: intet morgensvar endnu)
report-level-dose = niveau { $level }: { $dose }
report-dose-sets = { $sets } sæt
report-dose-hold = hold { $time }
report-sides-alternating = skiftevis
report-sides-left-then-right = venstre derefter højre

## Røde flag

report-red-flags-none = Spørgsmålene om røde flag blev ikke besvaret i denne periode.
report-red-flags-key = Hver række er én gang, patienten besvarede alle spørgsmål om røde flag; spørgsmål, der ikke står her, blev besvaret med nej. Et ja, der kræver læge nu, stopper alle træninger, indtil patienten bekræfter, at en behandler har givet grønt lys.
report-asked-first-start = programmets første start
report-asked-on-demand = efter patientens ønske
report-asked-high-pain = en høj smertescore
report-answered-none = ingen
report-not-yet = ikke endnu
report-outcome-clear = uden bemærkninger
report-outcome-see-soon = opsøg fysioterapeut eller læge snart
report-outcome-contact-now = kontakt læge nu

## Diagrammer (HTML)

report-chart-sessions = Planlagte og udførte træninger, uge for uge
report-chart-sessions-axis = træninger
report-chart-planned = planlagt
report-chart-done = udført
report-chart-no-weeks = Ingen uger i denne periode
report-chart-walking = Minutters gang hver uge, og målet
report-chart-minutes-axis = minutter
report-chart-walked = minutters gang
report-chart-target = mål
report-chart-target-minutes = mål { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }
report-chart-no-walking = Ingen gang ordineret eller logget i denne periode
report-chart-pain = Smerte før, efter og næste morgen (0 til 10)
report-chart-pain-axis = smerte
report-chart-acceptable = acceptabel op til { $acceptable }
report-chart-before = før
report-chart-after = efter
report-chart-morning = næste morgen
report-chart-no-pain = Ingen smertescorer i denne periode
report-chart-week = uge { $week }
