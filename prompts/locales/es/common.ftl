## Textos comunes: idioma, ayuda, menús, acceso, errores.

start-choose-language = Le damos la bienvenida. Este es el bot de consulta de la secretaría del PNUMA. Sírvase elegir el idioma en el que desea mantener la correspondencia.
language-choose = Sírvase elegir su idioma.
language-set = Su idioma es ahora el español.
language-current-mark = ✓ { $name }

help-intro = { $title }
help-anyone =
    /start: inscribirse o ver su perfil
    /profile: consultar o corregir sus datos
    /language: cambiar de idioma
    /verify: verificar una comunicación por su referencia
    /forget: suprimir sus datos personales
    /cancel: interrumpir el paso en curso
    /help: esta lista
help-focal-point =
    /comment: presentar una observación
    /mycomments: las comunicaciones de su país
help-staff =
    /invite, /invites: enlaces de invitación
    /letters: paquete de cartas para combinación de correspondencia
    /pending: inscripciones pendientes de aprobación
    /broadcast: enviar la invitación renovada o un recordatorio
    /broadcasts: las difusiones y los recordatorios enviados, y su entrega
    /schedule: plazo, fechas de la reunión y recordatorios
    /status: estado de las respuestas
    /export: descargar las comunicaciones
    /stats: cifras y gráfico
help-admin =
    /grant, /revoke: función de secretaría

menu-title = ¿Qué desea hacer?
menu-comment = Presentar una observación
menu-mycomments = Observaciones de mi país
menu-profile = Mi perfil
menu-language = Idioma
menu-help = Ayuda
menu-broadcast = Difusión
menu-schedule = Calendario
menu-status = Estado de las respuestas
menu-export = Exportar
menu-pending = Inscripciones pendientes
menu-invites = Enlaces de invitación

cmd-start = Inscribirse o ver su perfil
cmd-help = Lo que puede hacer
cmd-comment = Presentar una observación
cmd-mycomments = Comunicaciones de su país
cmd-profile = Consultar o corregir sus datos
cmd-language = Cambiar de idioma
cmd-verify = Verificar una comunicación por su referencia
cmd-cancel = Interrumpir el paso en curso
cmd-forget = Suprimir sus datos personales

access-not-registered = Esta función está reservada a los coordinadores nacionales inscritos. Sírvase enviar /start para inscribirse; si la secretaría le envió un enlace de invitación, sírvase abrir dicho enlace.
access-pending = Su inscripción está pendiente de aprobación por la secretaría. Se le notificará aquí tan pronto como haya sido examinada.
access-rejected = La secretaría no aprobó su inscripción. Si considera que se trata de un error, sírvase ponerse en contacto con la secretaría.
access-focal-points-only = Esta función está reservada a los coordinadores nacionales; las cuentas de la secretaría no pueden presentar observaciones.
access-denied = No tiene autorización para realizar esta operación.
access-private-only = Sírvase escribirme en una conversación privada: esta operación no puede realizarse en un grupo.

error-internal = Lo sentimos: se produjo un error por nuestra parte. Todo lo que introdujo antes de este mensaje se ha guardado. Sírvase intentarlo de nuevo en unos momentos.
unknown-command = Este comando no se reconoce. Sírvase enviar /help para ver lo que puede hacer.
fallback-text = No he comprendido este mensaje. Sírvase utilizar los botones o enviar /help para ver lo que puede hacer.
edit-not-taken = La modificación de un mensaje ya enviado no altera lo que se ha registrado. Para corregir una respuesta, sírvase utilizar los botones disponibles (por ejemplo, «Modificar» en la vista previa de su observación) o, en el caso de una observación ya presentada, /mycomments.
unsupported-content = Aquí solo puedo leer mensajes de texto. Sírvase escribir su respuesta.
button-stale = Este botón ya no es válido. Sírvase utilizar el último mensaje o enviar /help.
too-long-input = Este mensaje es demasiado largo ({ $length } { $length ->
        [one] carácter
       *[other] caracteres
    }; { $max } como máximo). Sírvase acortarlo y enviarlo de nuevo.

## Los datos que necesita cada participante (prompts/dated.py: facts, with_contact), uno por línea.

facts-deadline = Plazo para la presentación de observaciones: { $deadline }
facts-meeting = Reunión: { $meeting }
facts-contact = Contacto: { $secretariat }, correo electrónico: { $email }
facts-web = Informe y documentos: { $web }
