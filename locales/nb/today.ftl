today-week = uke { $week }
today-no-programme-chosen = Du har ikke valgt et program ennå, så dette er den rolige starten (se `rehabit programs`).
