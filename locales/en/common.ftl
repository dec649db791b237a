# Texts shared by several screens and commands, and the date formats.
# Date patterns use chrono's strftime codes; weekday and month names come out in the language.

# "Sunday 22 November"
date-weekday-day-month = %A %-d %B
# "Sun 22 Nov"
date-short = %a %-d %b
# "22 November 2026"
date-day-month-year = %-d %B %Y

common-window-too-small =
    This window is too small. Please make it at least { $min_width } columns wide and { $min_height } rows high (it is { $width } x { $height } now).
