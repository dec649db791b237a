today-week = week { $week }
today-no-programme-chosen = Nog geen programma gekozen: dit is de rustige start (zie `rehabit programs`).

today-status-done = vandaag klaar ✓
today-status-partly-done = vandaag · { $done } van { $total } klaar
today-status-due = vandaag
today-status-this-week = op een dag deze week
today-status-quota-met = weekdoel gehaald
today-status-not-today = niet vandaag
today-at-clinic = in de praktijk

today-quota = deze week: { $done } van { $times } { $times ->
        [one] dag
       *[other] dagen
    }
today-quota-minutes = deze week: { $done } van { $times } { $times ->
        [one] dag
       *[other] dagen
    }, { $minutes } van { $target } { $target ->
        [one] minuut
       *[other] minuten
    }

today-next-blocked = Train vandaag niet: eerst moet een arts naar een van je antwoorden kijken. Druk op Enter voor wat je kunt doen.
today-next-start = Druk op Enter om { $session } te starten.
today-next-up = { $done } is klaar. Hierna: { $next }.
today-next-all-done = Alles klaar voor vandaag. Goed gedaan! Druk op Enter om nog een sessie te doen.

today-see-soon = Op basis van je antwoorden op de veiligheidsvragen: maak een afspraak bij je fysiotherapeut of huisarts.
today-morning-pain-rising = Je pijn 's ochtends neemt week na week toe. Bespreek dit met je fysiotherapeut.
today-when-today = Vandaag
today-when-yesterday = Gisteren
today-when-on = Op { $date }
today-may-change-tomorrow = Dit kan nog veranderen, afhankelijk van hoe je rug morgenochtend voelt.
today-may-change-this-morning = Dit kan nog veranderen, afhankelijk van hoe je rug vanochtend voelt.
today-held-back = Je dosering blijft op het niveau van week { $week } (het schema is bij week { $plan_week }), omdat je pijn daarop reageerde. Die wordt weer opgebouwd zodra de pijn tot rust komt.

today-morning-greeting = Goedemorgen.
today-morning-question = Hoeveel pijn heb je vanochtend in je rug, van 0 tot 10?
today-morning-about = Het gaat om de oefeningen van gisteren, { $date }.
today-morning-scale = 0 betekent helemaal geen pijn, 10 de ergste pijn die je je kunt voorstellen.
today-morning-hint = Typ een getal en druk op Enter. Druk op s om de vraag nu over te slaan.

today-reminder-banner = { $title }: { $body }
today-unsaved-notice = { $reason }. Ze worden bewaard en zo snel mogelijk opgeslagen; ga gerust door.
today-unsaved-report = rehabit: { $reason }. Ze staan hieronder: bewaar ze. Als het probleem is opgelost, kunnen ze ongewijzigd aan het eind van { $path } worden toegevoegd.
today-journal-not-opened = { $error }. Wat je doet, wordt bewaard en zo snel mogelijk opgeslagen.
today-screen-unusable = het scherm kon niet worden gebruikt: { $error }

today-text-no-programme-chosen = (Je hebt geen programma gekozen, dus dit is de rustige start. Zie `rehabit programs`.)
today-text-done-today = vandaag klaar
