## Plazos que cambian (issue 17): prórrogas por Estado, avisos de un cambio, advertencias a quien tiene un borrador abierto, solicitudes de prórroga y lo que muestra /schedule.

deadlines-help-staff = /extensions: prórrogas del plazo concedidas a determinados Estados, y solicitudes de prórroga

deadlines-extended-notice = La secretaría tiene el honor de informarle de que el plazo para presentar aportaciones a la consulta «{ $title }» se ha prorrogado hasta el { $deadline } (anteriormente, el { $previous }).
deadlines-brought-forward-notice = La secretaría tiene el honor de informarle de que el plazo para presentar aportaciones a la consulta «{ $title }» se ha adelantado al { $deadline } (anteriormente, el { $previous }). No podrán aceptarse las aportaciones que se reciban después de esa fecha.
deadlines-state-extended-notice = La secretaría tiene el honor de informarle de que se ha concedido una prórroga del plazo para { $country } en la consulta «{ $title }»: podrán presentarse aportaciones hasta el { $deadline }.
deadlines-state-revoked-notice = La secretaría tiene el honor de informarle de que se ha retirado la prórroga del plazo concedida para { $country } en la consulta «{ $title }»: el plazo vence el { $deadline }.
deadlines-warning-day = Tiene un borrador de observación sobre la consulta «{ $title }» que aún no se ha presentado. El plazo vence el { $deadline }, dentro de un día: sírvase completar y presentar su observación antes de esa fecha.
deadlines-warning-hour = Tiene un borrador de observación sobre la consulta «{ $title }» que aún no se ha presentado. El plazo vence el { $deadline }, dentro de una hora: sírvase presentar su observación ahora.
deadlines-request-notice = El coordinador nacional designado para { $country } solicita una prórroga del plazo de la consulta «{ $title }». Sírvase conceder una prórroga con una nueva fecha, o denegar la solicitud indicando el motivo.
deadlines-request-grant = Conceder una prórroga
deadlines-request-decline = Denegar
deadlines-declined-notice = La secretaría ha examinado detenidamente su solicitud de prórroga del plazo de la consulta «{ $title }» y lamenta no poder concederla, por el siguiente motivo: { $reason }

deadlines-draft-closed = La consulta se cerró el { $deadline }: esta observación ya no puede presentarse. Su borrador se ha conservado tal como estaba.
deadlines-draft-title = Su borrador, no presentado:
deadlines-draft-offer-request = Si su Gobierno necesita más tiempo, puede solicitar a la secretaría una prórroga del plazo.
deadlines-ask-button = Solicitar una prórroga
deadlines-request-sent = Su solicitud de prórroga se ha transmitido a la secretaría. Se le informará aquí de su decisión.
deadlines-request-pending = La secretaría ya tiene ante sí una solicitud de prórroga para su Estado. Se le informará aquí de su decisión.

deadlines-reminder-delivered = • { $offset }: enviado el { $when } a { $count ->
    [one] 1 coordinador
   *[other] { $count } coordinadores
}
deadlines-reminder-queued = • { $offset }: en cola desde el { $when }, aún no entregado
deadlines-reminder-waiting = ({ $count ->
    [one] 1 mensaje a la espera
   *[other] { $count } mensajes a la espera
} del horario de oficina, a partir del { $when })
deadlines-reminder-not-delivered = • { $offset }: no entregado ({ $count ->
    [one] 1 mensaje: el Estado presentó antes su aportación, el plazo venció antes del horario de oficina o no fue posible contactar al destinatario
   *[other] { $count } mensajes: los Estados presentaron antes su aportación, el plazo venció antes del horario de oficina o no fue posible contactar a los destinatarios
})
deadlines-skipped-no-civil-hour = • { $offset }: no enviado (en los países de los destinatarios no quedaba ninguna hora de oficina ni hora diurna antes del vencimiento del plazo)
deadlines-skipped-already-reminded = • { $offset }: no enviado (todos los interesados ya habían recibido este recordatorio)
deadlines-skipped-nobody = • { $offset }: no enviado (todos los Estados interesados habían presentado su aportación)
deadlines-skipped-deadline-moved = • { $offset }: no enviado (con el nuevo plazo, su hora ya había pasado)
deadlines-schedule-state = Prórroga concedida para { $country }: plazo hasta el { $deadline }
deadlines-schedule-state-withdrawn = Prórroga concedida para { $country }, retirada:
deadlines-notice-preview = Este aviso se enviará, en horario de oficina del país de cada destinatario, { $count ->
    [0] a nadie (no hay ningún coordinador interesado)
    [one] a 1 persona (coordinadores de los Estados interesados que no han presentado aportaciones, y toda persona con un borrador abierto)
   *[other] a { $count } personas (coordinadores de los Estados interesados que no han presentado aportaciones, y toda persona con un borrador abierto)
}:

deadlines-title = Prórrogas del plazo: { $title }
deadlines-none = No se ha concedido ninguna prórroga.
deadlines-line = • { $country }: hasta el { $deadline } (concedida el { $granted })
deadlines-requests-title = Solicitudes pendientes de respuesta:
deadlines-request-line = • { $country }, recibida el { $when }
deadlines-grant-button = Conceder una prórroga
deadlines-withdraw-button = Retirar una prórroga
deadlines-close-button = Cerrar
deadlines-back-button = Volver
deadlines-confirm-button = Confirmar
deadlines-ask-state = Sírvase escribir el nombre del Estado al que se concede la prórroga.
deadlines-unknown-state = Este nombre no se ha reconocido como el de un Estado. Sírvase escribirlo de nuevo, por ejemplo: Kenya
deadlines-state-candidates = Este nombre no se ha reconocido con exactitud. ¿Se refiere a: { $names }? Sírvase escribir el nombre de nuevo.
deadlines-ask-date = El plazo para { $country } vence el { $deadline }. Sírvase escribir el nuevo plazo en la forma año-mes-día y hora, en la hora de { $zone }, por ejemplo: { $example }
deadlines-date-not-later = Una prórroga debe terminar después del { $deadline }. Sírvase escribir una fecha posterior.
deadlines-confirm-grant = ¿Conceder una prórroga del plazo para { $country } hasta el { $deadline }?
deadlines-confirm-withdraw = ¿Retirar la prórroga concedida para { $country }? Su plazo volverá a vencer el { $deadline }.
deadlines-pick-withdraw = ¿Qué prórroga debe retirarse?
deadlines-pick-line = { $country }: { $date }
deadlines-granted = Se ha concedido la prórroga para { $country } hasta el { $deadline }, y sus recordatorios se han reprogramado.
deadlines-withdrawn = Se ha retirado la prórroga concedida para { $country }.
deadlines-ask-reason = Sírvase escribir el motivo por el que se deniega la solicitud presentada para { $country } (como máximo { $max } caracteres). El coordinador lo recibirá tal como usted lo redacte.
deadlines-bad-reason = Sírvase escribir el motivo como texto, de { $max } caracteres como máximo.
deadlines-declined = Se ha denegado la solicitud presentada para { $country }, y se ha informado a su coordinador.
deadlines-request-answered = Ya se ha respondido a esta solicitud.
deadlines-use-buttons = Sírvase utilizar los botones que figuran a continuación.
deadlines-text-only = Sírvase escribir su respuesta como texto.
deadlines-cancelled = No se ha modificado nada.
deadlines-closed = Se han cerrado las prórrogas.

# La exportación de los borradores no presentados (/extensions).
deadlines-unsent-button = Borradores no presentados (CSV)
deadlines-unsent-none = No hay ningún borrador abierto: todas las observaciones iniciadas se han presentado o descartado.
deadlines-unsent-caption = Borradores no presentados: { $count }. Estas observaciones nunca se presentaron y no forman parte de las aportaciones recibidas.
deadlines-unsent-mark = BORRADOR NO PRESENTADO
deadlines-col-status = Estado del texto
deadlines-col-country = Estado
deadlines-col-focal-point = Coordinador nacional
deadlines-col-saved = Guardado por última vez
deadlines-col-topic = Tema
deadlines-col-type = Tipo de observación
deadlines-col-paragraph = Párrafo
deadlines-col-comment = Observación (borrador)
deadlines-col-proposed = Texto propuesto (borrador)
deadlines-col-revises = Revisión de

# Cierre de una consulta antes de su plazo (/consultations).
deadlines-closed-early-notice = La secretaría tiene el honor de informarle de que la consulta «{ $title }» se cerró el { $deadline }, antes de su plazo. Ya no es posible presentar aportaciones; las aportaciones ya presentadas se conservan.
deadlines-confirm-close = ¿Cerrar ahora la consulta n.º { $id } ({ $title }), antes de su plazo?
deadlines-confirm-close-button = Cerrar ahora
