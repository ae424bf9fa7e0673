## Difusiones (/broadcast), informes de entrega y textos enviados a los coordinadores.

broadcast-choose-message = ¿Qué desea enviar a los coordinadores nacionales?
broadcast-kind-invitation = Invitación reiterada
broadcast-kind-reminder = Recordatorio
broadcast-kind-custom = Un texto de mi redacción
broadcast-cancel-button = Cancelar
broadcast-ask-text = Sírvase escribir el mensaje. Se enviará tal como lo redacte, bajo un encabezado en el idioma de cada destinatario (longitud máxima: { $max } caracteres).
broadcast-text-only = Sírvase escribir el mensaje como texto: no se pueden difundir stickers, fotos, mensajes de voz ni archivos.
broadcast-use-buttons = Sírvase elegir una de las opciones con los botones que figuran a continuación.
broadcast-choose-audience = ¿Quién debe recibirlo?
broadcast-choose-audience-reminder = ¿Quién debe recibirlo?

    No se envía un recordatorio a los países cuya aportación ya se ha recibido: las cifras que figuran a continuación no los incluyen.
broadcast-audience-all = Todos los coordinadores aprobados ({ $count })
broadcast-audience-not-submitted = Países que aún no han presentado aportaciones ({ $count })
broadcast-audience-countries = Países que yo elija
broadcast-ask-countries = Sírvase escribir los países separados por comas: nombres en cualquiera de los seis idiomas o códigos ISO (por ejemplo: Kenya, Francia, CN). Pulse «Listo» cuando la lista esté completa.
broadcast-countries-selected = Países seleccionados: { $count }
broadcast-country-line = • { $country } (coordinadores: { $focal })
broadcast-countries-unknown = No reconocido: { $names }. Sírvase comprobar la ortografía.
broadcast-countries-suggest = ¿Se refería a alguno de estos países con «{ $text }»?
broadcast-countries-done = Listo
broadcast-countries-clear = Vaciar la lista
broadcast-countries-empty = Sírvase añadir al menos un país antes de pulsar «Listo».
broadcast-no-recipients = Ningún coordinador aprobado corresponde a esta elección. Sírvase elegir otros destinatarios.
broadcast-preview-title = Las vistas previas anteriores muestran el mensaje tal como lo verán los destinatarios, en cada uno de sus idiomas.
broadcast-preview-language = Vista previa en { $name } (destinatarios: { $count }):
broadcast-confirm = Número de destinatarios: { $count }. ¿Desea enviar el mensaje ahora?
broadcast-confirm-unreachable = De ellos, { $count } no pudieron ser contactados la última vez (se bloqueó el bot o el chat ya no existe); se intentará de nuevo.
broadcast-send-button = Enviar
broadcast-change-message = Cambiar el mensaje
broadcast-change-audience = Cambiar los destinatarios
broadcast-queued = La difusión { $id } se ha puesto en cola. Número de destinatarios: { $count }. Su avance se indicará en este mensaje.
broadcast-queued-behind = Difusiones que la preceden en la cola: { $count }. Comenzará en cuanto estas hayan terminado.
broadcast-cancelled = Se ha cancelado la difusión; no se ha enviado nada.
broadcast-progress = Difusión { $id }: { $sent } de { $total } enviados, { $unreachable } no localizables
broadcast-progress-failed = Fallidos: { $count }
broadcast-progress-skipped = No enviados porque el país ha presentado su aportación entretanto: { $count }
broadcast-progress-deferred = En espera del horario de oficina en el país del destinatario: { $count }
broadcast-report = La difusión { $id } ha concluido: { $sent } de { $total } entregados. No localizables: { $unreachable }. Fallidos: { $failed }. Ya no necesarios: { $skipped }.
broadcast-report-in-doubt = Mensajes que se estaban enviando durante un reinicio y se enviaron de nuevo (esos destinatarios pueden haber recibido dos copias): { $count }
broadcast-report-unreachable-title = No pudieron ser contactados:
broadcast-report-unreachable-line = • { $country }: { $name } ({ $reason })
broadcast-reason-blocked = ha bloqueado el bot
broadcast-reason-deactivated = cuenta eliminada
broadcast-reason-chat-not-found = el chat ya no existe
broadcast-reason-failed = la entrega falló

## Enviados a los coordinadores (encabezado de un texto redactado por la secretaría; recordatorio).

broadcast-custom-text =
    Mensaje de la secretaría del Programa de las Naciones Unidas para el Medio Ambiente:

    { $text }
broadcast-reminder-text =
    Recordatorio de la secretaría del Programa de las Naciones Unidas para el Medio Ambiente

    { $title }

    La secretaría aún no ha recibido la aportación de su Gobierno. Se ruega que la presente a más tardar el { $deadline }, antes de la reunión prevista ({ $meeting }). Para presentar una observación, sírvase pulsar el botón que figura a continuación o enviar /comment.
