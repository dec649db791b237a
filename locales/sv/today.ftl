today-week = vecka { $week }
today-no-programme-chosen = Inget program valt än, så du får den varsamma starten (se `rehabit programs`).

today-status-done = klart i dag ✓
today-status-partly-done = i dag · { $done } av { $total } { $total ->
        [one] klar
       *[other] klara
    }
today-status-due = i dag
today-status-this-week = valfri dag i veckan
today-status-quota-met = veckans mål är nått
today-status-not-today = inte i dag
today-at-clinic = på mottagningen

today-quota = i veckan: { $done } av { $times } { $times ->
        [one] dag
       *[other] dagar
    }
today-quota-minutes = i veckan: { $done } av { $times } { $times ->
        [one] dag
       *[other] dagar
    }, { $minutes } av { $target } { $target ->
        [one] minut
       *[other] minuter
    }

today-next-blocked = Träna inte i dag: ett säkerhetssvar behöver en läkare först. Tryck Enter så ser du vad du ska göra.
today-next-start = Tryck Enter för att starta { $session }.
today-next-up = Klart med { $done }. Nästa: { $next }.
today-next-all-done = Allt är klart för i dag. Bra jobbat! Tryck Enter om du vill göra ett pass till.

today-see-soon = Utifrån dina svar på säkerhetsfrågorna: boka en tid hos din fysioterapeut eller läkare.
today-morning-pain-rising = Din smärta på morgonen har ökat vecka för vecka. Prata med din fysioterapeut om det.
today-when-today = I dag
today-when-yesterday = I går
today-when-on = Den { $date }
today-may-change-tomorrow = Det kan fortfarande ändras beroende på hur ryggen känns i morgon bitti.
today-may-change-this-morning = Det kan fortfarande ändras beroende på hur ryggen känns i morse.
today-held-back = Dina doser ligger kvar på nivån för vecka { $week } (planen är på vecka { $plan_week }) på grund av hur smärtan har svarat. De ökar igen när smärtan har lagt sig.

today-morning-greeting = God morgon.
today-morning-question = Hur ont gör det i ryggen i morse, från 0 till 10?
today-morning-about = Det gäller övningarna i går, { $date }.
today-morning-scale = 0 betyder ingen smärta alls, 10 den värsta smärta du kan tänka dig.
today-morning-hint = Skriv ett tal och tryck Enter. Tryck s för att hoppa över frågan nu.

today-reminder-banner = { $title }: { $body }
today-unsaved-notice = { $reason }. De finns kvar och sparas så snart det går; fortsätt bara.
today-unsaved-report = rehabit: { $reason }. De skrivs ut här nedanför: spara dem. När problemet är löst kan de läggas till som de är i slutet av { $path }.
today-journal-not-opened = { $error }. Det du gör finns kvar och sparas så snart det går.
today-screen-unusable = skärmen gick inte att använda: { $error }

today-text-no-programme-chosen = (Du har inte valt något program, så det här är den varsamma starten. Se `rehabit programs`.)
today-text-done-today = klart i dag
