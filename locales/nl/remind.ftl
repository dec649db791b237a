## De herinneringen (een melding op het bureaublad: een titel en een tekst)

remind-time-for = Tijd voor { $session }
remind-on-plan = { $session } staat vandaag op je planning.
remind-nudge-title = Een vriendelijk duwtje
remind-nudge-body = Het doel van deze week dreigt te ontglippen: vandaag is een goede dag voor { $sessions }. Ook een korte telt mee.
remind-morning-title = Ochtendcheck van je pijn
remind-morning-body = Hoe is je pijn vanochtend, na de oefeningen van gisteren? Geef een cijfer van 0 tot 10: open rehabit, of typ `rehabit pain N`.
remind-button-snooze = Over 15 min opnieuw
remind-button-done = Klaar

## Een herinnering versturen

remind-reminded = Herinnerd: { $title } (getoond door { $server }).
remind-fallback = { $title }. { $body } Niet getoond op het bureaublad: { $reason }.
remind-snoozed = Uitgesteld: "{ $title }" komt terug om { $time }.
remind-already-done = "{ $session }" was vandaag al als klaar vastgelegd.
remind-marked-done = "{ $session }" als klaar gemarkeerd voor vandaag.
remind-mark-done-not-opened = { $problem }. "Klaar" is niet vastgelegd.
remind-mark-done-failed = kon niet opslaan in het logboek { $path }: { $reason }. "Klaar" is niet vastgelegd; voer `rehabit done "{ $session }"` uit als dat verholpen is.
remind-flags-alone = --due en --daemon staan op zichzelf, zonder install, uninstall, status of test
remind-problem-in = in { $file }: { $problem }

remind-not-started = rehabit kon niet beginnen met versturen
remind-no-answer-within = de meldingendienst van het bureaublad antwoordde niet binnen { $seconds } { $seconds ->
        [one] seconde
       *[other] seconden
    }
remind-stopped-half-way = het versturen stopte halverwege, om een reden die rehabit niet kan zien
remind-unnamed-service = een naamloze meldingendienst
remind-no-service = er draait geen meldingendienst op dit bureaublad
remind-no-answer = de meldingendienst van het bureaublad antwoordde niet
remind-refused = de meldingendienst van het bureaublad weigerde de melding: { $error }
remind-no-bus = er is geen berichtenbus voor het bureaublad (D-Bus-sessie) om de melding via te versturen: { $error }
remind-system-centre = het meldingencentrum van het systeem
remind-system-refused = het systeem weigerde de melding ({ $error })

## Het herinneringslog (reminders.jsonl)

remind-log-no-folder = kon de map voor { $path } niet aanmaken: { $error }
remind-log-not-opened = kon het herinneringslog { $path } niet openen: { $error }
remind-log-not-locked = kon het herinneringslog { $path } niet vergrendelen: { $error }
remind-log-not-read = kon het herinneringslog { $path } niet lezen: { $error }
remind-log-not-written = kon de herinnering niet vastleggen in { $path }: { $error }

## rehabit remind --daemon

remind-no-exe = kan niet vaststellen waar rehabit zelf staat: { $error }
remind-daemon-watching = Houdt herinneringen in de gaten; druk op Ctrl-C om te stoppen.
remind-daemon-stopped = Gestopt met herinneringen in de gaten houden.
remind-daemon-not-run = kon `rehabit remind --due` niet uitvoeren: { $error }
remind-daemon-trying-again = { $problem } (probeert het elke minuut opnieuw)
remind-daemon-no-signals = kan niet naar signalen luisteren: { $error }

## rehabit remind install, uninstall en status

remind-program-not-run = { $program } kon niet worden uitgevoerd: { $error }
remind-wrote = { $path } geschreven
remind-removed = { $path } verwijderd
remind-not-removed = kon { $path } niet verwijderen: { $error }
remind-unwritable-path = { $path } bevat een regeleinde of is geen geldige tekst, dus het kan niet aan de planner worden gegeven
remind-installed-systemd = Herinneringen zijn ingesteld: systemd kijkt elke minuut of er een verstuurd moet worden.
remind-timer-not-started = De timer kon hier niet gestart worden ({ $why }).
remind-once-logged-in = Voer dit uit zodra je bent ingelogd op je bureaublad:
remind-without-systemd = Zonder systemd: laat in plaats daarvan `rehabit remind --daemon` draaien.
remind-try-test = Probeer nu een melding met: rehabit remind test
remind-nothing-installed-in = Niets te verwijderen: er zijn geen herinneringen van rehabit geïnstalleerd in { $path }.
remind-uninstalled-systemd = Herinneringen worden niet meer door systemd uitgevoerd.
remind-systemd-not-told = systemd kon niet worden ingelicht ({ $why }); als de timer nog draait, stop hem dan met:
remind-not-installed = Niet geïnstalleerd: stel herinneringen in met `rehabit remind install`, of voer `rehabit remind --daemon` uit.
remind-systemd-says = volgens systemd is hij { $state }
remind-systemd-not-asked = systemd kon niet worden gevraagd of hij draait: { $why }
remind-installed-at = Geïnstalleerd: { $path } ({ $state }).
remind-service-missing = Maar { $path } ontbreekt: voer `rehabit remind install` opnieuw uit.
remind-installed-launchd = Herinneringen zijn ingesteld: launchd kijkt elke minuut of er een verstuurd moet worden.
remind-launchd-not-loaded = launchd kon het niet laden ({ $why }); voer uit: launchctl load -w { $file }
remind-nothing-there = Niets te verwijderen: { $path } bestaat niet.
remind-launchd-loaded = geladen
remind-launchd-not-loaded-yet = niet geladen: voer `rehabit remind install` opnieuw uit
remind-no-scheduler = rehabit kan nog geen herinneringen instellen met de planner van dit systeem; laat in plaats daarvan `rehabit remind --daemon` draaien (start het bijvoorbeeld als je inlogt)
remind-nothing-on-this-system = Niets te verwijderen: rehabit installeert niets op dit systeem.
remind-not-installed-daemon = Niet geïnstalleerd: laat op dit systeem `rehabit remind --daemon` draaien voor herinneringen.

remind-status-problem = Probleem in { $file }: { $problem }
remind-status-off = Herinneringen staan uit: zet enabled = true onder [reminders] in { $file }.
remind-status-off-though = Herinneringen staan wel uit: zet enabled = true onder [reminders] in { $file }.
remind-status-on-quiet = Herinneringen staan aan (stille uren { $from }–{ $to }, hooguit { $cap } per dag).
remind-status-on = Herinneringen staan aan (geen stille uren, hooguit { $cap } per dag).
remind-status-next = { $day ->
        [tomorrow] Volgende herinnering: morgen om { $time }: { $title }.
       *[today] Volgende herinnering: vandaag om { $time }: { $title }.
    }
remind-status-none-planned = Er is vandaag en morgen geen herinnering gepland.
remind-status-no-time = "{ $session }" heeft geen herinneringstijd: voeg er een toe in { $file } onder [reminders.times], bijvoorbeeld "{ $session }" = ["18:00"].

## rehabit remind test

remind-test-title = rehabit: een testherinnering
remind-test-body = Als je dit kunt lezen, bereiken de herinneringen van rehabit je op dit bureaublad.
remind-test-shown = Je bureaublad heeft de testmelding geaccepteerd: hij werd getoond door { $server }.
remind-test-no-buttons = Het toont geen knoppen bij meldingen, dus herinneringen komen zonder Over 15 min opnieuw en Klaar.
remind-test-buttons = Het toont knoppen, dus herinneringen komen met Over 15 min opnieuw en Klaar.
remind-test-not-shown = de testmelding werd niet getoond: { $reason }. Herinneringen komen nog steeds, maar alleen als de terminalbel en een regel in de terminal als rehabit in een terminal draait. Voor meldingen op het bureaublad: log in op een bureaublad met een meldingendienst (GNOME, KDE, Xfce, of een zoals dunst of mako) en probeer daar `rehabit remind test`.

## Problemen met [reminders] in config.toml

remind-settings-a-table = een tabel
remind-settings-nothing = niets
remind-settings-not-a-table = reminders moet een tabel met instellingen zijn, die begint met een regel [reminders], niet { $value }
remind-settings-unknown = reminders.{ $key } is geen instelling voor herinneringen; de instellingen zijn { $settings }
remind-settings-unknown-near = reminders.{ $key } is geen instelling voor herinneringen; bedoelde je { $near }?
remind-settings-not-a-time = reminders.{ $key } moet een tijd zijn zoals "19:00", niet { $value }
remind-settings-not-a-bool = reminders.enabled moet true of false zijn, niet { $value }
remind-settings-not-a-cap = reminders.daily_cap moet een heel getal van 1 tot 255 zijn, niet { $value }
remind-settings-not-quiet-hours = reminders.quiet_hours moet eruitzien als "22:00-07:00", of "none", niet { $value }
remind-settings-times-not-a-table = reminders.times moet een tabel met namen van sessies en tijden zijn, zoals [reminders.times] en dan Walk = ["10:00"], niet { $value }
remind-settings-not-times = reminders.times."{ $session }" moet een lijst met tijden zijn zoals ["07:30"], niet { $value }
remind-settings-unknown-session = reminders.times noemt "{ $name }", maar dat is geen sessie van je programma; de sessies zijn { $sessions }
remind-settings-unknown-session-near = reminders.times noemt "{ $name }", maar dat is geen sessie van je programma; bedoelde je "{ $near }"?

## De afspraken van `rehabit calendar`

remind-calendar-week = Week { $week } van "{ $title }".
remind-calendar-at-clinic = In de praktijk
remind-calendar-at-clinic-with = In de praktijk, met je fysiotherapeut.
remind-calendar-open-rehabit = Open rehabit om er stap voor stap doorheen geleid te worden.
remind-calendar-exercise-level = { $exercise } (niveau { $level })
remind-calendar-weekly = { $session }: { $times ->
        [1] één keer
       *[other] { $times } keer
    } deze week ({ $exact ->
        [yes] { $length }
       *[no] ongeveer { $length }
    } per keer)
remind-calendar-any-days = { $days ->
        [one] Een dag naar keuze
       *[other] { $days } dagen naar keuze
    } deze week, op een moment dat het je uitkomt.
remind-calendar-any-days-reminded = { $days ->
        [one] Een dag naar keuze
       *[other] { $days } dagen naar keuze
    } deze week, op een moment dat het je uitkomt (rehabit herinnert je om { $time }).
