today-week = vecka { $week }
today-no-programme-chosen = Du har inte valt något program än, så det här är den varsamma starten (se `rehabit programs`).
