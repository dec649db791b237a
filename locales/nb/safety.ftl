# Sikkerhet: varselspørsmålene, hva svarene betyr, stoppmeldingen, klarsignalet og
# `rehabit safety` på kommandolinjen. Rolig, enkelt, utvetydig; aldri en diagnose.

## De sju spørsmålene, stilt slik en fysioterapeut eller fastlege spør en pasient.

safety-numbness = Har du nummenhet eller prikking i begge beina, eller i skrittet (mellom beina eller på innsiden av lårene)?
    .short = nummenhet eller prikking i begge beina eller i skrittet
safety-bladder-bowel = Har du hatt problemer med å holde på urin eller avføring, eller ikke klart å tisse?
    .short = problemer med å holde på urin eller avføring
safety-leg-weakness = Har du svakhet i beina eller føttene som blir verre?
    .short = svakhet i beina eller føttene som blir verre
safety-fever-weight-loss = Har du vondt i ryggen og samtidig feber (uten å være forkjølet), eller går du ned i vekt uten å vite hvorfor?
    .short = vondt i ryggen med feber, eller vekttap uten kjent årsak
safety-accident = Begynte smertene etter en ulykke eller et fall?
    .short = smerter som begynte etter en ulykke eller et fall
safety-cancer-osteoporosis = Har du noen gang hatt kreft, eller beinskjørhet (osteoporose)?
    .short = tidligere kreft eller beinskjørhet
safety-not-easing = Har du hatt disse smertene i et par uker eller mer, uten at de har blitt bedre av det du selv gjør?
    .short = smerter som ikke har blitt bedre med egenbehandling på et par uker

## Hva rehabit er og ikke er.

safety-statement-title = Hva rehabit er – og ikke er
safety-statement-coach = rehabit er en coach for treningsprogrammet fysioterapeuten din har gitt deg. Den viser hva du skal gjøre hver dag, tar tiden og fører en dagbok du kan vise fram.
safety-statement-no-diagnosis = Den stiller ingen diagnose og erstatter ikke fysioterapeuten eller legen din. Hvis noe bekymrer deg, spør dem.
safety-statement-records = Dagboken din blir liggende på denne datamaskinen. rehabit bruker ikke internett.
safety-statement-questions = Først noen spørsmål om ryggen din, for å sjekke at det er riktig for deg å trene hjemme nå.

## Hva svarene betyr.

safety-contact-now = Kontakt fastlegen din eller legevakten (116 117) i dag. Hvis det er kraftig eller kom plutselig, ring 113.
safety-see-soon = Bestill gjerne time hos fysioterapeuten eller legen din i løpet av de nærmeste dagene, så dere kan se på det sammen. Det haster ikke, og du kan fortsette med øvelsene i mellomtiden.

## Sikkerhetsskjermene.

safety-enter-go-on = Trykk Enter for å gå videre.
safety-enter-back-to-session = Trykk Enter for å gå tilbake til økta.
safety-intro-first-start = Noen spørsmål før den første økta di.
safety-intro-high-pain = Smerten din var { $score } av 10, og det er høyt. Svar på spørsmålene igjen.
safety-intro-on-demand = Sikkerhetsspørsmålene.
safety-question-of = Spørsmål { $number } av { $total }
safety-press-y-or-n = Trykk y (eller j) for ja, n for nei.
safety-kept-yes = Du svarte ja; Enter beholder svaret.
safety-kept-no = Du svarte nei; Enter beholder svaret.
safety-esc-goes-back = Esc går tilbake til forrige spørsmål.
safety-book-appointment = Bestill time
safety-thank-you = Takk.
safety-nothing-stops-you = Ingenting av det du svarte, hindrer deg i å trene.
safety-if-anything-changes = Hvis noe endrer seg, svar på spørsmålene igjen: trykk s i dagsoversikten, eller kjør `rehabit safety`.
safety-yes-to = Du svarte ja på:
safety-yes-to-earlier-today = Tidligere i dag svarte du ja på:
safety-yes-to-today = I dag svarte du ja på:
safety-yes-to-on = Den { $date } svarte du ja på:
# "22. november"
safety-date-answered = %-d. %B

## Stoppmeldingen.

safety-stop-title = Stopp: ikke tren i dag
safety-needs-a-doctor = En lege må vurdere dette før du trener.
safety-no-session-until-cleared = rehabit starter ingen økt før du bekrefter at en lege eller fysioterapeut har sagt at du kan trene.
safety-if-cleared-press-c = Hvis det allerede har skjedd, trykk c.

## Klarsignalet.

safety-confirm-title = Har en lege eller fysioterapeut sagt at du kan trene?
safety-confirm-only-if = Svar bare ja hvis en lege eller fysioterapeut vet hva du svarte (eller har sett deg siden) og har sagt at du kan gjøre øvelsene dine.
safety-confirm-press-y = Trykk y (eller j) for å bekrefte at du har fått klarsignal.
safety-confirm-press-n = Trykk n eller Esc for å gå tilbake.
safety-cleared = Takk. Dette er lagret.
safety-cleared-start-again = Du kan trene igjen. Hvis noe endrer seg, svar på sikkerhetsspørsmålene igjen: trykk s i dagsoversikten.

## `rehabit safety` på kommandolinjen. --answers tar yes og no.

safety-help-questions = Spørsmålene, i den rekkefølgen --answers tar dem:
safety-help-outcomes =
    Ja på et av spørsmålene 1–6: ikke tren, kontakt en lege nå. Ingen økt starter før du
    med `rehabit safety --clear` bekrefter at en lege eller fysioterapeut har gitt klarsignal.
    Ja på spørsmål 7: bestill time hos fysioterapeuten eller legen din; du kan trene videre.
safety-cli-intro = Sikkerhetsspørsmålene. Svar på hvert med j (ja) eller n (nei); b går ett spørsmål tilbake.
safety-cli-ask = { $number }/{ $total } { $question } [j/n]
safety-cli-answer-y-or-n = Svar j for ja eller n for nei.
safety-cli-not-answered = spørsmål { $number } ble ikke besvart. Ingenting ble lagret.
safety-cli-answers-count = --answers trenger { $needed } svar, yes eller no, i spørsmålenes rekkefølge (se `rehabit safety --help`); du ga { $given }. Ingenting ble lagret.
safety-cli-answer-not-yes-no = svar { $number } i --answers er "{ $text }"; skriv yes eller no. Ingenting ble lagret.
safety-cli-clear = Takk. Ingenting av det du svarte, hindrer deg i å trene.
safety-cli-ask-again = Hvis noe endrer seg, svar på spørsmålene igjen: rehabit safety
safety-cli-book-appointment = Bestill time.
safety-cli-stop = Stopp: ikke tren i dag.
safety-cli-until-cleared = rehabit starter ingen økt før du bekrefter at en lege eller fysioterapeut har sagt at du kan trene: rehabit safety --clear
safety-cli-but-on = Men den { $date } svarte du ja på:
safety-cli-sessions-wait = Øktene venter til du bekrefter at en lege eller fysioterapeut har sagt at du kan trene: rehabit safety --clear
safety-cli-saved = Svarene dine er lagret i dagboken din, til rapporten for fysioterapeuten din.
safety-cli-nothing-to-clear = Ingenting å oppheve: ingen av svarene dine venter på klarsignal fra en lege eller fysioterapeut.
safety-cli-confirm-only-if = Bekreft dette bare hvis en lege eller fysioterapeut vet hva du svarte (eller har sett deg siden) og har sagt at du kan gjøre øvelsene dine.
safety-cli-confirm = Har en lege eller fysioterapeut gitt deg klarsignal til å trene? Skriv j for å bekrefte:
safety-cli-could-not-read = kunne ikke lese svaret ditt: { $error }
safety-cli-not-recorded = Ingenting ble lagret. Øktene venter fortsatt på klarsignal fra en lege eller fysioterapeut.
safety-cli-recorded = Lagret. Du kan trene igjen. Hvis noe endrer seg, svar på spørsmålene igjen: rehabit safety
