today-week = week { $week }
today-no-programme-chosen = Je hebt nog geen programma gekozen, dus dit is de rustige start (zie `rehabit programs`).
