## Dagen en tijdsduren zoals de patiënt ze typt

cli-words-today = vandaag, nu
cli-words-yesterday = gisteren
cli-words-tomorrow = morgen
cli-words-weekdays = maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag
cli-words-hours = u, uur, uren
cli-words-minutes = m, min, minuut, minuten
cli-words-and = en

cli-date-weekday-day-month-year = %A %-d %B %Y
cli-day-today = vandaag
cli-day-yesterday = gisteren

cli-day-accepted = vandaag, gisteren, een weekdag zoals maandag, of een datum als JJJJ-MM-DD
cli-day-tomorrow = morgen is nog niet gebeurd: je kunt alleen vastleggen wat je al gedaan hebt
cli-day-none = geen dag opgegeven: gebruik { cli-day-accepted }
cli-day-unknown = "{ $text }" is geen dag die rehabit begrijpt: gebruik { cli-day-accepted }
cli-day-future = { $day } ligt in de toekomst: je kunt alleen vastleggen wat je al gedaan hebt
cli-day-before-start = { $day } is voordat je met je programma begon ({ $started }): kies een dag vanaf dan
cli-day-too-far-back = die dag ligt te ver terug

cli-length-needs-unit = "{ $typed }" heeft een eenheid nodig: schrijf { $typed }m voor { $typed } { $minutes ->
        [one] minuut
       *[other] minuten
    }, of bijvoorbeeld 1u 10m
cli-length-unknown = "{ $typed }" is geen tijdsduur die rehabit begrijpt: schrijf bijvoorbeeld 30m, 1u 10m of "45 min"
cli-length-too-short = "{ $typed }" is korter dan een minuut: schrijf bijvoorbeeld 30m, 1u 10m of "45 min"
cli-length-too-long = "{ $typed }" is langer dan 12 uur, dus waarschijnlijk een typfout: schrijf bijvoorbeeld 30m of 1u 10m

## Vastleggen: rehabit log, done, pain

cli-log-logged = Vastgelegd voor { $when }: { $kind ->
        [walk] een wandeling van { $length }
       *[other] { $length } { $activity }
    } (id { $id }).
cli-log-what = zeg wat je gedaan hebt, bijvoorbeeld: rehabit log wandeling 30m
cli-log-no-session = Je programma heeft geen sessie met wandelingen of andere activiteiten op tijd waar dit voor kan meetellen.
cli-log-kept = Het blijft toch bewaard in je logboek.
cli-week-so-far = Tot nu toe deze week: { $minutes } { $minutes ->
        [one] minuut
       *[other] minuten
    } voor "{ $session }".

cli-done-marked = "{ $session }" als klaar gemarkeerd voor { $when } ({ $count ->
        [one] { $count } oefening
       *[other] { $count } oefeningen
    }; id { $id }).
cli-done-already = Die was voor die dag al vastgelegd, dus hij telt één keer.
cli-done-log-instead = Wil je dat de minuten ook meetellen, log hem dan in plaats daarvan, bijvoorbeeld: rehabit log wandeling 30m

cli-session-unknown = je programma heeft geen sessie met de naam "{ $name }"; de sessies zijn { $sessions }
cli-session-unknown-near = je programma heeft geen sessie met de naam "{ $name }"; bedoelde je "{ $near }"?

cli-save-not-opened = { $problem }. Er is niets vastgelegd; voer hetzelfde commando opnieuw uit als dat verholpen is.
cli-save-failed = kon niet opslaan in het logboek { $path }: { $reason }. Er is niets vastgelegd; voer hetzelfde commando opnieuw uit als dat verholpen is.

cli-pain-noted = Genoteerd: pijn { $score } vanochtend, na de sessies van { $when } (id { $id }).
cli-pain-no-scores = De sessies van { $when } hebben geen pijnscores om mee te vergelijken, dus er is geen oordeel.
cli-pain-nothing-recorded = Er is niets vastgelegd voor { $when }, dus er is geen sessie om te beoordelen.
cli-pain-rising = Je ochtendpijn is van week tot week toegenomen. Het is goed om dat te bespreken met je fysiotherapeut: die kan het programma samen met je aanpassen.
cli-run-marked = { $session } (als klaar gemarkeerd)
cli-run-logged = { $kind ->
        [walk] Wandeling van { $length } (gelogd)
       *[other] { $length } { $activity } (gelogd)
    }

## rehabit undo

cli-undo-nothing = er is niets gelogd of als klaar gemarkeerd om terug te nemen
cli-undo-live = { $id } is een sessie die je deed terwijl rehabit open was ({ $when }), niet iets dat achteraf gelogd of als klaar gemarkeerd is; `rehabit undo` neemt alleen zulke dingen terug. Er is niets veranderd.
cli-undo-already = { $id } is al teruggenomen; er is niets veranderd
cli-undo-took-back-logged = Teruggenomen: { $kind ->
        [walk] de wandeling van { $length }
       *[other] { $length } { $activity }
    } van { $when } (id { $id }).
cli-undo-took-back-marked = Teruggenomen: "{ $session }", als klaar gemarkeerd, van { $when } (id { $id }).
cli-undo-stays = Het blijft in je logboek staan, gemarkeerd als teruggenomen, en telt niet meer mee.
cli-undo-morning = { $id } is een antwoord op de ochtendcheck, en dat kan niet teruggenomen worden; antwoord opnieuw met `rehabit pain N --about DATUM` en het laatste antwoord telt
cli-undo-unknown = er is niets met de id "{ $id }" in je logboek; er is niets veranderd

## rehabit status en rehabit today (als tekst)

cli-title-week-date = { $title } · week { $week } · { $date }
cli-no-programme-chosen = (Je hebt nog geen programma gekozen, dus dit is de rustige start. Zie `rehabit programs`.)
cli-today-done-today = vandaag klaar
cli-today-due-today = vandaag
cli-status-not-written = kon de status niet schrijven: { $error }
cli-status-torn-tail = De laatste regel van het logboek is afgebroken, waarschijnlijk door een crash of stroomstoring; rehabit zet hem apart zodra het weer opent of iets vastlegt.
cli-status-session = { $done ->
        [yes] { $session } (klaar)
       *[no] { $session } (nog te doen)
    }
cli-status-today = Vandaag: { $sessions }.
cli-status-quota = { $done ->
        [yes] { $session }, { $quota } (vandaag klaar).
       *[no] { $session }, { $quota }.
    }
cli-status-on-target = { $more ->
        [yes] Op schema: { $weeks }+ weken op rij.
       *[no] { $weeks ->
            [one] Op schema: { $weeks } week op rij.
           *[other] Op schema: { $weeks } weken op rij.
        }
    }
cli-status-morning-check = De ochtendcheck wacht: rehabit pain N (0 tot 10).
cli-status-verdict = Laatste oordeel ({ $when }): { $explanation }
cli-status-verdict-session = Laatste oordeel ({ $session }, { $when }): { $explanation }
cli-status-pain-rising = Je ochtendpijn is van week tot week toegenomen: bespreek dat graag met je fysiotherapeut.
cli-status-unreadable = { $count ->
        [one] { $count } regel van het logboek kon niet gelezen worden; die blijft zoals hij is.
       *[other] { $count } regels van het logboek konden niet gelezen worden; die blijven zoals ze zijn.
    }

## rehabit programs, use en new

cli-programs-follow = Volg er een met: rehabit use NAAM
cli-use-unknown = er is geen meegeleverd programma of bestand met de naam "{ $name }"; { $hint } (zie `rehabit programs`)
cli-use-has-problems = { $path } bevat fouten (hierboven); verbeter ze, of vraag je fysiotherapeut om een verbeterd bestand
cli-use-following = Je volgt nu "{ $title }", vanaf { $date }.
cli-use-run = Start `rehabit` om de oefeningen van vandaag te zien.
cli-new-unknown-template = er is geen sjabloon met de naam "{ $name }"; { $hint }, of "starter"
cli-new-exists = { $path } bestaat al; kies een andere naam
cli-new-wrote = { $path } geschreven. Controleer het met: rehabit check { $path }
cli-new-wrote-schema = { $path } ernaast geschreven, zodat je editor velden kan aanvullen en controleren.

## Bestanden

cli-not-a-file = { $path } is geen bestand
cli-cannot-create = kan { $path } niet aanmaken: { $error }
cli-cannot-write = kan { $path } niet schrijven: { $error }
cli-cannot-save = kan { $path } niet opslaan: { $error }
cli-could-not-create = kon { $path } niet aanmaken: { $error }
cli-could-not-write = kon { $path } niet schrijven: { $error }
cli-no-home = geen thuismap gevonden; stel { $variable } in
cli-settings-not-read = kon { $path } niet lezen: { $error }
cli-settings-invalid = { $path } is geen geldige TOML: { $message }
cli-settings-not-saved = kon { $path } niet opslaan: { $error }

## rehabit calendar

cli-calendar-wrote = { $count ->
        [one] { $count } afspraak
       *[other] { $count } afspraken
    } voor "{ $title }" van { $from } tot { $to } geschreven naar { $path }.
cli-calendar-zone = De tijden zijn in je eigen tijdzone, { $zone }.
cli-calendar-floating = De tijden zijn kloktijden: ze blijven hetzelfde in elke tijdzone.
cli-calendar-how = Zo zet je ze in je agenda:
cli-calendar-how-phone = Op een telefoon: stuur het bestand naar jezelf (e-mail of een bestanden-app), open het en voeg het toe aan je agenda.
cli-calendar-how-computer = Op een computer: open het bestand met je agenda-app, of gebruik de importfunctie
cli-calendar-how-google = (Google Agenda: Instellingen, dan Importeren en exporteren).
cli-calendar-updates = Als je later een nieuwer bestand importeert, worden deze afspraken bijgewerkt in plaats van gekopieerd.

cli-safety-blocked = Een van je antwoorden op de veiligheidsvragen moet eerst door een arts bekeken worden, dus train vandaag niet. `rehabit safety` laat zien wat je kunt doen; heeft een arts of fysiotherapeut je toestemming gegeven, leg dat dan vast met `rehabit safety --clear`.
