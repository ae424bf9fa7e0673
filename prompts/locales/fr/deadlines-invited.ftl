## /extensions N : une prorogation seulement pour un État invité à la consultation.

deadlines-state-not-invited = L'État indiqué ({ $country }) ne figure pas parmi les États invités à cette consultation : une prorogation ne concernerait personne. Veuillez saisir le nom d'un État invité.
