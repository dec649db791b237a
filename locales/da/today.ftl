today-week = uge { $week }
today-no-programme-chosen = Intet program valgt endnu, så du får den blide start (se `rehabit programs`).

today-status-done = færdig i dag ✓
today-status-partly-done = i dag · { $done } af { $total } { $total ->
        [one] færdig
       *[other] færdige
    }
today-status-due = i dag
today-status-this-week = valgfri dag i denne uge
today-status-quota-met = ugens mål er nået
today-status-not-today = ikke i dag
today-at-clinic = på klinikken

today-quota = denne uge: { $done } af { $times } { $times ->
        [one] dag
       *[other] dage
    }
today-quota-minutes = denne uge: { $done } af { $times } { $times ->
        [one] dag
       *[other] dage
    }, { $minutes } af { $target } { $target ->
        [one] minut
       *[other] minutter
    }

today-next-blocked = Træn ikke i dag: et sikkerhedssvar skal først vurderes af en læge. Tryk Enter for at se, hvad du skal gøre.
today-next-start = Tryk Enter for at starte { $session }.
today-next-up = Færdig med { $done }. Næste: { $next }.
today-next-all-done = Alt er klaret for i dag. Godt gået! Tryk Enter, hvis du vil lave en træning mere.

today-see-soon = Ud fra dine svar på sikkerhedsspørgsmålene: bestil en tid hos din fysioterapeut eller læge.
today-morning-pain-rising = Dine smerter om morgenen er steget uge for uge. Tal med din fysioterapeut om det.
today-when-today = I dag
today-when-yesterday = I går
today-when-on = Den { $date }
today-may-change-tomorrow = Det kan stadig ændre sig, alt efter hvordan ryggen har det i morgen tidlig.
today-may-change-this-morning = Det kan stadig ændre sig, alt efter hvordan ryggen har det her til morgen.
today-held-back = Dine doser holdes på niveauet for uge { $week } (planen er ved uge { $plan_week }) på grund af, hvordan dine smerter har reageret. De øges igen, når smerterne falder til ro.

today-morning-greeting = Godmorgen.
today-morning-question = Hvor ondt gør det i ryggen her til morgen, fra 0 til 10?
today-morning-about = Det handler om øvelserne i går, { $date }.
today-morning-scale = 0 betyder slet ingen smerter, 10 de værste smerter, du kan forestille dig.
today-morning-hint = Skriv et tal og tryk Enter. Tryk s for at springe spørgsmålet over lige nu.

today-reminder-banner = { $title }: { $body }
today-unsaved-notice = { $reason }. De bliver gemt, så snart det er muligt; bare fortsæt.
today-unsaved-report = rehabit: { $reason }. De er skrevet ud nedenfor: gem dem. Når problemet er løst, kan de tilføjes, som de er, sidst i { $path }.
today-journal-not-opened = { $error }. Det, du laver, bliver gemt, så snart det er muligt.
today-screen-unusable = skærmen kunne ikke bruges: { $error }

today-text-no-programme-chosen = (Du har ikke valgt et program, så dette er den blide start. Se `rehabit programs`.)
today-text-done-today = færdig i dag
