# Veiligheid: de alarmvragen, wat de antwoorden betekenen, het stopbericht, de
# toestemming en `rehabit safety` op de opdrachtregel. Rustig, eenvoudig, eenduidig;
# nooit een diagnose.

## De zeven vragen, gesteld zoals een fysiotherapeut of huisarts een patiënt vraagt.

safety-numbness = Heb je een doof of tintelend gevoel in beide benen, of tussen je benen (rond je geslachtsdelen of aan de binnenkant van je bovenbenen)?
    .short = doof of tintelend gevoel in beide benen of tussen je benen
safety-bladder-bowel = Heb je moeite gehad om je plas of ontlasting op te houden, of kon je niet plassen?
    .short = moeite om plas of ontlasting op te houden
safety-leg-weakness = Heb je minder kracht in je benen of voeten, en wordt dat erger?
    .short = minder kracht in benen of voeten, steeds erger
safety-fever-weight-loss = Heb je rugpijn en tegelijk koorts (zonder verkouden te zijn), of val je af zonder dat je weet waarom?
    .short = rugpijn met koorts, of afvallen zonder bekende reden
safety-accident = Begon deze pijn na een ongeluk of een val?
    .short = pijn die begon na een ongeluk of een val
safety-cancer-osteoporosis = Heb je ooit kanker gehad, of botontkalking (osteoporose)?
    .short = eerder kanker of botontkalking
safety-not-easing = Heb je deze pijn al een paar weken of langer, zonder dat hij minder wordt van wat je er zelf aan doet?
    .short = pijn die na een paar weken niet minder wordt met zelfzorg

## Wat rehabit is en wat het niet is.

safety-statement-title = Wat rehabit is – en wat niet
safety-statement-coach = rehabit is een coach voor het oefenprogramma dat je fysiotherapeut je heeft gegeven. Het laat zien wat je elke dag moet doen, houdt de tijd bij en maakt een logboek dat je kunt laten zien.
safety-statement-no-diagnosis = Het stelt geen diagnose en vervangt je fysiotherapeut of huisarts niet. Maak je je ergens zorgen over, vraag het hun dan.
safety-statement-records = Je logboek blijft op deze computer. rehabit maakt geen verbinding met internet.
safety-statement-questions = Eerst een paar vragen over je rug, om na te gaan of thuis oefenen nu goed voor je is.

## Wat de antwoorden betekenen.

safety-contact-now = Neem vandaag contact op met je huisarts (buiten kantoortijd: de huisartsenpost). Is het ernstig of kwam het plotseling, bel dan 112.
safety-see-soon = Maak de komende dagen een afspraak bij je fysiotherapeut of huisarts, zodat jullie er samen naar kunnen kijken. Het is niet dringend, en je kunt in de tussentijd gewoon doorgaan met je oefeningen.

## De veiligheidsschermen.

safety-enter-go-on = Druk op Enter om verder te gaan.
safety-enter-back-to-session = Druk op Enter om terug te gaan naar je sessie.
safety-intro-first-start = Voor je eerste sessie eerst een paar vragen.
safety-intro-high-pain = Je pijn was { $score } van 10, en dat is hoog. Beantwoord de vragen alsjeblieft opnieuw.
safety-intro-on-demand = De veiligheidsvragen.
safety-question-of = Vraag { $number } van { $total }
safety-press-y-or-n = Druk op y (of j) voor ja, n voor nee.
safety-kept-yes = Je antwoordde ja; Enter houdt dat zo.
safety-kept-no = Je antwoordde nee; Enter houdt dat zo.
safety-esc-goes-back = Esc gaat terug naar de vorige vraag.
safety-book-appointment = Maak een afspraak
safety-thank-you = Dank je.
safety-nothing-stops-you = Niets van wat je antwoordde staat oefenen in de weg.
safety-if-anything-changes = Verandert er iets, beantwoord de vragen dan opnieuw: druk op s in het dagoverzicht, of gebruik `rehabit safety`.
safety-yes-to = Je antwoordde ja op:
safety-yes-to-earlier-today = Eerder vandaag antwoordde je ja op:
safety-yes-to-today = Vandaag antwoordde je ja op:
safety-yes-to-on = Op { $date } antwoordde je ja op:
# "zondag 22 november"
safety-date-answered = %A %-d %B

## Het stopbericht.

safety-stop-title = Stop: oefen vandaag niet
safety-needs-a-doctor = Laat eerst een arts hiernaar kijken voordat je oefent.
safety-no-session-until-cleared = rehabit start geen sessie totdat je bevestigt dat een arts of fysiotherapeut heeft gezegd dat je mag oefenen.
safety-if-cleared-press-c = Is dat al gebeurd, druk dan op c.

## De toestemming.

safety-confirm-title = Heeft een arts of fysiotherapeut gezegd dat je mag oefenen?
safety-confirm-only-if = Zeg alleen ja als een arts of fysiotherapeut weet wat je hebt geantwoord (of je sindsdien heeft gezien) en heeft gezegd dat je je oefeningen mag doen.
safety-confirm-press-y = Druk op y (of j) om te bevestigen dat je toestemming hebt gekregen.
safety-confirm-press-n = Druk op n of Esc om terug te gaan.
safety-cleared = Dank je. Dit is opgeslagen.
safety-cleared-start-again = Je kunt weer oefenen. Verandert er iets, beantwoord de veiligheidsvragen dan opnieuw: druk op s in het dagoverzicht.

## `rehabit safety` op de opdrachtregel. --answers neemt yes en no.

safety-help-questions = De vragen, in de volgorde waarin --answers ze neemt:
safety-help-outcomes =
    Ja op een van de vragen 1 tot en met 6: stop, neem nu contact op met een arts. Er start
    geen sessie totdat je met `rehabit safety --clear` bevestigt dat een arts of
    fysiotherapeut heeft gezegd dat je mag oefenen.
    Ja op vraag 7: maak een afspraak bij je fysiotherapeut of huisarts; je kunt doorgaan.
safety-cli-intro = De veiligheidsvragen. Beantwoord elke vraag met j (ja) of n (nee); b gaat een vraag terug.
safety-cli-ask = { $number }/{ $total } { $question } [j/n]
safety-cli-answer-y-or-n = Antwoord j voor ja of n voor nee.
safety-cli-not-answered = vraag { $number } is niet beantwoord. Er is niets opgeslagen.
safety-cli-answers-count = --answers heeft { $needed } antwoorden nodig, yes of no, in de volgorde van de vragen (zie `rehabit safety --help`); je gaf er { $given }. Er is niets opgeslagen.
safety-cli-answer-not-yes-no = antwoord { $number } van --answers is "{ $text }"; gebruik yes of no. Er is niets opgeslagen.
safety-cli-clear = Dank je. Niets van wat je antwoordde staat oefenen in de weg.
safety-cli-ask-again = Verandert er iets, beantwoord de vragen dan opnieuw: rehabit safety
safety-cli-book-appointment = Maak een afspraak.
safety-cli-stop = Stop: oefen vandaag niet.
safety-cli-until-cleared = rehabit start geen sessie totdat je bevestigt dat een arts of fysiotherapeut heeft gezegd dat je mag oefenen: rehabit safety --clear
safety-cli-but-on = Maar op { $date } antwoordde je ja op:
safety-cli-sessions-wait = Sessies wachten totdat je bevestigt dat een arts of fysiotherapeut heeft gezegd dat je mag oefenen: rehabit safety --clear
safety-cli-saved = Je antwoorden staan in je logboek, voor het verslag aan je fysiotherapeut.
safety-cli-nothing-to-clear = Niets op te heffen: geen van je antwoorden wacht op toestemming van een arts of fysiotherapeut.
safety-cli-confirm-only-if = Bevestig dit alleen als een arts of fysiotherapeut weet wat je hebt geantwoord (of je sindsdien heeft gezien) en heeft gezegd dat je je oefeningen mag doen.
safety-cli-confirm = Heeft een arts of fysiotherapeut gezegd dat je mag oefenen? Typ j om te bevestigen:
safety-cli-could-not-read = kon je antwoord niet lezen: { $error }
safety-cli-not-recorded = Er is niets opgeslagen. Sessies wachten nog op toestemming van een arts of fysiotherapeut.
safety-cli-recorded = Opgeslagen. Je kunt weer oefenen. Verandert er iets, beantwoord de vragen dan opnieuw: rehabit safety
