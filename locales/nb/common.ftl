date-weekday-day-month = %A %-d. %B
date-short = %a %-d. %b
date-day-month-year = %-d. %B %Y

common-window-too-small =
    Vinduet er for lite. Gjør det minst { $min_width } kolonner bredt og { $min_height } rader høyt (nå er det { $width } x { $height }).
