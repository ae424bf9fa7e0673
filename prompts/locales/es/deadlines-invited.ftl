## /extensions N: una prórroga solo para un Estado invitado a la consulta.

deadlines-state-not-invited = El Estado indicado ({ $country }) no figura entre los Estados invitados a esta consulta: una prórroga no afectaría a nadie. Sírvase escribir el nombre de un Estado invitado.
