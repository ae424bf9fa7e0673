## /consultations: las consultas de este bot y lo que la secretaría decide sobre ellas.
consultations-title = Consultas
consultations-line =
    N.º { $id }: { $title }
    Situación: { $state }. Plazo: { $deadline }. Comunicaciones: { $submissions }.
consultations-state-draft = borrador
consultations-state-open = abierta
consultations-state-closed = cerrada
consultations-state-archived = archivada
consultations-btn-open = Abrir la n.º { $id }
consultations-btn-close = Cerrar la n.º { $id }
consultations-btn-archive = Archivar la n.º { $id }
consultations-btn-copy = Copiar la n.º { $id } para una nueva ronda
consultations-done-open = La consulta n.º { $id } está ahora abierta a la presentación de observaciones.
consultations-done-close = La consulta n.º { $id } está ahora cerrada: ya no se pueden presentar ni modificar observaciones.
consultations-done-archive = La consulta n.º { $id } ha sido archivada.
consultations-copy-ask-deadline = Copia de la consulta n.º { $id } para una nueva ronda. Sírvase escribir su plazo en la forma año-mes-día y hora, en la hora de { $zone }, por ejemplo: { $example }
consultations-copy-ask-meeting = El plazo vencerá el { $deadline }. Sírvase escribir el primer y el último día de la reunión de la nueva ronda en la forma año-mes-día, por ejemplo: { $example }
consultations-copied-dates =
    La consulta n.º { $id } se ha copiado para una nueva ronda como consulta n.º { $new } (borrador, vinculada a la ronda que renueva).
    Plazo: { $deadline }. Reunión: { $meeting }. Sus referencias comienzan por { $prefix }.
consultations-copy-cancelled = No se ha hecho ninguna copia.
consultations-copy-no-prefix = La consulta n.º { $id } no puede copiarse de nuevo: todos los prefijos de referencia previstos para sus rondas ya están en uso. Sírvase importar la definición de la nueva ronda con su propio prefijo.
comment-link-unavailable = La consulta que indica este enlace no está abierta actualmente a las observaciones de su Gobierno.
comment-link-draft-open = Tiene una observación en curso. Sírvase presentarla o descartarla primero (/comment) y luego abrir de nuevo el enlace para { $title }.
inv-link-for-consultation = Para ir directamente, una vez inscrito, a la consulta n.º { $id }, { $title }: { $link }
consultations-pick = N.º { $id }: { $title }
consultations-of = Consulta n.º { $id }: { $title }
export-choose-consultation = Exportación de las comunicaciones. Existen varias consultas: sírvase elegir aquella cuyas comunicaciones desea exportar (o escribir /export seguido de su número).
status-choose-consultation = Hay varias consultas abiertas. Sírvase elegir aquella cuyo estado desea consultar (o escribir /status seguido de su número).
stats-choose-consultation = Hay varias consultas abiertas. Sírvase elegir aquella cuyas cifras desea consultar (o escribir /stats seguido de su número).
broadcast-choose-consultation = Hay varias consultas abiertas. Sírvase elegir aquella a la que se refiere este mensaje: se enviará a los coordinadores de los Estados invitados a participar en ella.
broadcast-custom-text-of =
    Mensaje de la secretaría del Programa de las Naciones Unidas para el Medio Ambiente relativo a la consulta «{ $title }»:

    { $text }
status-unknown-consultation = No existe la consulta n.º { $number }. /consultations las enumera; /status solo da el estado de la consulta abierta.
export-col-source = Procedencia
export-source-bot = Presentada por medio del bot
export-source-imported = Importada: recibida por { $source } el { $date }
export-source-imported-undated = Importada: recibida por { $source }
reg-named-consultation = El enlace que abrió indica la consulta n.º { $id }, { $title }: ya puede presentar sus comentarios al respecto.
reg-named-consultation-button = Formular comentarios sobre esta consulta
