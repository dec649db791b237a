date-weekday-day-month = %A %-d. %B
date-short = %a %-d. %b
date-day-month-year = %-d. %B %Y

common-window-too-small =
    Vinduet er for lille. Gør det mindst { $min_width } kolonner bredt og { $min_height } rækker højt (nu er det { $width } x { $height }).
