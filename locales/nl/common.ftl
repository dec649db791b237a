date-weekday-day-month = %A %-d %B
date-short = %a %-d %b
date-day-month-year = %-d %B %Y

common-window-too-small =
    Dit venster is te klein. Maak het minstens { $min_width } kolommen breed en { $min_height } regels hoog (nu is het { $width } x { $height }).
