## Comunicaciones (issue 17): una nota en seis versiones lingüísticas, sus documentos, el momento del envío,
## las plantillas guardadas y el historial de cada difusión y cada recordatorio (/broadcasts).

broadcast-kind-template = Una plantilla guardada
broadcast-ask-version = Sírvase escribir la versión en { $name } del mensaje (como máximo { $max } caracteres). Se enviará tal como esté escrita, bajo un encabezamiento en el idioma del destinatario.
broadcast-versions-format = También puede enviar todas las versiones a la vez en un único documento de texto sin formato (.txt, UTF-8), cada versión bajo una línea que contenga solo el código de su idioma entre corchetes: [ar], [zh], [en], [fr], [ru] o [es].
broadcast-version-saved = Se ha guardado la versión en { $name }.
broadcast-versions-given = Versiones facilitadas: { $names }
broadcast-versions-missing = Versiones que faltan: { $names }
broadcast-versions-all-given = Se han facilitado las seis versiones lingüísticas. Pulse «Listo» para continuar, o un idioma para volver a escribir su versión.
broadcast-version-button = { $name }
broadcast-version-button-given = ✓ { $name }
broadcast-versions-done = Listo
broadcast-version-choose-language = Sírvase elegir primero, con los botones, el idioma de la versión que desea escribir.
broadcast-versions-file-type = El archivo «{ $name }» no puede leerse como versiones lingüísticas: sírvase enviar un documento de texto sin formato (.txt).
broadcast-versions-file-bad = No se han podido leer las versiones de «{ $name }». Cada versión debe figurar bajo una línea que contenga solo el código de su idioma entre corchetes, como [en] o [fr], sin nada antes de la primera de esas líneas, cada idioma una sola vez y cada versión con un máximo de { $max } caracteres.
broadcast-versions-file-read = Versiones leídas de «{ $name }»: { $names }.
broadcast-versions-or-audience = Cuando haya escrito las versiones que desee facilitar, sírvase elegir los destinatarios:

broadcast-templates-title = Plantillas guardadas:
broadcast-template-line = • { $name } ({ $languages })
broadcast-template-use = Utilizar «{ $name }»
broadcast-template-delete = Eliminar «{ $name }»
broadcast-template-deleted = Se ha eliminado la plantilla.
broadcast-templates-none = Todavía no se ha guardado ninguna plantilla. Un mensaje de redacción propia puede guardarse como plantilla desde su vista previa.
broadcast-template-loaded = Se ha cargado la plantilla «{ $name }». Puede modificar o completar sus versiones.
broadcast-save-template = Guardar como plantilla
broadcast-template-ask-name = Sírvase escribir un nombre para esta plantilla (como máximo { $max } caracteres). Una plantilla con el mismo nombre será sustituida.
broadcast-template-saved = Las versiones de este mensaje se han guardado como la plantilla «{ $name }».
broadcast-templates-full = No se ha podido guardar la plantilla: pueden conservarse como máximo { $max } plantillas. Sírvase eliminar una primero.

broadcast-ask-files = Puede adjuntar documentos a este mensaje (PDF, DOC, DOCX u ODT, como máximo { $max }), por ejemplo una nota verbal: sírvase enviar cada uno como archivo. Un documento se envía a todos los destinatarios, salvo que pulse su botón para reservarlo a los destinatarios de un idioma.
broadcast-files-attached = Documentos adjuntos: { $count }
broadcast-file-received = Documento recibido: { $name }.
broadcast-file-language = { $name }: para { $audience }
broadcast-file-for-everyone = todos los destinatarios
broadcast-file-remove = Quitar { $name }
broadcast-files-done = Continuar
broadcast-files-none = Continuar sin documentos
broadcast-files-only = Sírvase enviar los documentos como archivos, o pulsar uno de los botones que figuran a continuación.
broadcast-files-too-many = No se ha añadido el archivo «{ $name }»: una difusión puede tener como máximo { $max_files } documentos.
broadcast-preview-files = Documentos que se envían con él: { $names }
broadcast-change-files = Adjuntar o cambiar documentos

broadcast-choose-when = ¿Cuándo debe enviarse?
broadcast-when-now = Ahora
broadcast-when-at = En la fecha y hora que indique
broadcast-when-office-hours = En el próximo horario de oficina del país de cada destinatario
broadcast-ask-time = Sírvase escribir la fecha y la hora del envío en su huso horario, por ejemplo: { $example }
broadcast-bad-time = No se han podido leer la fecha y la hora. Sírvase escribirlas como en este ejemplo: 2013-01-20 10:00.
broadcast-time-past = Ese momento ya ha pasado. Sírvase indicar una fecha y una hora futuras.
broadcast-change-when = Cambiar el momento del envío
broadcast-when-line-now = Se enviará en cuanto pulse «Enviar».
broadcast-when-line-at = Se enviará el { $at }.
broadcast-when-line-office-hours = Se enviará durante el horario de oficina del país de cada destinatario: ahora a { $now } destinatarios y más tarde a { $later }.
broadcast-queued-scheduled = La difusión { $id } se enviará en el momento elegido. Hasta entonces puede cancelarse con /broadcasts.

broadcast-missing-no-recipients = No hay versión en: { $names } (ningún destinatario lee estos idiomas).
broadcast-fallback-needed = No hay versión en { $missing }: sírvase elegir con los botones que figuran a continuación qué versión recibirán sus destinatarios (número: { $count }).
broadcast-fallback-set = No hay versión en { $missing }: sus destinatarios (número: { $count }) recibirán la versión en { $chosen }.
broadcast-fallback-button = Destinatarios en { $missing }: enviar la versión en { $chosen }

## El historial (/broadcasts).

broadcasts-none = Todavía no se ha enviado ninguna difusión ni ningún recordatorio.
broadcasts-title = Difusiones y recordatorios, los más recientes primero (página { $page } de { $pages }; { $total } en total):
broadcasts-line = N.º { $id }: { $kind }, { $when }. Documentos: { $documents }.
broadcasts-kind-note = Mensaje de la secretaría
broadcasts-kind-scheduled-reminder = Recordatorio programado
broadcasts-when-now = en cola desde el { $created }
broadcasts-when-at = en cola desde el { $created } para el { $at }
broadcasts-when-office-hours = en cola desde el { $created } para el horario de oficina
broadcasts-counts = Destinatarios: { $total }. Enviados: { $sent }. Dudosos: { $doubt }. Fallidos: { $failed }. Bloqueados o inaccesibles: { $blocked }. No enviados (ya innecesarios o cancelados): { $skipped }.
broadcasts-counts-waiting = { " " }Pendientes de envío: { $waiting }.
broadcasts-open = N.º { $id }
broadcasts-newer = Más recientes
broadcasts-older = Más antiguos
broadcasts-back = Volver a la lista
broadcasts-detail = Difusión n.º { $id }: { $kind }, { $when }.
broadcasts-resend-of = Repite la difusión n.º { $id } para los destinatarios a los que esta no llegó.
broadcasts-documents = Documentos: { $names }
broadcasts-not-reached-title = No alcanzados ({ $count }):
broadcasts-not-reached-line = • { $country }: { $name } ({ $reason })
broadcasts-not-reached-more = … y { $count } más (véase el informe).
broadcasts-skipped-title = No enviados ({ $count }):
broadcasts-next-at = La próxima entrega está prevista para el { $at }.
broadcasts-reason-cancelled = se canceló el envío programado
broadcasts-reason-erased = se suprimieron los datos de la persona
broadcasts-reason-submitted = el país ha presentado su aportación
broadcasts-reason-deadline = había vencido el plazo
broadcasts-reason-skipped = ya no era necesario
broadcasts-reason-waiting = pendiente de envío
broadcasts-resend = Volver a enviar a los no alcanzados ({ $count })
broadcasts-resend-queued = La difusión { $id } se ha puesto en cola: la difusión { $original } de nuevo, para los destinatarios a los que no llegó (número: { $count }).
broadcasts-resend-nobody = No hay nadie a quien volver a enviarla: los destinatarios no alcanzados han abandonado la consulta, o ya se les está enviando de nuevo.
broadcasts-cancel = Cancelar el envío programado ({ $count })
broadcasts-cancelled = Se ha cancelado el envío programado de la difusión { $id }. Mensajes que no se enviarán: { $count }.
broadcasts-cancel-too-late = Ya no queda nada que cancelar: los mensajes de esta difusión ya se han enviado.
broadcasts-export-xlsx = Informe de entrega (XLSX)
broadcasts-export-csv = Informe de entrega (CSV)
broadcasts-report-title = Difusión { $id }
broadcasts-report-caption = Informe de entrega de la difusión { $id }. Destinatarios: { $rows }.
broadcasts-column-country = País
broadcasts-column-name = Nombre
broadcasts-column-language = Idioma
broadcasts-column-status = Estado
broadcasts-column-reason = Motivo
broadcasts-column-doubt = Dudoso (puede haber recibido dos copias)
broadcasts-column-attempts = Intentos
broadcasts-column-sent-at = Enviado el
broadcasts-status-pending = pendiente
broadcasts-status-sending = en curso de envío
broadcasts-status-sent = enviado
broadcasts-status-failed = fallido
broadcasts-status-unreachable = inaccesible
broadcasts-status-skipped = no enviado
broadcasts-yes = sí

## /schedule: the documents the automatic reminders carry
schedule-documents-button = Documentos de los recordatorios
schedule-documents-ask = Los documentos que figuran a continuación acompañan cada recordatorio automático de esta consulta (PDF, DOC, DOCX u ODT, { $max } como máximo), por ejemplo la nota verbal: para añadir uno, envíelo como archivo. Un documento se envía a todos los destinatarios, salvo que pulse su botón para reservarlo a los destinatarios de un idioma. Los recordatorios ya enviados no se modifican.
schedule-documents-back = Volver al calendario
schedule-documents-line = Documentos que acompañan los recordatorios: { $count }
schedule-documents-too-many = No se ha añadido el archivo «{ $name }»: los recordatorios pueden llevar { $max_files } documentos como máximo.
