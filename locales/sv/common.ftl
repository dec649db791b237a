date-weekday-day-month = %A %-d %B
date-short = %a %-d %b
date-day-month-year = %-d %B %Y

common-window-too-small =
    Fönstret är för litet. Gör det minst { $min_width } kolumner brett och { $min_height } rader högt (nu är det { $width } x { $height }).
