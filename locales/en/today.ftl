# The Today screen.

# After the programme's title: " · week 3".
today-week = week { $week }
today-no-programme-chosen = No programme chosen yet, so this is the gentle start (see `rehabit programs`).
