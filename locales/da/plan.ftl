# `rehabit plan`: programmet uge for uge, som tekst.

plan-week = Uge { $week } ({ $from } til { $to })
plan-date-from = %a %-d. %b
plan-date-to = %a %-d. %b %Y
plan-weekday = %a
plan-times-this-week = { $times ->
        [one] én gang denne uge
        [2] to gange denne uge
       *[other] { $times } gange denne uge
    }
plan-not-this-week = ikke denne uge
plan-every-day = hver dag
plan-at-clinic = { $when }, på klinikken
plan-exercise-level = { $name } (niveau { $level })
plan-changed-key = * ændret siden ugen før
plan-pain-guides = Øges kun, så længe smerterne er acceptable og har lagt sig næste morgen.
