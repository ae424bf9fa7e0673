## El espacio de trabajo de la secretaría: el directorio de coordinadores (/focalpoints), las alertas (/alerts), el registro de auditoría (/audit).

help-workspace-staff =
    /focalpoints: el directorio de coordinadores nacionales
    /alerts: alertas de comunicaciones nuevas o revisadas
help-workspace-admin =
    /audit: el registro de auditoría

## /focalpoints

fp-title = Coordinadores nacionales: { $total } (página { $page } de { $pages })
fp-title-search = Coordinadores nacionales que coinciden con «{ $text }»: { $total } (página { $page } de { $pages })
fp-none = Todavía no se ha inscrito ningún coordinador nacional.
fp-none-search = Ningún coordinador nacional coincide con «{ $text }». Escriba /focalpoints sin más para verlos todos.
fp-search-hint = Para buscar, escriba /focalpoints seguido de un nombre, una dirección de correo electrónico o un Estado.
fp-entry =
    { $number }. { $country }: { $name }
    { $title }, { $organisation }
    { $email } · { $lang } · { $status }
    { $registered } · Última actividad: { $activity }
fp-status-active = activo
fp-status-deactivated = desactivado
fp-status-pending = pendiente de aprobación
fp-status-rejected = no aprobado
fp-via-link = inscrito mediante un enlace creado por { $by }
fp-via-link-anonymous = inscrito mediante un enlace de invitación
fp-via-approval = aprobado por { $by } el { $date }
fp-via-approval-anonymous = aprobado por la secretaría
fp-via-undecided = inscrito sin enlace el { $date }
fp-activity-none = ninguna
fp-open = { $number }
fp-page-previous = ‹ Anterior
fp-page-next = Siguiente ›
fp-export-xlsx = Exportar (XLSX)
fp-export-csv = Exportar (CSV)
fp-export-caption = Directorio de coordinadores nacionales al { $date }: { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }.
fp-card =
    { $name }
    Cargo: { $title }
    Organización: { $organisation }
    Correo electrónico: { $email }
    Estado: { $country }
    Idioma: { $lang }
    Situación: { $status }
    Inscripción: { $registered }
    Última actividad: { $activity }
    Comunicaciones: { $submissions }
    Identificador de Telegram: { $telegram_id }
fp-card-deactivated = Desactivado el { $date } por { $by }. Motivo: { $reason }
fp-card-rejected = Motivo indicado: { $reason }
fp-deactivate = Desactivar
fp-reactivate = Reactivar
fp-move = Asignar a otro Estado
fp-successor = Invitar a un sucesor
fp-back = ‹ Volver a la lista
fp-gone = Esta persona ya no figura en el directorio.
fp-deactivate-why = ¿Por qué motivo se debe desactivar a { $name } ({ $country })? Sírvase elegir un motivo o escribir el suyo. Se comunicará a la persona en su idioma.
fp-type-reason = Sírvase escribir el motivo en un solo mensaje (como máximo { $max } caracteres). Se comunicará a la persona tal como lo escriba. /cancel interrumpe sin cambiar nada.
fp-reason-too-long = El motivo tiene { $length } caracteres; el máximo es { $max }. Sírvase abreviarlo y enviarlo de nuevo.
fp-reason-not-text = Sírvase escribir el motivo como mensaje de texto, o /cancel para interrumpir.
fp-deactivate-confirm =
    ¿Desactivar a { $name } ({ $country })?
    Motivo: { $reason }

    Esta persona ya no podrá presentar observaciones; lo que ya haya presentado se conserva. Se le informará en su idioma.
fp-deactivate-yes = Sí, desactivar
fp-no = No, volver
fp-deactivated-staff = { $name } ({ $country }) ha sido desactivado y se le informará.
fp-reactivate-confirm = ¿Reactivar a { $name } ({ $country })? Podrá presentar observaciones de nuevo y se le informará.
fp-reactivate-yes = Sí, reactivar
fp-reactivated-staff = { $name } ({ $country }) está activo de nuevo y se le informará.
fp-not-possible = Esta operación ya no es posible: la situación de la persona es ahora «{ $status }».
fp-move-ask = ¿A qué Estado se debe asignar a { $name }? Sírvase escribir su nombre. /cancel interrumpe sin cambiar nada.
fp-move-which = ¿Qué Estado quiere decir con «{ $text }»? Sírvase elegir:
fp-move-unknown = «{ $text }» no es un Estado ni una organización que reconozcamos. Sírvase escribir su nombre en uno de los seis idiomas, o su código ISO.
fp-move-same = { $name } ya representa a { $country }. Sírvase escribir otro Estado.
fp-move-confirm = ¿Asignar a { $name } a { $to } en lugar de { $from }? Sus comunicaciones siguen correspondiendo a { $from }. Se le informará.
fp-move-yes = Sí, asignar
fp-moved-staff = { $name } representa ahora a { $to }.
fp-cancelled = No se ha cambiado nada.

## Motivos habituales (comunicados a la persona en su idioma)

reason-left-post = La persona ha dejado el cargo.
reason-replaced = El Gobierno ha designado a otro coordinador nacional.
reason-not-designated = La persona no ha sido designada por el Gobierno interesado.
reason-forwarded-link = El enlace de invitación se transmitió a una persona a la que no estaba destinado.
reason-not-government = Los datos facilitados no corresponden a un organismo gubernamental.
reason-unverified = No ha sido posible verificar los datos facilitados.
reason-type = Escribir otro motivo

## Lo que se comunica al coordinador nacional

fp-you-are-deactivated = La secretaría ha desactivado su inscripción como coordinador nacional para { $country }. Ya no puede presentar observaciones mediante este bot; las observaciones que ya presentó quedan registradas. Motivo: { $reason }
fp-you-are-reactivated = Su inscripción como coordinador nacional para { $country } está activa de nuevo. Puede volver a presentar observaciones.
fp-you-are-moved = Su inscripción como coordinador nacional corresponde ahora a { $country }.
fp-rejected-reason = Motivo: { $reason }
prof-status-deactivated = Situación: inscripción desactivada por la secretaría.
access-deactivated = La secretaría ha desactivado su inscripción como coordinador nacional, por lo que ya no puede presentar observaciones. Si considera que se trata de un error, sírvase ponerse en contacto con la secretaría.

## Rechazo de una inscripción

role-reject-why = ¿Por qué motivo no se aprueba la inscripción de { $name } ({ $country })? Sírvase elegir un motivo o escribir el suyo. Se comunicará a la persona en su idioma.
role-reject-none = Rechazar sin indicar motivo

## /alerts

alerts-title = Alertas de comunicaciones nuevas o revisadas. Sírvase elegir una consulta:
alerts-line = { $consultation }: { $mode }
alerts-mode-immediate = cada comunicación en cuanto llega
alerts-mode-digest = un resumen diario a las { $hour } ({ $zone })
alerts-mode-off = ninguna alerta
alerts-none = No hay ninguna consulta que seguir.
alerts-choose-mode = { $consultation }. Ahora: { $mode }. ¿Cómo desea que se le informe de las comunicaciones nuevas o revisadas?
alerts-button-immediate = En cuanto llegue
alerts-button-digest = Resumen diario
alerts-button-off = Ninguna alerta
alerts-choose-hour = ¿A qué hora se debe enviar el resumen?
alerts-choose-zone = ¿En qué huso horario se entienden las { $hour }?
alerts-saved = Se ha guardado. { $consultation }: { $mode }.
alert-new = Nueva comunicación { $reference } de { $country }: { $topic }, { $type }.
alert-revised = La comunicación { $reference } de { $country } ha sido revisada (versión { $version }): { $topic }, { $type }.
alert-paragraph = Párrafo { $paragraph } del informe.
alert-title = { $consultation }
digest-title = Resumen diario, { $consultation }: { $count ->
        [one] { $count } comunicación nueva o revisada
       *[other] { $count } comunicaciones nuevas o revisadas
    } desde el { $since }.
digest-new = • { $reference } · { $country } · { $topic } (nueva)
digest-revised = • { $reference } · { $country } · { $topic } (versión { $version })
digest-more = … y { $count } más.

## /audit

audit-title = Registro de auditoría: { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }, de la más reciente a la más antigua.
audit-filter = Filtro: { $filter }
audit-entry =
    { $number }. { $when } · { $action }
    Por: { $actor }
    Objeto: { $subject }
audit-details = Detalles: { $details }
audit-actor = { $name } (participante { $participant }, Telegram { $telegram })
audit-actor-bot = el bot
audit-actor-erased = una persona cuyos datos se han suprimido
audit-actor-unnamed = participante { $participant }, Telegram { $telegram }
audit-none = Ninguna entrada coincide.
audit-older = Más antiguas ›
audit-newest = ‹‹ Más recientes
audit-usage = /audit muestra las últimas entradas del registro de auditoría. Para acotarlas: /audit person <número de participante>, /audit state <Estado>, /audit action <acción>, /audit ref <referencia de la comunicación>.
audit-bad-filter = No se entiende «{ $text }».
audit-unknown-state = «{ $text }» no es un Estado ni una organización que reconozcamos.

## El directorio como archivo (XLSX y CSV)

fpx-sheet = Coordinadores nacionales
fpx-col-country-code = Código
fpx-col-country = Estado
fpx-col-title = Cargo
fpx-col-name = Nombre
fpx-col-organisation = Organización
fpx-col-email = Correo electrónico
fpx-col-language = Idioma
fpx-col-status = Situación
fpx-col-registered-via = Forma de inscripción
fpx-col-registered-by = Enlace creado o inscripción aprobada por
fpx-col-registered-at = Inscripción (UTC)
fpx-col-last-activity = Última actividad (UTC)
fpx-col-submissions = Comunicaciones
fpx-col-deactivated-at = Desactivación (UTC)
fpx-col-reason = Motivo
fpx-col-telegram-id = Identificador de Telegram
fpx-via-link = enlace
fpx-via-approval = aprobación
fpx-via-undecided = pendiente de decisión
