today-week = uge { $week }
today-no-programme-chosen = Du har ikke valgt et program endnu, så dette er den blide start (se `rehabit programs`).
