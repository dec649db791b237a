## Påminnelsene (et varsel på skrivebordet: en tittel og en tekst)

remind-time-for = Tid for { $session }
remind-on-plan = { $session } står på planen din i dag.
remind-nudge-title = En vennlig dytt
remind-nudge-body = Ukas mål er i ferd med å gli unna: i dag passer fint for { $sessions }. Selv en kort økt teller.
remind-morning-title = Morgensjekk av smerten
remind-morning-body = Hvordan er smerten i morges, etter gårsdagens trening? Gi den et tall fra 0 til 10: åpne rehabit, eller skriv `rehabit pain N`.
remind-button-snooze = Utsett 15 min
remind-button-done = Merk som ferdig

## Sende en påminnelse

remind-reminded = Påminnet: { $title } (vist av { $server }).
remind-fallback = { $title }. { $body } Ikke vist på skrivebordet: { $reason }.
remind-snoozed = Utsatt: «{ $title }» kommer tilbake kl. { $time }.
remind-already-done = «{ $session }» var allerede registrert som ferdig i dag.
remind-marked-done = Merket «{ $session }» som ferdig i dag.
remind-mark-done-not-opened = { $problem }. «Merk som ferdig» ble ikke registrert.
remind-mark-done-failed = kunne ikke lagre i dagboken { $path }: { $reason }. «Merk som ferdig» ble ikke registrert; kjør `rehabit done "{ $session }"` når det er ordnet.
remind-flags-alone = --due og --daemon brukes alene, uten install, uninstall, status eller test
remind-problem-in = i { $file }: { $problem }

remind-not-started = rehabit klarte ikke å begynne å sende det
remind-no-answer-within = varseltjenesten på skrivebordet svarte ikke innen { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }
remind-stopped-half-way = sendingen stoppet halvveis, av en grunn rehabit ikke kan si
remind-unnamed-service = en varseltjeneste uten navn
remind-no-service = ingen varseltjeneste kjører på dette skrivebordet
remind-no-answer = varseltjenesten på skrivebordet svarte ikke
remind-refused = varseltjenesten på skrivebordet avviste det: { $error }
remind-no-bus = det finnes ingen meldingsbuss for skrivebordet (D-Bus-økt) å sende det gjennom: { $error }
remind-system-centre = systemets varslingssenter
remind-system-refused = systemet avviste det ({ $error })

## Påminnelsesloggen (reminders.jsonl)

remind-log-no-folder = kunne ikke opprette mappen for { $path }: { $error }
remind-log-not-opened = kunne ikke åpne påminnelsesloggen { $path }: { $error }
remind-log-not-locked = kunne ikke låse påminnelsesloggen { $path }: { $error }
remind-log-not-read = kunne ikke lese påminnelsesloggen { $path }: { $error }
remind-log-not-written = kunne ikke registrere påminnelsen i { $path }: { $error }

## rehabit remind --daemon

remind-no-exe = kan ikke finne ut hvor rehabit selv ligger: { $error }
remind-daemon-watching = Holder øye med påminnelser; trykk Ctrl-C for å stoppe.
remind-daemon-stopped = Sluttet å holde øye med påminnelser.
remind-daemon-not-run = kunne ikke kjøre `rehabit remind --due`: { $error }
remind-daemon-trying-again = { $problem } (prøver igjen hvert minutt)
remind-daemon-no-signals = kan ikke lytte etter signaler: { $error }

## rehabit remind install, uninstall og status

remind-program-not-run = { $program } kunne ikke kjøres: { $error }
remind-wrote = Skrev { $path }
remind-removed = Fjernet { $path }
remind-not-removed = kunne ikke fjerne { $path }: { $error }
remind-unwritable-path = { $path } inneholder et linjeskift eller er ikke gyldig tekst, så den kan ikke gis til planleggeren
remind-installed-systemd = Påminnelsene er satt opp: systemd sjekker hvert minutt om en skal sendes.
remind-timer-not-started = Timeren kunne ikke startes her ({ $why }).
remind-once-logged-in = Når du er logget inn på skrivebordet ditt, kjør:
remind-without-systemd = Uten systemd: la `rehabit remind --daemon` kjøre i stedet.
remind-try-test = Prøv et varsel nå med: rehabit remind test
remind-nothing-installed-in = Ingenting å fjerne: ingen påminnelser fra rehabit er installert i { $path }.
remind-uninstalled-systemd = Påminnelsene kjøres ikke lenger av systemd.
remind-systemd-not-told = systemd kunne ikke få beskjed ({ $why }); hvis timeren fortsatt kjører, stopp den med:
remind-not-installed = Ikke installert: sett opp påminnelser med `rehabit remind install`, eller kjør `rehabit remind --daemon`.
remind-systemd-says = systemd sier at den er { $state }
remind-systemd-not-asked = systemd kunne ikke spørres om den kjører: { $why }
remind-installed-at = Installert: { $path } ({ $state }).
remind-service-missing = Men { $path } mangler: kjør `rehabit remind install` igjen.
remind-installed-launchd = Påminnelsene er satt opp: launchd sjekker hvert minutt om en skal sendes.
remind-launchd-not-loaded = launchd kunne ikke laste den inn ({ $why }); kjør: launchctl load -w { $file }
remind-nothing-there = Ingenting å fjerne: { $path } finnes ikke.
remind-launchd-loaded = lastet inn
remind-launchd-not-loaded-yet = ikke lastet inn: kjør `rehabit remind install` igjen
remind-no-scheduler = rehabit kan ikke sette opp påminnelser med planleggeren på dette systemet ennå; la `rehabit remind --daemon` kjøre i stedet (start den for eksempel når du logger inn)
remind-nothing-on-this-system = Ingenting å fjerne: rehabit installerer ingenting på dette systemet.
remind-not-installed-daemon = Ikke installert: på dette systemet må du la `rehabit remind --daemon` kjøre for å få påminnelser.

remind-status-problem = Problem i { $file }: { $problem }
remind-status-off = Påminnelsene er slått av: skriv enabled = true under [reminders] i { $file }.
remind-status-off-though = Påminnelsene er likevel slått av: skriv enabled = true under [reminders] i { $file }.
remind-status-on-quiet = Påminnelsene er på (stille timer { $from }–{ $to }, høyst { $cap } om dagen).
remind-status-on = Påminnelsene er på (ingen stille timer, høyst { $cap } om dagen).
remind-status-next = { $day ->
        [tomorrow] Neste påminnelse: i morgen kl. { $time }: { $title }.
       *[today] Neste påminnelse: i dag kl. { $time }: { $title }.
    }
remind-status-none-planned = Ingen påminnelse er planlagt i dag eller i morgen.
remind-status-no-time = «{ $session }» har ingen påminnelsestid: legg til en i { $file } under [reminders.times], for eksempel "{ $session }" = ["18:00"].

## rehabit remind test

remind-test-title = rehabit: en testpåminnelse
remind-test-body = Hvis du kan lese dette, når påminnelsene fra rehabit fram til deg på dette skrivebordet.
remind-test-shown = Skrivebordet ditt tok imot testvarselet: det ble vist av { $server }.
remind-test-no-buttons = Det viser ingen knapper på varsler, så påminnelsene kommer uten Utsett 15 min og Merk som ferdig.
remind-test-buttons = Det viser knapper, så påminnelsene kommer med Utsett 15 min og Merk som ferdig.
remind-test-not-shown = testvarselet ble ikke vist: { $reason }. Påminnelsene kommer likevel, men bare som et lydsignal og en linje i terminalen når rehabit kjører i en. For varsler på skrivebordet: logg inn på et skrivebord som har en varseltjeneste (GNOME, KDE, Xfce, eller en som dunst eller mako), og prøv `rehabit remind test` der.

## Problemer med [reminders] i config.toml

remind-settings-a-table = en tabell
remind-settings-nothing = ingenting
remind-settings-not-a-table = reminders skal være en tabell med innstillinger, som begynner med en linje [reminders], ikke { $value }
remind-settings-unknown = reminders.{ $key } er ikke en innstilling for påminnelser; innstillingene er { $settings }
remind-settings-unknown-near = reminders.{ $key } er ikke en innstilling for påminnelser; mente du { $near }?
remind-settings-not-a-time = reminders.{ $key } skal være et klokkeslett som "19:00", ikke { $value }
remind-settings-not-a-bool = reminders.enabled skal være true eller false, ikke { $value }
remind-settings-not-a-cap = reminders.daily_cap skal være et heltall fra 1 til 255, ikke { $value }
remind-settings-not-quiet-hours = reminders.quiet_hours skal se ut som "22:00-07:00", eller "none", ikke { $value }
remind-settings-times-not-a-table = reminders.times skal være en tabell med navn på økter og tider, som [reminders.times] og deretter Walk = ["10:00"], ikke { $value }
remind-settings-not-times = reminders.times."{ $session }" skal være en liste med klokkeslett som ["07:30"], ikke { $value }
remind-settings-unknown-session = reminders.times nevner «{ $name }», som ikke er en økt i programmet ditt; øktene er { $sessions }
remind-settings-unknown-session-near = reminders.times nevner «{ $name }», som ikke er en økt i programmet ditt; mente du «{ $near }»?

## Hendelsene i `rehabit calendar`

remind-calendar-week = Uke { $week } av «{ $title }».
remind-calendar-at-clinic = På klinikken
remind-calendar-at-clinic-with = På klinikken, med fysioterapeuten din.
remind-calendar-open-rehabit = Åpne rehabit, så blir du guidet gjennom den.
remind-calendar-exercise-level = { $exercise } (nivå { $level })
remind-calendar-weekly = { $session }: { $times ->
        [1] én gang
       *[other] { $times } ganger
    } denne uka ({ $exact ->
        [yes] { $length }
       *[no] omtrent { $length }
    } hver gang)
remind-calendar-any-days = { $days ->
        [one] En valgfri dag
       *[other] { $days } valgfrie dager
    } denne uka, når det passer deg.
remind-calendar-any-days-reminded = { $days ->
        [one] En valgfri dag
       *[other] { $days } valgfrie dager
    } denne uka, når det passer deg (rehabit minner deg på det kl. { $time }).
