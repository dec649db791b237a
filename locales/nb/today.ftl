today-week = uke { $week }
today-no-programme-chosen = Ingen program valgt ennå, så du får den rolige starten (se `rehabit programs`).

today-status-done = ferdig i dag ✓
today-status-partly-done = i dag · { $done } av { $total } { $total ->
        [one] ferdig
       *[other] ferdige
    }
today-status-due = i dag
today-status-this-week = valgfri dag denne uken
today-status-quota-met = ukens mål er nådd
today-status-not-today = ikke i dag
today-at-clinic = på klinikken

today-quota = denne uken: { $done } av { $times } { $times ->
        [one] dag
       *[other] dager
    }
today-quota-minutes = denne uken: { $done } av { $times } { $times ->
        [one] dag
       *[other] dager
    }, { $minutes } av { $target } { $target ->
        [one] minutt
       *[other] minutter
    }

today-next-blocked = Ikke tren i dag: et sikkerhetssvar må vurderes av en lege først. Trykk Enter for å se hva du skal gjøre.
today-next-start = Trykk Enter for å starte { $session }.
today-next-up = Ferdig med { $done }. Neste: { $next }.
today-next-all-done = Alt er gjort for i dag. Godt jobbet! Trykk Enter hvis du vil ta en økt til.

today-see-soon = Ut fra svarene dine på sikkerhetsspørsmålene: bestill time hos fysioterapeuten din eller legen.
today-morning-pain-rising = Morgensmertene dine har økt uke for uke. Snakk med fysioterapeuten din om det.
today-when-today = I dag
today-when-yesterday = I går
today-when-on = Den { $date }
today-may-change-tomorrow = Dette kan fortsatt endre seg, alt etter hvordan ryggen kjennes i morgen tidlig.
today-may-change-this-morning = Dette kan fortsatt endre seg, alt etter hvordan ryggen kjennes i dag tidlig.
today-held-back = Dosene dine holdes på nivået for uke { $week } (planen er på uke { $plan_week }) på grunn av hvordan smertene har reagert. De bygges opp igjen når smertene roer seg.

today-morning-greeting = God morgen.
today-morning-question = Hvor vondt har du i ryggen i dag tidlig, fra 0 til 10?
today-morning-about = Det gjelder øvelsene i går, { $date }.
today-morning-scale = 0 betyr ingen smerte i det hele tatt, 10 den verste smerten du kan tenke deg.
today-morning-hint = Skriv et tall og trykk Enter. Trykk s for å hoppe over spørsmålet nå.

today-reminder-banner = { $title }: { $body }
today-unsaved-notice = { $reason }. De blir tatt vare på og lagret så snart som mulig; bare fortsett.
today-unsaved-report = rehabit: { $reason }. De skrives ut nedenfor: ta vare på dem. Når problemet er løst, kan de legges til slik de er, på slutten av { $path }.
today-journal-not-opened = { $error }. Det du gjør, blir tatt vare på og lagret så snart som mulig.
today-screen-unusable = skjermen kunne ikke brukes: { $error }

today-text-no-programme-chosen = (Du har ikke valgt et program, så dette er den rolige starten. Se `rehabit programs`.)
today-text-done-today = ferdig i dag
