## Dagar och tidslängder som patienten skriver dem

cli-words-today = i dag, idag, nu
cli-words-yesterday = i går, igår
cli-words-tomorrow = i morgon, imorgon
cli-words-weekdays = måndag, tisdag, onsdag, torsdag, fredag, lördag, söndag
cli-words-hours = t, tim, timme, timmar
cli-words-minutes = m, min, minut, minuter
cli-words-and = och

cli-date-weekday-day-month-year = %A %-d %B %Y
cli-day-today = i dag
cli-day-yesterday = i går

cli-day-accepted = i dag, i går, en veckodag som måndag, eller ett datum som ÅÅÅÅ-MM-DD
cli-day-tomorrow = i morgon har inte hänt än: du kan bara registrera det du redan har gjort
cli-day-none = ingen dag angiven: skriv { cli-day-accepted }
cli-day-unknown = ”{ $text }” är ingen dag som rehabit förstår: skriv { cli-day-accepted }
cli-day-future = { $day } ligger i framtiden: du kan bara registrera det du redan har gjort
cli-day-before-start = { $day } är innan du började ditt program ({ $started }): välj en dag från och med då
cli-day-too-far-back = den dagen ligger för långt bak i tiden

cli-length-needs-unit = ”{ $typed }” behöver en enhet: skriv { $typed }m för { $typed } { $minutes ->
        [one] minut
       *[other] minuter
    }, eller till exempel 1t 10m
cli-length-unknown = ”{ $typed }” är ingen tidslängd som rehabit förstår: skriv till exempel 30m, 1t 10m eller ”45 min”
cli-length-too-short = ”{ $typed }” är kortare än en minut: skriv till exempel 30m, 1t 10m eller ”45 min”
cli-length-too-long = ”{ $typed }” är mer än 12 timmar, vilket nog är ett skrivfel: skriv till exempel 30m eller 1t 10m

## Registrera: rehabit log, done, pain

cli-log-logged = Loggat: { $kind ->
        [walk] en promenad på { $length }
       *[other] { $length } { $activity }
    } { $when } (id { $id }).
cli-log-what = skriv vad du gjorde, till exempel: rehabit log promenad 30m
cli-log-no-session = Ditt program har inget pass med promenader eller andra tidsatta aktiviteter som det kan räknas till.
cli-log-kept = Det sparas i din dagbok ändå.
cli-week-so-far = Hittills den här veckan: { $minutes } { $minutes ->
        [one] minut
       *[other] minuter
    } för ”{ $session }”.

cli-done-marked = Markerat ”{ $session }” som klart { $when } ({ $count ->
        [one] { $count } övning
       *[other] { $count } övningar
    }; id { $id }).
cli-done-already = Det var redan registrerat för den dagen, så det räknas en gång.
cli-done-log-instead = Logga det i stället om minuterna också ska räknas, till exempel: rehabit log promenad 30m

cli-session-unknown = ditt program har inget pass som heter ”{ $name }”; passen är { $sessions }
cli-session-unknown-near = ditt program har inget pass som heter ”{ $name }”; menade du ”{ $near }”?

cli-save-not-opened = { $problem }. Inget registrerades; kör samma kommando igen när det är åtgärdat.
cli-save-failed = kunde inte spara i dagboken { $path }: { $reason }. Inget registrerades; kör samma kommando igen när det är åtgärdat.

cli-pain-noted = Antecknat: smärta { $score } i morse, efter passen { $when } (id { $id }).
cli-pain-no-scores = Passen { $when } har inga smärtvärden att jämföra med, så det blir ingen bedömning.
cli-pain-nothing-recorded = Inget registrerades { $when }, så det finns inget pass att bedöma.
cli-pain-rising = Din morgonsmärta har ökat från vecka till vecka. Det är värt att ta upp med din fysioterapeut, som kan justera programmet tillsammans med dig.
cli-run-marked = { $session } (markerat som klart)
cli-run-logged = { $kind ->
        [walk] Promenad på { $length } (loggad)
       *[other] { $length } { $activity } (loggat)
    }

## rehabit undo

cli-undo-nothing = det finns inget loggat eller markerat som klart att ta tillbaka
cli-undo-live = { $id } är ett pass du gjorde med rehabit öppet ({ $when }), inte något som loggats eller markerats som klart i efterhand; `rehabit undo` tar bara tillbaka sådant. Inget ändrades.
cli-undo-already = { $id } är redan tillbakataget; inget ändrades
cli-undo-took-back-logged = Tog tillbaka { $kind ->
        [walk] promenaden på { $length }
       *[other] { $length } { $activity }
    } från { $when } (id { $id }).
cli-undo-took-back-marked = Tog tillbaka ”{ $session }”, markerat som klart, från { $when } (id { $id }).
cli-undo-stays = Det finns kvar i din dagbok, markerat som tillbakataget, och räknas inte längre.
cli-undo-morning = { $id } är ett svar på morgonkollen, och sådana kan inte tas tillbaka; svara igen med `rehabit pain N --about DATUM` så gäller det senaste svaret
cli-undo-unknown = det finns inget med id ”{ $id }” i din dagbok; inget ändrades

## rehabit status och rehabit today (som text)

cli-title-week-date = { $title } · vecka { $week } · { $date }
cli-no-programme-chosen = (Du har inte valt något program, så det här är den varsamma starten. Se `rehabit programs`.)
cli-today-done-today = klart i dag
cli-today-due-today = i dag
cli-status-not-written = kunde inte skriva ut statusen: { $error }
cli-status-torn-tail = Dagbokens sista rad är avklippt, troligen av en krasch eller ett strömavbrott; rehabit lägger den åt sidan nästa gång det öppnar eller sparar något.
cli-status-session = { $done ->
        [yes] { $session } (klart)
       *[no] { $session } (att göra)
    }
cli-status-today = I dag: { $sessions }.
cli-status-quota = { $done ->
        [yes] { $session }, { $quota } (klart i dag).
       *[no] { $session }, { $quota }.
    }
cli-status-on-target = { $more ->
        [yes] Enligt plan: { $weeks }+ veckor i rad.
       *[no] { $weeks ->
            [one] Enligt plan: { $weeks } vecka i rad.
           *[other] Enligt plan: { $weeks } veckor i rad.
        }
    }
cli-status-morning-check = Morgonkollen väntar: rehabit pain N (0 till 10).
cli-status-verdict = Senaste bedömningen ({ $when }): { $explanation }
cli-status-verdict-session = Senaste bedömningen ({ $session }, { $when }): { $explanation }
cli-status-pain-rising = Din morgonsmärta har ökat från vecka till vecka: prata gärna med din fysioterapeut.
cli-status-unreadable = { $count ->
        [one] { $count } rad i dagboken gick inte att läsa; den lämnas som den är.
       *[other] { $count } rader i dagboken gick inte att läsa; de lämnas som de är.
    }

## rehabit programs, use och new

cli-programs-follow = Följ ett av dem med: rehabit use NAMN
cli-use-unknown = det finns inget inbyggt program och ingen fil som heter ”{ $name }”; { $hint } (se `rehabit programs`)
cli-use-has-problems = { $path } har fel (se ovan); rätta dem, eller be din fysioterapeut om en rättad fil
cli-use-following = Du följer nu ”{ $title }”, från { $date }.
cli-use-run = Kör `rehabit` för att se dagens övningar.
cli-new-unknown-template = det finns ingen mall som heter ”{ $name }”; { $hint }, eller ”starter”
cli-new-exists = { $path } finns redan; välj ett annat namn
cli-new-wrote = Skrev { $path }. Kontrollera den med: rehabit check { $path }
cli-new-wrote-schema = Skrev { $path } bredvid, så att din editor kan fylla i och kontrollera fälten.

## Filer

cli-not-a-file = { $path } är ingen fil
cli-cannot-create = kan inte skapa { $path }: { $error }
cli-cannot-write = kan inte skriva { $path }: { $error }
cli-cannot-save = kan inte spara { $path }: { $error }
cli-could-not-create = kunde inte skapa { $path }: { $error }
cli-could-not-write = kunde inte skriva { $path }: { $error }
cli-no-home = ingen hemkatalog hittades; ange { $variable }
cli-settings-not-read = kunde inte läsa { $path }: { $error }
cli-settings-invalid = { $path } är inte giltig TOML: { $message }
cli-settings-not-saved = kunde inte spara { $path }: { $error }

## rehabit calendar

cli-calendar-wrote = Skrev { $count ->
        [one] { $count } händelse
       *[other] { $count } händelser
    } för ”{ $title }” från { $from } till { $to } i { $path }.
cli-calendar-zone = Tiderna gäller i din tidszon, { $zone }.
cli-calendar-floating = Tiderna är klockslag: de är desamma i alla tidszoner.
cli-calendar-how = Så lägger du in dem i din kalender:
cli-calendar-how-phone = På en telefon: skicka filen till dig själv (e-post eller en filapp), öppna den och lägg till den i kalendern.
cli-calendar-how-computer = På en dator: öppna filen i din kalenderapp, eller använd dess import
cli-calendar-how-google = (Google Kalender: Inställningar, sedan Importera och exportera).
cli-calendar-updates = Importerar du en nyare fil senare uppdateras de här händelserna i stället för att dubbleras.

cli-safety-blocked = Ett av dina svar på säkerhetsfrågorna behöver en läkare först, så träna inte i dag. `rehabit safety` visar vad du ska göra; när en läkare eller fysioterapeut har gett klartecken registrerar du det med `rehabit safety --clear`.
