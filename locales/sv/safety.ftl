# Säkerhet: varningsfrågorna, vad svaren innebär, stoppmeddelandet, klartecknet och
# `rehabit safety` på kommandoraden. Lugnt, enkelt, entydigt; aldrig en diagnos.

## De sju frågorna, ställda som en fysioterapeut eller läkare frågar en patient.

safety-numbness = Har du domningar eller stickningar i båda benen, eller i underlivet (mellan benen eller på insidan av låren)?
    .short = domningar eller stickningar i båda benen eller i underlivet
safety-bladder-bowel = Har du haft svårt att kontrollera urin eller avföring, eller inte kunnat kissa?
    .short = svårt att kontrollera urin eller avföring
safety-leg-weakness = Har du svaghet i benen eller fötterna som blir värre?
    .short = svaghet i benen eller fötterna som blir värre
safety-fever-weight-loss = Har du ont i ryggen och samtidigt feber (utan att vara förkyld), eller går du ner i vikt utan att veta varför?
    .short = ont i ryggen med feber, eller viktnedgång utan känd orsak
safety-accident = Började smärtan efter en olycka eller ett fall?
    .short = smärta som började efter en olycka eller ett fall
safety-cancer-osteoporosis = Har du någon gång haft cancer, eller benskörhet (osteoporos)?
    .short = tidigare cancer eller benskörhet
safety-not-easing = Har du haft den här smärtan i ett par veckor eller mer, utan att den har lättat av det du själv gör?
    .short = smärta som inte har lättat av egenvård på ett par veckor

## Vad rehabit är och inte är.

safety-statement-title = Vad rehabit är – och inte är
safety-statement-coach = rehabit är en coach för träningsprogrammet som din fysioterapeut har gett dig. Den visar vad du ska göra varje dag, tar tid och för en dagbok som du kan visa upp.
safety-statement-no-diagnosis = Den ställer inga diagnoser och ersätter inte din fysioterapeut eller läkare. Om något oroar dig, fråga dem.
safety-statement-records = Din dagbok stannar på den här datorn. rehabit använder inte internet.
safety-statement-questions = Först några frågor om din rygg, för att se att det är rätt för dig att träna hemma just nu.

## Vad svaren innebär.

safety-contact-now = Kontakta din vårdcentral eller läkare i dag, eller ring 1177 för råd. Om det är svårt eller kom plötsligt, ring 112.
safety-see-soon = Boka gärna en tid hos din fysioterapeut eller läkare de närmaste dagarna, så att ni kan titta på det tillsammans. Det är inte bråttom, och du kan fortsätta med dina övningar så länge.

## Säkerhetsskärmarna.

safety-enter-go-on = Tryck Enter för att gå vidare.
safety-enter-back-to-session = Tryck Enter för att gå tillbaka till passet.
safety-intro-first-start = Några frågor innan ditt första pass.
safety-intro-high-pain = Din smärta var { $score } av 10, och det är högt. Svara på frågorna igen.
safety-intro-on-demand = Säkerhetsfrågorna.
safety-question-of = Fråga { $number } av { $total }
safety-press-y-or-n = Tryck y (eller j) för ja, n för nej.
safety-kept-yes = Du svarade ja; Enter behåller svaret.
safety-kept-no = Du svarade nej; Enter behåller svaret.
safety-esc-goes-back = Esc går tillbaka till förra frågan.
safety-book-appointment = Boka en tid
safety-thank-you = Tack.
safety-nothing-stops-you = Inget av dina svar hindrar dig från att träna.
safety-if-anything-changes = Om något förändras, svara på frågorna igen: tryck s i dagsvyn eller kör `rehabit safety`.
safety-yes-to = Du svarade ja på:
safety-yes-to-earlier-today = Tidigare i dag svarade du ja på:
safety-yes-to-today = I dag svarade du ja på:
safety-yes-to-on = Den { $date } svarade du ja på:
# "22 november"
safety-date-answered = %-d %B

## Stoppmeddelandet.

safety-stop-title = Stopp: träna inte i dag
safety-needs-a-doctor = En läkare behöver bedöma det här innan du tränar.
safety-no-session-until-cleared = rehabit startar inget pass förrän du bekräftar att en läkare eller fysioterapeut har sagt att du kan träna.
safety-if-cleared-press-c = Om någon redan har gjort det, tryck c.

## Klartecknet.

safety-confirm-title = Har en läkare eller fysioterapeut sagt att du kan träna?
safety-confirm-only-if = Svara bara ja om en läkare eller fysioterapeut vet vad du svarade (eller har träffat dig sedan dess) och har sagt att du får göra dina övningar.
safety-confirm-press-y = Tryck y (eller j) för att bekräfta att du har fått klartecken.
safety-confirm-press-n = Tryck n eller Esc för att gå tillbaka.
safety-cleared = Tack. Det är sparat.
safety-cleared-start-again = Du kan träna igen. Om något förändras, svara på säkerhetsfrågorna igen: tryck s i dagsvyn.

## `rehabit safety` på kommandoraden. --answers tar yes och no.

safety-help-questions = Frågorna, i den ordning --answers tar dem:
safety-help-outcomes =
    Ja på någon av frågorna 1–6: träna inte, kontakta en läkare nu. Inget pass startar förrän du
    med `rehabit safety --clear` bekräftar att en läkare eller fysioterapeut har gett klartecken.
    Ja på fråga 7: boka en tid hos din fysioterapeut eller läkare; du kan fortsätta träna.
safety-cli-intro = Säkerhetsfrågorna. Svara på varje med j (ja) eller n (nej); b går tillbaka ett steg.
safety-cli-ask = { $number }/{ $total } { $question } [j/n]
safety-cli-answer-y-or-n = Svara j för ja eller n för nej.
safety-cli-not-answered = fråga { $number } besvarades inte. Inget sparades.
safety-cli-answers-count = --answers behöver { $needed } svar, yes eller no, i frågornas ordning (se `rehabit safety --help`); du angav { $given }. Inget sparades.
safety-cli-answer-not-yes-no = svar { $number } i --answers är "{ $text }"; skriv yes eller no. Inget sparades.
safety-cli-clear = Tack. Inget av dina svar hindrar dig från att träna.
safety-cli-ask-again = Om något förändras, svara på frågorna igen: rehabit safety
safety-cli-book-appointment = Boka en tid.
safety-cli-stop = Stopp: träna inte i dag.
safety-cli-until-cleared = rehabit startar inget pass förrän du bekräftar att en läkare eller fysioterapeut har sagt att du kan träna: rehabit safety --clear
safety-cli-but-on = Men den { $date } svarade du ja på:
safety-cli-sessions-wait = Passen väntar tills du bekräftar att en läkare eller fysioterapeut har sagt att du kan träna: rehabit safety --clear
safety-cli-saved = Dina svar sparas i din dagbok, till rapporten för din fysioterapeut.
safety-cli-nothing-to-clear = Inget att häva: inget av dina svar väntar på klartecken från en läkare eller fysioterapeut.
safety-cli-confirm-only-if = Bekräfta bara detta om en läkare eller fysioterapeut vet vad du svarade (eller har träffat dig sedan dess) och har sagt att du får göra dina övningar.
safety-cli-confirm = Har en läkare eller fysioterapeut gett dig klartecken att träna? Skriv j för att bekräfta:
safety-cli-could-not-read = kunde inte läsa ditt svar: { $error }
safety-cli-not-recorded = Inget sparades. Passen väntar fortfarande på klartecken från en läkare eller fysioterapeut.
safety-cli-recorded = Sparat. Du kan träna igen. Om något förändras, svara på frågorna igen: rehabit safety
