## Dager og tidslengder slik pasienten skriver dem

cli-words-today = i dag, idag, nå
cli-words-yesterday = i går, igår
cli-words-tomorrow = i morgen, imorgen
cli-words-weekdays = mandag, tirsdag, onsdag, torsdag, fredag, lørdag, søndag
cli-words-hours = t, time, timer
cli-words-minutes = m, min, minutt, minutter
cli-words-and = og

cli-date-weekday-day-month-year = %A %-d. %B %Y
cli-day-today = i dag
cli-day-yesterday = i går

cli-day-accepted = i dag, i går, en ukedag som mandag, eller en dato som ÅÅÅÅ-MM-DD
cli-day-tomorrow = i morgen har ikke skjedd ennå: du kan bare registrere det du allerede har gjort
cli-day-none = ingen dag oppgitt: skriv { cli-day-accepted }
cli-day-unknown = «{ $text }» er ikke en dag rehabit forstår: skriv { cli-day-accepted }
cli-day-future = { $day } er fram i tid: du kan bare registrere det du allerede har gjort
cli-day-before-start = { $day } er før du begynte på programmet ditt ({ $started }): velg en dag fra da av
cli-day-too-far-back = den dagen er for langt tilbake i tid

cli-length-needs-unit = «{ $typed }» mangler en enhet: skriv { $typed }m for { $typed } { $minutes ->
        [one] minutt
       *[other] minutter
    }, eller for eksempel 1t 10m
cli-length-unknown = «{ $typed }» er ikke en tidslengde rehabit forstår: skriv for eksempel 30m, 1t 10m eller «45 min»
cli-length-too-short = «{ $typed }» er under ett minutt: skriv for eksempel 30m, 1t 10m eller «45 min»
cli-length-too-long = «{ $typed }» er over 12 timer, så det er nok en skrivefeil: skriv for eksempel 30m eller 1t 10m

## Registrere: rehabit log, done, pain

cli-log-logged = Loggført: { $kind ->
        [walk] en gåtur på { $length }
       *[other] { $length } { $activity }
    } { $when } (id { $id }).
cli-log-what = skriv hva du gjorde, for eksempel: rehabit log gåtur 30m
cli-log-no-session = Programmet ditt har ingen økt med gåturer eller andre tidsbestemte aktiviteter som dette kan telle for.
cli-log-kept = Det blir likevel tatt vare på i dagboken din.
cli-week-so-far = Så langt denne uka: { $minutes } { $minutes ->
        [one] minutt
       *[other] minutter
    } for «{ $session }».

cli-done-marked = Merket «{ $session }» som ferdig { $when } ({ $count ->
        [one] { $count } øvelse
       *[other] { $count } øvelser
    }; id { $id }).
cli-done-already = Den var allerede registrert for den dagen, så den teller én gang.
cli-done-log-instead = Vil du at minuttene også skal telle, så loggfør den i stedet, for eksempel: rehabit log gåtur 30m

cli-session-unknown = programmet ditt har ingen økt som heter «{ $name }»; øktene er { $sessions }
cli-session-unknown-near = programmet ditt har ingen økt som heter «{ $name }»; mente du «{ $near }»?

cli-save-not-opened = { $problem }. Ingenting ble registrert; kjør den samme kommandoen igjen når det er ordnet.
cli-save-failed = kunne ikke lagre i dagboken { $path }: { $reason }. Ingenting ble registrert; kjør den samme kommandoen igjen når det er ordnet.

cli-pain-noted = Notert: smerte { $score } i morges, etter øktene { $when } (id { $id }).
cli-pain-no-scores = Øktene { $when } har ingen smertetall å sammenligne med, så det blir ingen vurdering.
cli-pain-nothing-recorded = Ingenting ble registrert { $when }, så det er ingen økt å vurdere.
cli-pain-rising = Morgensmerten din har økt fra uke til uke. Det er verdt å ta opp med fysioterapeuten din, som kan justere programmet sammen med deg.
cli-run-marked = { $session } (merket som ferdig)
cli-run-logged = { $kind ->
        [walk] Gåtur på { $length } (loggført)
       *[other] { $length } { $activity } (loggført)
    }

## rehabit undo

cli-undo-nothing = det er ingenting loggført eller merket som ferdig å ta tilbake
cli-undo-live = { $id } er en økt du gjorde med rehabit åpent ({ $when }), ikke noe som ble loggført eller merket som ferdig etterpå; `rehabit undo` tar bare tilbake slikt. Ingenting ble endret.
cli-undo-already = { $id } er allerede tatt tilbake; ingenting ble endret
cli-undo-took-back-logged = Tok tilbake { $kind ->
        [walk] gåturen på { $length }
       *[other] { $length } { $activity }
    } fra { $when } (id { $id }).
cli-undo-took-back-marked = Tok tilbake «{ $session }», merket som ferdig, fra { $when } (id { $id }).
cli-undo-stays = Den blir stående i dagboken din, merket som tatt tilbake, og teller ikke lenger.
cli-undo-morning = { $id } er et svar på morgensjekken, og slike kan ikke tas tilbake; svar på nytt med `rehabit pain N --about DATO`, så gjelder det siste svaret
cli-undo-unknown = det er ingenting med id «{ $id }» i dagboken din; ingenting ble endret

## rehabit status og rehabit today (som tekst)

cli-title-week-date = { $title } · uke { $week } · { $date }
cli-no-programme-chosen = (Du har ikke valgt et program, så dette er den skånsomme starten. Se `rehabit programs`.)
cli-today-done-today = ferdig i dag
cli-today-due-today = i dag
cli-status-not-written = kunne ikke skrive ut statusen: { $error }
cli-status-torn-tail = Den siste linjen i dagboken er kuttet av, trolig av et krasj eller et strømbrudd; rehabit legger den til side neste gang det åpner eller lagrer noe.
cli-status-session = { $done ->
        [yes] { $session } (ferdig)
       *[no] { $session } (gjenstår)
    }
cli-status-today = I dag: { $sessions }.
cli-status-quota = { $done ->
        [yes] { $session }, { $quota } (ferdig i dag).
       *[no] { $session }, { $quota }.
    }
cli-status-on-target = { $more ->
        [yes] I rute: { $weeks }+ uker på rad.
       *[no] { $weeks ->
            [one] I rute: { $weeks } uke på rad.
           *[other] I rute: { $weeks } uker på rad.
        }
    }
cli-status-morning-check = Morgensjekken venter: rehabit pain N (0 til 10).
cli-status-verdict = Siste vurdering ({ $when }): { $explanation }
cli-status-verdict-session = Siste vurdering ({ $session }, { $when }): { $explanation }
cli-status-pain-rising = Morgensmerten din har økt fra uke til uke: snakk gjerne med fysioterapeuten din.
cli-status-unreadable = { $count ->
        [one] { $count } linje i dagboken kunne ikke leses; den blir stående som den er.
       *[other] { $count } linjer i dagboken kunne ikke leses; de blir stående som de er.
    }

## rehabit programs, use og new

cli-programs-follow = Følg et av dem med: rehabit use NAVN
cli-use-unknown = det finnes ikke noe innebygd program eller noen fil som heter «{ $name }»; { $hint } (se `rehabit programs`)
cli-use-has-problems = { $path } har feil (se over); rett dem, eller be fysioterapeuten din om en rettet fil
cli-use-following = Du følger nå «{ $title }», fra { $date }.
cli-use-run = Kjør `rehabit` for å se dagens øvelser.
cli-new-unknown-template = det finnes ingen mal som heter «{ $name }»; { $hint }, eller «starter»
cli-new-exists = { $path } finnes allerede; velg et annet navn
cli-new-wrote = Skrev { $path }. Sjekk den med: rehabit check { $path }
cli-new-wrote-schema = Skrev { $path } ved siden av, så editoren din kan fylle ut og sjekke feltene.

## Filer

cli-not-a-file = { $path } er ikke en fil
cli-cannot-create = kan ikke opprette { $path }: { $error }
cli-cannot-write = kan ikke skrive { $path }: { $error }
cli-cannot-save = kan ikke lagre { $path }: { $error }
cli-could-not-create = kunne ikke opprette { $path }: { $error }
cli-could-not-write = kunne ikke skrive { $path }: { $error }
cli-no-home = fant ingen hjemmemappe; sett { $variable }
cli-settings-not-read = kunne ikke lese { $path }: { $error }
cli-settings-invalid = { $path } er ikke gyldig TOML: { $message }
cli-settings-not-saved = kunne ikke lagre { $path }: { $error }

## rehabit calendar

cli-calendar-wrote = Skrev { $count ->
        [one] { $count } hendelse
       *[other] { $count } hendelser
    } for «{ $title }» fra { $from } til { $to } i { $path }.
cli-calendar-zone = Tidene gjelder i tidssonen din, { $zone }.
cli-calendar-floating = Tidene er klokkeslett: de er de samme i alle tidssoner.
cli-calendar-how = Slik legger du dem inn i kalenderen din:
cli-calendar-how-phone = På en telefon: send filen til deg selv (e-post eller en filapp), åpne den og legg den til i kalenderen.
cli-calendar-how-computer = På en datamaskin: åpne filen i kalenderappen din, eller bruk importfunksjonen
cli-calendar-how-google = (Google Kalender: Innstillinger, deretter Importér og eksportér).
cli-calendar-updates = Importerer du en nyere fil senere, blir disse hendelsene oppdatert i stedet for kopiert.

cli-safety-blocked = Et av svarene dine på sikkerhetsspørsmålene må vurderes av en lege først, så ikke tren i dag. `rehabit safety` viser hva du skal gjøre; når en lege eller fysioterapeut har sagt at du kan trene, registrerer du det med `rehabit safety --clear`.
