## Dage og tidslængder, som patienten skriver dem

cli-words-today = i dag, idag, nu
cli-words-yesterday = i går, igår
cli-words-tomorrow = i morgen, imorgen
cli-words-weekdays = mandag, tirsdag, onsdag, torsdag, fredag, lørdag, søndag
cli-words-hours = t, time, timer
cli-words-minutes = m, min, minut, minutter
cli-words-and = og

cli-date-weekday-day-month-year = %A %-d. %B %Y
cli-day-today = i dag
cli-day-yesterday = i går

cli-day-accepted = i dag, i går, en ugedag som mandag eller en dato som ÅÅÅÅ-MM-DD
cli-day-tomorrow = i morgen er ikke sket endnu: du kan kun registrere det, du allerede har gjort
cli-day-none = ingen dag angivet: skriv { cli-day-accepted }
cli-day-unknown = »{ $text }« er ikke en dag, rehabit forstår: skriv { cli-day-accepted }
cli-day-future = { $day } ligger ude i fremtiden: du kan kun registrere det, du allerede har gjort
cli-day-before-start = { $day } er før, du begyndte på dit program ({ $started }): vælg en dag fra da af
cli-day-too-far-back = den dag ligger for langt tilbage

cli-length-needs-unit = »{ $typed }« mangler en enhed: skriv { $typed }m for { $typed } { $minutes ->
        [one] minut
       *[other] minutter
    } eller for eksempel 1t 10m
cli-length-unknown = »{ $typed }« er ikke en tidslængde, rehabit forstår: skriv for eksempel 30m, 1t 10m eller »45 min«
cli-length-too-short = »{ $typed }« er under et minut: skriv for eksempel 30m, 1t 10m eller »45 min«
cli-length-too-long = »{ $typed }« er over 12 timer, så det er nok en tastefejl: skriv for eksempel 30m eller 1t 10m

## Registrere: rehabit log, done, pain

cli-log-logged = Logget: { $kind ->
        [walk] en gåtur på { $length }
       *[other] { $length } { $activity }
    } { $when } (id { $id }).
cli-log-what = skriv, hvad du lavede, for eksempel: rehabit log gåtur 30m
cli-log-no-session = Dit program har ingen træning med gåture eller andre tidsbestemte aktiviteter, som det kan tælle med i.
cli-log-kept = Det bliver gemt i din dagbog alligevel.
cli-week-so-far = Indtil videre i denne uge: { $minutes } { $minutes ->
        [one] minut
       *[other] minutter
    } til »{ $session }«.

cli-done-marked = Markerede »{ $session }« som færdig { $when } ({ $count ->
        [one] { $count } øvelse
       *[other] { $count } øvelser
    }; id { $id }).
cli-done-already = Den var allerede registreret for den dag, så den tæller én gang.
cli-done-log-instead = Skal minutterne også tælle, så log den i stedet, for eksempel: rehabit log gåtur 30m

cli-session-unknown = dit program har ingen træning, der hedder »{ $name }«; træningerne er { $sessions }
cli-session-unknown-near = dit program har ingen træning, der hedder »{ $name }«; mente du »{ $near }«?

cli-save-not-opened = { $problem }. Intet blev registreret; kør den samme kommando igen, når det er ordnet.
cli-save-failed = kunne ikke gemme i dagbogen { $path }: { $reason }. Intet blev registreret; kør den samme kommando igen, når det er ordnet.

cli-pain-noted = Noteret: smerte { $score } i morges, efter træningerne { $when } (id { $id }).
cli-pain-no-scores = Træningerne { $when } har ingen smertetal at sammenligne med, så der er ingen vurdering.
cli-pain-nothing-recorded = Intet blev registreret { $when }, så der er ingen træning at vurdere.
cli-pain-rising = Din morgensmerte er steget fra uge til uge. Det er værd at tale med din fysioterapeut om, som kan justere programmet sammen med dig.
cli-run-marked = { $session } (markeret som færdig)
cli-run-logged = { $kind ->
        [walk] Gåtur på { $length } (logget)
       *[other] { $length } { $activity } (logget)
    }

## rehabit undo

cli-undo-nothing = der er intet logget eller markeret som færdigt at tage tilbage
cli-undo-live = { $id } er en træning, du lavede med rehabit åbent ({ $when }), ikke noget, der blev logget eller markeret som færdigt bagefter; `rehabit undo` tager kun den slags tilbage. Intet blev ændret.
cli-undo-already = { $id } er allerede taget tilbage; intet blev ændret
cli-undo-took-back-logged = Taget tilbage: { $kind ->
        [walk] gåturen på { $length }
       *[other] { $length } { $activity }
    } fra { $when } (id { $id }).
cli-undo-took-back-marked = Taget tilbage: »{ $session }«, markeret som færdig, fra { $when } (id { $id }).
cli-undo-stays = Den bliver stående i din dagbog, markeret som taget tilbage, og tæller ikke længere.
cli-undo-morning = { $id } er et svar på morgentjekket, og den slags kan ikke tages tilbage; svar igen med `rehabit pain N --about DATO`, så gælder det seneste svar
cli-undo-unknown = der er intet med id'et »{ $id }« i din dagbog; intet blev ændret

## rehabit status og rehabit today (som tekst)

cli-title-week-date = { $title } · uge { $week } · { $date }
cli-no-programme-chosen = (Du har ikke valgt et program, så dette er den nænsomme start. Se `rehabit programs`.)
cli-today-done-today = færdig i dag
cli-today-due-today = i dag
cli-status-not-written = kunne ikke skrive status: { $error }
cli-status-torn-tail = Dagbogens sidste linje er klippet over, sandsynligvis af et nedbrud eller en strømafbrydelse; rehabit lægger den til side, næste gang det åbner eller gemmer noget.
cli-status-session = { $done ->
        [yes] { $session } (færdig)
       *[no] { $session } (mangler)
    }
cli-status-today = I dag: { $sessions }.
cli-status-quota = { $done ->
        [yes] { $session }, { $quota } (færdig i dag).
       *[no] { $session }, { $quota }.
    }
cli-status-on-target = { $more ->
        [yes] På sporet: { $weeks }+ uger i træk.
       *[no] { $weeks ->
            [one] På sporet: { $weeks } uge i træk.
           *[other] På sporet: { $weeks } uger i træk.
        }
    }
cli-status-morning-check = Morgentjekket venter: rehabit pain N (0 til 10).
cli-status-verdict = Seneste vurdering ({ $when }): { $explanation }
cli-status-verdict-session = Seneste vurdering ({ $session }, { $when }): { $explanation }
cli-status-pain-rising = Din morgensmerte er steget fra uge til uge: tal gerne med din fysioterapeut.
cli-status-unreadable = { $count ->
        [one] { $count } linje i dagbogen kunne ikke læses; den bliver stående, som den er.
       *[other] { $count } linjer i dagbogen kunne ikke læses; de bliver stående, som de er.
    }

## rehabit programs, use og new

cli-programs-follow = Følg et af dem med: rehabit use NAVN
cli-use-unknown = der er intet indbygget program og ingen fil, der hedder »{ $name }«; { $hint } (se `rehabit programs`)
cli-use-has-problems = { $path } har fejl (se ovenfor); ret dem, eller bed din fysioterapeut om en rettet fil
cli-use-following = Du følger nu »{ $title }«, fra { $date }.
cli-use-run = Kør `rehabit` for at se dagens øvelser.
cli-new-unknown-template = der er ingen skabelon, der hedder »{ $name }«; { $hint } eller »starter«
cli-new-exists = { $path } findes allerede; vælg et andet navn
cli-new-wrote = Skrev { $path }. Tjek den med: rehabit check { $path }
cli-new-wrote-schema = Skrev { $path } ved siden af, så din editor kan udfylde og tjekke felterne.

## Filer

cli-not-a-file = { $path } er ikke en fil
cli-cannot-create = kan ikke oprette { $path }: { $error }
cli-cannot-write = kan ikke skrive { $path }: { $error }
cli-cannot-save = kan ikke gemme { $path }: { $error }
cli-could-not-create = kunne ikke oprette { $path }: { $error }
cli-could-not-write = kunne ikke skrive { $path }: { $error }
cli-no-home = fandt ingen hjemmemappe; angiv { $variable }
cli-settings-not-read = kunne ikke læse { $path }: { $error }
cli-settings-invalid = { $path } er ikke gyldig TOML: { $message }
cli-settings-not-saved = kunne ikke gemme { $path }: { $error }

## rehabit calendar

cli-calendar-wrote = Skrev { $count ->
        [one] { $count } begivenhed
       *[other] { $count } begivenheder
    } for »{ $title }« fra { $from } til { $to } i { $path }.
cli-calendar-zone = Tiderne gælder i din tidszone, { $zone }.
cli-calendar-floating = Tiderne er klokkeslæt: de er de samme i alle tidszoner.
cli-calendar-how = Sådan får du dem ind i din kalender:
cli-calendar-how-phone = På en telefon: send filen til dig selv (e-mail eller en fil-app), åbn den, og føj den til din kalender.
cli-calendar-how-computer = På en computer: åbn filen i din kalender-app, eller brug dens importfunktion
cli-calendar-how-google = (Google Kalender: Indstillinger, derefter Import og eksport).
cli-calendar-updates = Importerer du en nyere fil senere, bliver disse begivenheder opdateret i stedet for kopieret.

cli-safety-blocked = Et af dine svar på sikkerhedsspørgsmålene skal vurderes af en læge først, så lad være med at træne i dag. `rehabit safety` viser, hvad du skal gøre; når en læge eller fysioterapeut har sagt god for det, registrerer du det med `rehabit safety --clear`.
