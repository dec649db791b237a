# `rehabit plan`: programmet uke for uke, som tekst.

plan-week = Uke { $week } ({ $from } til { $to })
plan-date-from = %a %-d. %b
plan-date-to = %a %-d. %b %Y
plan-weekday = %a
plan-times-this-week = { $times ->
        [one] én gang denne uken
        [2] to ganger denne uken
       *[other] { $times } ganger denne uken
    }
plan-not-this-week = ikke denne uken
plan-every-day = hver dag
plan-at-clinic = { $when }, på klinikken
plan-exercise-level = { $name } (nivå { $level })
plan-changed-key = * endret siden uken før
plan-pain-guides = Økes bare så lenge smerten er akseptabel og har gitt seg til neste morgen.
