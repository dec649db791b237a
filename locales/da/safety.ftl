# Sikkerhed: advarselsspørgsmålene, hvad svarene betyder, stopbeskeden, den grønne
# lampe og `rehabit safety` på kommandolinjen. Roligt, enkelt, entydigt; aldrig en diagnose.

## De syv spørgsmål, stillet sådan som en fysioterapeut eller praktiserende læge spørger.

safety-numbness = Har du følelsesløshed eller prikken i begge ben, eller i skridtet (mellem benene eller på indersiden af lårene)?
    .short = følelsesløshed eller prikken i begge ben eller i skridtet
safety-bladder-bowel = Har du haft svært ved at holde på urin eller afføring, eller ikke kunnet lade vandet?
    .short = svært ved at holde på urin eller afføring
safety-leg-weakness = Har du svaghed i benene eller fødderne, som bliver værre?
    .short = svaghed i benene eller fødderne, som bliver værre
safety-fever-weight-loss = Har du ondt i ryggen og samtidig feber (uden at være forkølet), eller taber du dig uden at vide hvorfor?
    .short = ondt i ryggen med feber, eller vægttab uden kendt årsag
safety-accident = Begyndte smerterne efter en ulykke eller et fald?
    .short = smerter, der begyndte efter en ulykke eller et fald
safety-cancer-osteoporosis = Har du nogensinde haft kræft eller knogleskørhed (osteoporose)?
    .short = tidligere kræft eller knogleskørhed
safety-not-easing = Har du haft disse smerter i et par uger eller mere, uden at de er blevet bedre af det, du selv gør?
    .short = smerter, der ikke er blevet bedre af egen indsats på et par uger

## Hvad rehabit er, og hvad det ikke er.

safety-statement-title = Hvad rehabit er – og ikke er
safety-statement-coach = rehabit er en coach til det træningsprogram, din fysioterapeut har givet dig. Den viser, hvad du skal lave hver dag, tager tid og fører en dagbog, du kan vise frem.
safety-statement-no-diagnosis = Den stiller ingen diagnoser og erstatter hverken din fysioterapeut eller din læge. Hvis noget bekymrer dig, så spørg dem.
safety-statement-records = Din dagbog bliver på denne computer. rehabit bruger ikke internettet.
safety-statement-questions = Først et par spørgsmål om din ryg, for at sikre at det er rigtigt for dig at træne hjemme nu.

## Hvad svarene betyder.

safety-contact-now = Kontakt din læge i dag (uden for åbningstid: lægevagten). Hvis det er slemt eller kom pludseligt, så ring 112.
safety-see-soon = Bestil gerne en tid hos din fysioterapeut eller læge inden for de næste dage, så I kan se på det sammen. Det haster ikke, og du kan fortsætte med dine øvelser imens.

## Sikkerhedsskærmene.

safety-enter-go-on = Tryk Enter for at gå videre.
safety-enter-back-to-session = Tryk Enter for at gå tilbage til din træning.
safety-intro-first-start = Et par spørgsmål før din første træning.
safety-intro-high-pain = Din smerte var { $score } ud af 10, og det er højt. Svar på spørgsmålene igen.
safety-intro-on-demand = Sikkerhedsspørgsmålene.
safety-question-of = Spørgsmål { $number } af { $total }
safety-press-y-or-n = Tryk y (eller j) for ja, n for nej.
safety-kept-yes = Du svarede ja; Enter beholder svaret.
safety-kept-no = Du svarede nej; Enter beholder svaret.
safety-esc-goes-back = Esc går tilbage til forrige spørgsmål.
safety-book-appointment = Bestil en tid
safety-thank-you = Tak.
safety-nothing-stops-you = Intet af det, du svarede, forhindrer dig i at træne.
safety-if-anything-changes = Hvis noget ændrer sig, så svar på spørgsmålene igen: tryk s i dagsoversigten, eller kør `rehabit safety`.
safety-yes-to = Du svarede ja til:
safety-yes-to-earlier-today = Tidligere i dag svarede du ja til:
safety-yes-to-today = I dag svarede du ja til:
safety-yes-to-on = Den { $date } svarede du ja til:
# "22. november"
safety-date-answered = %-d. %B

## Stopbeskeden.

safety-stop-title = Stop: træn ikke i dag
safety-needs-a-doctor = En læge skal vurdere det her, før du træner.
safety-no-session-until-cleared = rehabit starter ingen træning, før du bekræfter, at en læge eller fysioterapeut har sagt god for, at du træner.
safety-if-cleared-press-c = Hvis det allerede er sket, så tryk c.

## Grønt lys.

safety-confirm-title = Har en læge eller fysioterapeut sagt god for, at du træner?
safety-confirm-only-if = Svar kun ja, hvis en læge eller fysioterapeut kender dine svar (eller har set dig siden) og har sagt, at du må lave dine øvelser.
safety-confirm-press-y = Tryk y (eller j) for at bekræfte, at du har fået grønt lys.
safety-confirm-press-n = Tryk n eller Esc for at gå tilbage.
safety-cleared = Tak. Det er gemt.
safety-cleared-start-again = Du kan træne igen. Hvis noget ændrer sig, så svar på sikkerhedsspørgsmålene igen: tryk s i dagsoversigten.

## `rehabit safety` på kommandolinjen. --answers tager yes og no.

safety-help-questions = Spørgsmålene, i den rækkefølge --answers tager dem:
safety-help-outcomes =
    Ja til et af spørgsmålene 1–6: træn ikke, kontakt en læge nu. Ingen træning starter, før du
    med `rehabit safety --clear` bekræfter, at en læge eller fysioterapeut har givet grønt lys.
    Ja til spørgsmål 7: bestil en tid hos din fysioterapeut eller læge; du kan træne videre.
safety-cli-intro = Sikkerhedsspørgsmålene. Svar på hvert med j (ja) eller n (nej); b går et spørgsmål tilbage.
safety-cli-ask = { $number }/{ $total } { $question } [j/n]
safety-cli-answer-y-or-n = Svar j for ja eller n for nej.
safety-cli-not-answered = spørgsmål { $number } blev ikke besvaret. Intet blev gemt.
safety-cli-answers-count = --answers skal have { $needed } svar, yes eller no, i spørgsmålenes rækkefølge (se `rehabit safety --help`); du gav { $given }. Intet blev gemt.
safety-cli-answer-not-yes-no = svar { $number } i --answers er "{ $text }"; skriv yes eller no. Intet blev gemt.
safety-cli-clear = Tak. Intet af det, du svarede, forhindrer dig i at træne.
safety-cli-ask-again = Hvis noget ændrer sig, så svar på spørgsmålene igen: rehabit safety
safety-cli-book-appointment = Bestil en tid.
safety-cli-stop = Stop: træn ikke i dag.
safety-cli-until-cleared = rehabit starter ingen træning, før du bekræfter, at en læge eller fysioterapeut har sagt god for, at du træner: rehabit safety --clear
safety-cli-but-on = Men den { $date } svarede du ja til:
safety-cli-sessions-wait = Træningerne venter, til du bekræfter, at en læge eller fysioterapeut har sagt god for, at du træner: rehabit safety --clear
safety-cli-saved = Dine svar er gemt i din dagbog, til rapporten til din fysioterapeut.
safety-cli-nothing-to-clear = Intet at ophæve: ingen af dine svar venter på grønt lys fra en læge eller fysioterapeut.
safety-cli-confirm-only-if = Bekræft kun dette, hvis en læge eller fysioterapeut kender dine svar (eller har set dig siden) og har sagt, at du må lave dine øvelser.
safety-cli-confirm = Har en læge eller fysioterapeut givet dig grønt lys til at træne? Skriv j for at bekræfte:
safety-cli-could-not-read = kunne ikke læse dit svar: { $error }
safety-cli-not-recorded = Intet blev gemt. Træningerne venter stadig på grønt lys fra en læge eller fysioterapeut.
safety-cli-recorded = Gemt. Du kan træne igen. Hvis noget ændrer sig, så svar på spørgsmålene igen: rehabit safety
