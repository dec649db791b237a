## Påmindelserne (en notifikation på skrivebordet: en titel og en tekst)

remind-time-for = Tid til { $session }
remind-on-plan = { $session } står på din plan i dag.
remind-nudge-title = Et venligt puf
remind-nudge-body = Ugens mål er ved at glide fra dig: i dag er en god dag til { $sessions }. Selv en kort træning tæller.
remind-morning-title = Morgentjek af smerten
remind-morning-body = Hvordan er smerten i morges, efter gårsdagens træning? Giv den et tal fra 0 til 10: åbn rehabit, eller skriv `rehabit pain N`.
remind-button-snooze = Udsæt 15 min
remind-button-done = Markér som færdig

## Sende en påmindelse

remind-reminded = Påmindet: { $title } (vist af { $server }).
remind-fallback = { $title }. { $body } Ikke vist på skrivebordet: { $reason }.
remind-snoozed = Udsat: »{ $title }« kommer igen kl. { $time }.
remind-already-done = »{ $session }« var allerede registreret som færdig i dag.
remind-marked-done = Markerede »{ $session }« som færdig i dag.
remind-mark-done-not-opened = { $problem }. »Markér som færdig« blev ikke registreret.
remind-mark-done-failed = kunne ikke gemme i dagbogen { $path }: { $reason }. »Markér som færdig« blev ikke registreret; kør `rehabit done "{ $session }"`, når det er ordnet.
remind-flags-alone = --due og --daemon bruges alene, uden install, uninstall, status eller test
remind-problem-in = i { $file }: { $problem }

remind-not-started = rehabit kunne ikke begynde at sende den
remind-no-answer-within = skrivebordets notifikationstjeneste svarede ikke inden for { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }
remind-stopped-half-way = afsendelsen stoppede halvvejs, af en grund som rehabit ikke kan se
remind-unnamed-service = en notifikationstjeneste uden navn
remind-no-service = der kører ingen notifikationstjeneste på dette skrivebord
remind-no-answer = skrivebordets notifikationstjeneste svarede ikke
remind-refused = skrivebordets notifikationstjeneste afviste den: { $error }
remind-no-bus = der er ingen beskedbus til skrivebordet (D-Bus-session) at sende den igennem: { $error }
remind-system-centre = systemets notifikationscenter
remind-system-refused = systemet afviste den ({ $error })

## Påmindelsesloggen (reminders.jsonl)

remind-log-no-folder = kunne ikke oprette mappen til { $path }: { $error }
remind-log-not-opened = kunne ikke åbne påmindelsesloggen { $path }: { $error }
remind-log-not-locked = kunne ikke låse påmindelsesloggen { $path }: { $error }
remind-log-not-read = kunne ikke læse påmindelsesloggen { $path }: { $error }
remind-log-not-written = kunne ikke registrere påmindelsen i { $path }: { $error }

## rehabit remind --daemon

remind-no-exe = kan ikke finde ud af, hvor rehabit selv ligger: { $error }
remind-daemon-watching = Holder øje med påmindelser; tryk Ctrl-C for at stoppe.
remind-daemon-stopped = Holder ikke længere øje med påmindelser.
remind-daemon-not-run = kunne ikke køre `rehabit remind --due`: { $error }
remind-daemon-trying-again = { $problem } (prøver igen hvert minut)
remind-daemon-no-signals = kan ikke lytte efter signaler: { $error }

## rehabit remind install, uninstall og status

remind-program-not-run = { $program } kunne ikke køres: { $error }
remind-wrote = Skrev { $path }
remind-removed = Fjernede { $path }
remind-not-removed = kunne ikke fjerne { $path }: { $error }
remind-unwritable-path = { $path } indeholder et linjeskift eller er ikke gyldig tekst, så den kan ikke gives til planlæggeren
remind-installed-systemd = Påmindelserne er sat op: systemd tjekker hvert minut, om der skal sendes en.
remind-timer-not-started = Timeren kunne ikke startes her ({ $why }).
remind-once-logged-in = Når du er logget ind på dit skrivebord, så kør:
remind-without-systemd = Uden systemd: lad `rehabit remind --daemon` køre i stedet.
remind-try-test = Prøv en notifikation nu med: rehabit remind test
remind-nothing-installed-in = Intet at fjerne: ingen påmindelser fra rehabit er installeret i { $path }.
remind-uninstalled-systemd = Påmindelserne køres ikke længere af systemd.
remind-systemd-not-told = systemd kunne ikke få besked ({ $why }); hvis timeren stadig kører, så stop den med:
remind-not-installed = Ikke installeret: sæt påmindelser op med `rehabit remind install`, eller kør `rehabit remind --daemon`.
remind-systemd-says = systemd siger, at den er { $state }
remind-systemd-not-asked = systemd kunne ikke spørges, om den kører: { $why }
remind-installed-at = Installeret: { $path } ({ $state }).
remind-service-missing = Men { $path } mangler: kør `rehabit remind install` igen.
remind-installed-launchd = Påmindelserne er sat op: launchd tjekker hvert minut, om der skal sendes en.
remind-launchd-not-loaded = launchd kunne ikke indlæse den ({ $why }); kør: launchctl load -w { $file }
remind-nothing-there = Intet at fjerne: { $path } findes ikke.
remind-launchd-loaded = indlæst
remind-launchd-not-loaded-yet = ikke indlæst: kør `rehabit remind install` igen
remind-no-scheduler = rehabit kan endnu ikke sætte påmindelser op med dette systems planlægger; lad `rehabit remind --daemon` køre i stedet (start den for eksempel, når du logger ind)
remind-nothing-on-this-system = Intet at fjerne: rehabit installerer intet på dette system.
remind-not-installed-daemon = Ikke installeret: på dette system skal du lade `rehabit remind --daemon` køre for at få påmindelser.

remind-status-problem = Problem i { $file }: { $problem }
remind-status-off = Påmindelserne er slået fra: skriv enabled = true under [reminders] i { $file }.
remind-status-off-though = Påmindelserne er dog slået fra: skriv enabled = true under [reminders] i { $file }.
remind-status-on-quiet = Påmindelserne er slået til (stille timer { $from }–{ $to }, højst { $cap } om dagen).
remind-status-on = Påmindelserne er slået til (ingen stille timer, højst { $cap } om dagen).
remind-status-next = { $day ->
        [tomorrow] Næste påmindelse: i morgen kl. { $time }: { $title }.
       *[today] Næste påmindelse: i dag kl. { $time }: { $title }.
    }
remind-status-none-planned = Der er ingen påmindelse planlagt i dag eller i morgen.
remind-status-no-time = »{ $session }« har intet påmindelsestidspunkt: tilføj et i { $file } under [reminders.times], for eksempel "{ $session }" = ["18:00"].

## rehabit remind test

remind-test-title = rehabit: en testpåmindelse
remind-test-body = Hvis du kan læse dette, når påmindelserne fra rehabit frem til dig på dette skrivebord.
remind-test-shown = Dit skrivebord tog imod testnotifikationen: den blev vist af { $server }.
remind-test-no-buttons = Det viser ingen knapper på notifikationer, så påmindelserne kommer uden Udsæt 15 min og Markér som færdig.
remind-test-buttons = Det viser knapper, så påmindelserne kommer med Udsæt 15 min og Markér som færdig.
remind-test-not-shown = testnotifikationen blev ikke vist: { $reason }. Påmindelserne kommer stadig, men kun som et lydsignal og en linje i terminalen, når rehabit kører i en. Vil du have notifikationer på skrivebordet, så log ind på et skrivebord med en notifikationstjeneste (GNOME, KDE, Xfce eller en som dunst eller mako), og prøv `rehabit remind test` der.

## Problemer med [reminders] i config.toml

remind-settings-a-table = en tabel
remind-settings-nothing = ingenting
remind-settings-not-a-table = reminders skal være en tabel med indstillinger, der begynder med en linje [reminders], ikke { $value }
remind-settings-unknown = reminders.{ $key } er ikke en indstilling for påmindelser; indstillingerne er { $settings }
remind-settings-unknown-near = reminders.{ $key } er ikke en indstilling for påmindelser; mente du { $near }?
remind-settings-not-a-time = reminders.{ $key } skal være et klokkeslæt som "19:00", ikke { $value }
remind-settings-not-a-bool = reminders.enabled skal være true eller false, ikke { $value }
remind-settings-not-a-cap = reminders.daily_cap skal være et helt tal fra 1 til 255, ikke { $value }
remind-settings-not-quiet-hours = reminders.quiet_hours skal se ud som "22:00-07:00" eller "none", ikke { $value }
remind-settings-times-not-a-table = reminders.times skal være en tabel med navne på træninger og tidspunkter, som [reminders.times] og derefter Walk = ["10:00"], ikke { $value }
remind-settings-not-times = reminders.times."{ $session }" skal være en liste med klokkeslæt som ["07:30"], ikke { $value }
remind-settings-unknown-session = reminders.times nævner »{ $name }«, som ikke er en træning i dit program; træningerne er { $sessions }
remind-settings-unknown-session-near = reminders.times nævner »{ $name }«, som ikke er en træning i dit program; mente du »{ $near }«?

## Begivenhederne i `rehabit calendar`

remind-calendar-week = Uge { $week } af »{ $title }«.
remind-calendar-at-clinic = På klinikken
remind-calendar-at-clinic-with = På klinikken, med din fysioterapeut.
remind-calendar-open-rehabit = Åbn rehabit for at blive guidet igennem den.
remind-calendar-exercise-level = { $exercise } (niveau { $level })
remind-calendar-weekly = { $session }: { $times ->
        [1] én gang
       *[other] { $times } gange
    } i denne uge ({ $exact ->
        [yes] { $length }
       *[no] cirka { $length }
    } hver gang)
remind-calendar-any-days = { $days ->
        [one] En valgfri dag
       *[other] { $days } valgfrie dage
    } i denne uge, når det passer dig.
remind-calendar-any-days-reminded = { $days ->
        [one] En valgfri dag
       *[other] { $days } valgfrie dage
    } i denne uge, når det passer dig (rehabit minder dig om det kl. { $time }).
