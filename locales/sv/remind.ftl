## Påminnelserna (en skrivbordsnotis: en rubrik och en text)

remind-time-for = Dags för { $session }
remind-on-plan = { $session } står på ditt schema i dag.
remind-nudge-title = En vänlig knuff
remind-nudge-body = Veckans mål håller på att glida undan: i dag passar bra för { $sessions }. Även ett kort pass räknas.
remind-morning-title = Morgonkoll av smärtan
remind-morning-body = Hur är smärtan i morse, efter gårdagens träning? Ange den från 0 till 10: öppna rehabit, eller skriv `rehabit pain N`.
remind-button-snooze = Påminn om 15 min
remind-button-done = Markera som klart

## Skicka en påminnelse

remind-reminded = Påmint: { $title } (visad av { $server }).
remind-fallback = { $title }. { $body } Visades inte på skrivbordet: { $reason }.
remind-snoozed = Uppskjuten: ”{ $title }” kommer tillbaka kl. { $time }.
remind-already-done = ”{ $session }” var redan registrerat som klart i dag.
remind-marked-done = Markerat ”{ $session }” som klart i dag.
remind-mark-done-not-opened = { $problem }. ”Markera som klart” registrerades inte.
remind-mark-done-failed = kunde inte spara i dagboken { $path }: { $reason }. ”Markera som klart” registrerades inte; kör `rehabit done "{ $session }"` när det är åtgärdat.
remind-flags-alone = --due och --daemon används ensamma, utan install, uninstall, status eller test
remind-problem-in = i { $file }: { $problem }

remind-not-started = rehabit kunde inte börja skicka den
remind-no-answer-within = skrivbordets notistjänst svarade inte inom { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }
remind-stopped-half-way = sändningen avbröts halvvägs, av en anledning som rehabit inte kan avgöra
remind-unnamed-service = en namnlös notistjänst
remind-no-service = ingen notistjänst körs på det här skrivbordet
remind-no-answer = skrivbordets notistjänst svarade inte
remind-refused = skrivbordets notistjänst tog inte emot den: { $error }
remind-no-bus = det finns ingen meddelandebuss för skrivbordet (D-Bus-session) att skicka den genom: { $error }
remind-system-centre = systemets notiscenter
remind-system-refused = systemet tog inte emot den ({ $error })

## Påminnelseloggen (reminders.jsonl)

remind-log-no-folder = kunde inte skapa mappen för { $path }: { $error }
remind-log-not-opened = kunde inte öppna påminnelseloggen { $path }: { $error }
remind-log-not-locked = kunde inte låsa påminnelseloggen { $path }: { $error }
remind-log-not-read = kunde inte läsa påminnelseloggen { $path }: { $error }
remind-log-not-written = kunde inte registrera påminnelsen i { $path }: { $error }

## rehabit remind --daemon

remind-no-exe = kan inte avgöra var rehabit själv ligger: { $error }
remind-daemon-watching = Håller koll på påminnelser; tryck Ctrl-C för att sluta.
remind-daemon-stopped = Slutade hålla koll på påminnelser.
remind-daemon-not-run = kunde inte köra `rehabit remind --due`: { $error }
remind-daemon-trying-again = { $problem } (försöker igen varje minut)
remind-daemon-no-signals = kan inte lyssna efter signaler: { $error }

## rehabit remind install, uninstall och status

remind-program-not-run = { $program } gick inte att köra: { $error }
remind-wrote = Skrev { $path }
remind-removed = Tog bort { $path }
remind-not-removed = kunde inte ta bort { $path }: { $error }
remind-unwritable-path = { $path } innehåller en radbrytning eller är inte giltig text, så den kan inte ges till schemaläggaren
remind-installed-systemd = Påminnelserna är inställda: systemd kollar varje minut om någon ska skickas.
remind-timer-not-started = Timern kunde inte startas här ({ $why }).
remind-once-logged-in = När du är inloggad på ditt skrivbord, kör:
remind-without-systemd = Utan systemd: låt `rehabit remind --daemon` köra i stället.
remind-try-test = Prova en notis nu med: rehabit remind test
remind-nothing-installed-in = Inget att ta bort: inga påminnelser från rehabit är installerade i { $path }.
remind-uninstalled-systemd = Påminnelserna körs inte längre av systemd.
remind-systemd-not-told = systemd gick inte att meddela ({ $why }); om timern fortfarande körs, stoppa den med:
remind-not-installed = Inte installerat: ställ in påminnelser med `rehabit remind install`, eller kör `rehabit remind --daemon`.
remind-systemd-says = systemd säger att den är { $state }
remind-systemd-not-asked = systemd gick inte att fråga om den körs: { $why }
remind-installed-at = Installerat: { $path } ({ $state }).
remind-service-missing = Men { $path } saknas: kör `rehabit remind install` igen.
remind-installed-launchd = Påminnelserna är inställda: launchd kollar varje minut om någon ska skickas.
remind-launchd-not-loaded = launchd kunde inte läsa in den ({ $why }); kör: launchctl load -w { $file }
remind-nothing-there = Inget att ta bort: { $path } finns inte.
remind-launchd-loaded = inläst
remind-launchd-not-loaded-yet = inte inläst: kör `rehabit remind install` igen
remind-no-scheduler = rehabit kan inte ställa in påminnelser med det här systemets schemaläggare än; låt `rehabit remind --daemon` köra i stället (starta den till exempel när du loggar in)
remind-nothing-on-this-system = Inget att ta bort: rehabit installerar ingenting på det här systemet.
remind-not-installed-daemon = Inte installerat: på det här systemet får du låta `rehabit remind --daemon` köra för att få påminnelser.

remind-status-problem = Problem i { $file }: { $problem }
remind-status-off = Påminnelserna är avstängda: skriv enabled = true under [reminders] i { $file }.
remind-status-off-though = Påminnelserna är dock avstängda: skriv enabled = true under [reminders] i { $file }.
remind-status-on-quiet = Påminnelserna är på (tysta timmar { $from }–{ $to }, högst { $cap } om dagen).
remind-status-on = Påminnelserna är på (inga tysta timmar, högst { $cap } om dagen).
remind-status-next = { $day ->
        [tomorrow] Nästa påminnelse: i morgon kl. { $time }: { $title }.
       *[today] Nästa påminnelse: i dag kl. { $time }: { $title }.
    }
remind-status-none-planned = Ingen påminnelse är planerad i dag eller i morgon.
remind-status-no-time = ”{ $session }” har ingen påminnelsetid: lägg till en i { $file } under [reminders.times], till exempel "{ $session }" = ["18:00"].

## rehabit remind test

remind-test-title = rehabit: en testpåminnelse
remind-test-body = Om du kan läsa det här når rehabits påminnelser dig på det här skrivbordet.
remind-test-shown = Ditt skrivbord tog emot testnotisen: den visades av { $server }.
remind-test-no-buttons = Det visar inga knappar på notiser, så påminnelserna kommer utan Påminn om 15 min och Markera som klart.
remind-test-buttons = Det visar knappar, så påminnelserna kommer med Påminn om 15 min och Markera som klart.
remind-test-not-shown = testnotisen visades inte: { $reason }. Påminnelserna kommer ändå, men bara som en ljudsignal och en rad i terminalen när rehabit körs i en. För notiser på skrivbordet: logga in på ett skrivbord som har en notistjänst (GNOME, KDE, Xfce, eller en som dunst eller mako) och prova `rehabit remind test` där.

## Problem med [reminders] i config.toml

remind-settings-a-table = en tabell
remind-settings-nothing = ingenting
remind-settings-not-a-table = reminders ska vara en tabell med inställningar, som börjar med en rad [reminders], inte { $value }
remind-settings-unknown = reminders.{ $key } är ingen inställning för påminnelser; inställningarna är { $settings }
remind-settings-unknown-near = reminders.{ $key } är ingen inställning för påminnelser; menade du { $near }?
remind-settings-not-a-time = reminders.{ $key } ska vara en tid som "19:00", inte { $value }
remind-settings-not-a-bool = reminders.enabled ska vara true eller false, inte { $value }
remind-settings-not-a-cap = reminders.daily_cap ska vara ett heltal från 1 till 255, inte { $value }
remind-settings-not-quiet-hours = reminders.quiet_hours ska se ut som "22:00-07:00", eller "none", inte { $value }
remind-settings-times-not-a-table = reminders.times ska vara en tabell med namn på pass och tider, som [reminders.times] och sedan Walk = ["10:00"], inte { $value }
remind-settings-not-times = reminders.times."{ $session }" ska vara en lista med tider som ["07:30"], inte { $value }
remind-settings-unknown-session = reminders.times nämner ”{ $name }”, som inte är ett pass i ditt program; passen är { $sessions }
remind-settings-unknown-session-near = reminders.times nämner ”{ $name }”, som inte är ett pass i ditt program; menade du ”{ $near }”?

## Händelserna i `rehabit calendar`

remind-calendar-week = Vecka { $week } av ”{ $title }”.
remind-calendar-at-clinic = På kliniken
remind-calendar-at-clinic-with = På kliniken, med din fysioterapeut.
remind-calendar-open-rehabit = Öppna rehabit så guidas du igenom det.
remind-calendar-exercise-level = { $exercise } (nivå { $level })
remind-calendar-weekly = { $session }: { $times ->
        [1] en gång
       *[other] { $times } gånger
    } den här veckan ({ $exact ->
        [yes] { $length }
       *[no] cirka { $length }
    } per gång)
remind-calendar-any-days = { $days ->
        [one] Valfri dag
       *[other] Valfria { $days } dagar
    } den här veckan, när det passar dig.
remind-calendar-any-days-reminded = { $days ->
        [one] Valfri dag
       *[other] Valfria { $days } dagar
    } den här veckan, när det passar dig (rehabit påminner dig kl. { $time }).
