# `rehabit plan`: het programma week voor week, als tekst.

plan-week = Week { $week } ({ $from } t/m { $to })
plan-date-from = %a %-d %b
plan-date-to = %a %-d %b %Y
plan-weekday = %a
plan-times-this-week = { $times ->
        [one] één keer deze week
        [2] twee keer deze week
       *[other] { $times } keer deze week
    }
plan-not-this-week = niet deze week
plan-every-day = elke dag
plan-at-clinic = { $when }, in de praktijk
plan-exercise-level = { $name } (niveau { $level })
plan-changed-key = * gewijzigd sinds de week ervoor
plan-pain-guides = Bouwt alleen op zolang de pijn acceptabel blijft en de volgende ochtend weer gezakt is.
