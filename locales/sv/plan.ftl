# `rehabit plan`: programmet vecka för vecka, som text.

plan-week = Vecka { $week } ({ $from } till { $to })
plan-date-from = %a %-d %b
plan-date-to = %a %-d %b %Y
plan-weekday = %a
plan-times-this-week = { $times ->
        [one] en gång denna vecka
        [2] två gånger denna vecka
       *[other] { $times } gånger denna vecka
    }
plan-not-this-week = inte denna vecka
plan-every-day = varje dag
plan-at-clinic = { $when }, på mottagningen
plan-exercise-level = { $name } (nivå { $level })
plan-changed-key = * ändrat sedan veckan innan
plan-pain-guides = Ökar bara så länge smärtan är acceptabel och har lagt sig till morgonen efter.
