## /schedule: plazo, fechas de la reunión y recordatorios.

schedule-title = Calendario de la consulta
schedule-deadline = Plazo para las aportaciones: { $deadline }
schedule-meeting = Reunión: { $meeting }
schedule-reminders-title = Recordatorios previstos:
schedule-reminders-none = No hay ningún recordatorio previsto.
schedule-days-before = { $days ->
    [one] { $days } día antes del vencimiento del plazo
   *[other] { $days } días antes del vencimiento del plazo
}
schedule-reminder-line = • { $offset }: { $when } (destinatarios por ahora: { $count })
schedule-history-title = Recordatorios anteriores:
schedule-reminder-sent = • { $offset }: enviado el { $when }
schedule-reminder-skipped = • { $offset }: no enviado (el plazo había vencido o lo sustituyó un recordatorio posterior)
schedule-reminder-cancelled = • { $offset }: cancelado
schedule-change-deadline = Cambiar el plazo
schedule-change-meeting = Cambiar las fechas de la reunión
schedule-add-reminder = Añadir un recordatorio
schedule-cancel-reminder = Cancelar un recordatorio
schedule-close = Cerrar
schedule-back-button = Volver
schedule-confirm-button = Confirmar
schedule-ask-deadline = Sírvase escribir el nuevo plazo en la forma año-mes-día y hora, según la hora de { $zone }, por ejemplo: { $example }
schedule-ask-meeting = Sírvase escribir el primer y el último día de la reunión en la forma año-mes-día, por ejemplo: { $example }
schedule-ask-offset = ¿Cuántos días antes del vencimiento del plazo debe enviarse el recordatorio? Sírvase escribir un número del 1 al { $max }.
schedule-bad-date = No se ha podido leer esta fecha. Sírvase escribirla de esta forma: { $example }
schedule-deadline-past = El nuevo plazo debe situarse en el futuro. Sírvase escribir otra fecha.
schedule-deadline-before-opening = El plazo debe ser posterior a la apertura de la consulta ({ $opens }). Sírvase escribir otra fecha.
schedule-deadline-after-meeting = El plazo debe vencer antes de la reunión, que se inaugura el { $meeting }. Sírvase escribir una fecha anterior o modificar primero las fechas de la reunión.
schedule-meeting-order = El último día de la reunión no puede ser anterior al primero. Sírvase escribir de nuevo las fechas.
schedule-meeting-before-deadline = La reunión debe inaugurarse después del vencimiento del plazo para presentar aportaciones ({ $deadline }). Sírvase escribir fechas posteriores o modificar primero el plazo.
schedule-bad-offset = Sírvase escribir un número entero del 1 al { $max }.
schedule-offset-past = Con el plazo actual, este recordatorio caería en el pasado ({ $when }). Sírvase escribir un número menor.
schedule-offset-exists = Ya hay un recordatorio previsto { $offset }.
schedule-confirm-deadline = ¿Cambiar el plazo del { $old } al { $new }? Los recordatorios se reprogramarán en consecuencia.
schedule-confirm-meeting = ¿Cambiar las fechas de la reunión ({ $old }) por { $new }?
schedule-changed = Se ha guardado el cambio y se han reprogramado los recordatorios.
schedule-reminder-added = Se ha añadido el recordatorio.
schedule-reminder-removed = Se ha cancelado el recordatorio.
schedule-pick-reminder = ¿Qué recordatorio desea cancelar?
schedule-reminder-button = { $offset }: { $date }
schedule-closed = Se ha cerrado el calendario.
schedule-use-buttons = Sírvase utilizar los botones que figuran a continuación.
schedule-text-only = Sírvase escribir su respuesta como texto.
schedule-cancelled = No se ha modificado nada.
