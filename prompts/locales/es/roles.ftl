## Funciones y aprobaciones (handlers/roles.py).

role-pending-entry = { $name }, { $title }, { $organisation } ({ $country }), { $email }, identificador de Telegram { $telegram_id }
role-pending-notice = Una nueva inscripción, realizada sin enlace de invitación, está pendiente de aprobación:
role-pending-link-problem = El enlace de invitación utilizado { $problem ->
        [expired] había caducado.
        [revoked] había sido retirado.
        [used_up] ya se había utilizado el número de veces permitido.
       *[other] no era válido.
    }
role-approve = ✓ Aprobar
role-reject = ✗ Rechazar
role-approve-number = ✓ Aprobar { $number }
role-reject-number = ✗ Rechazar { $number }
role-pending-none = No hay ninguna inscripción pendiente de aprobación.
role-pending-title = Inscripciones pendientes de aprobación: { $count }
role-pending-more = Inscripciones no mostradas: { $count }. Sírvase tramitar primero las anteriores.
role-already-decided = Esta inscripción ya ha sido tramitada (situación actual: { $status ->
        [approved] aprobada
        [rejected] rechazada
        [erased] datos suprimidos por la persona interesada
       *[other] { $status }
    }).
role-approved-staff = Aprobada: { $name } ({ $country }). Se ha notificado al coordinador.
role-rejected-staff = Rechazada: { $name } ({ $country }). Se ha notificado a la persona interesada.
role-you-are-approved = Su inscripción como coordinador nacional para { $country } ha sido aprobada por la secretaría.
role-you-are-rejected = Su inscripción como coordinador nacional para { $country } no ha sido aprobada por la secretaría. Si considera que se trata de un error, sírvase ponerse en contacto con la secretaría.

role-staff-entry = • { $name }, identificador de Telegram { $telegram_id }: { $role ->
        [admin] administrador
       *[secretariat] funcionario de la secretaría
    }
role-grant-usage =
    Para asignar la función de funcionario de la secretaría: /grant seguido del identificador de Telegram de la persona (puede consultarlo con /profile).

    Personal actual:
    { $staff }
role-revoke-usage =
    Para retirar la función de funcionario de la secretaría: /revoke seguido del identificador de Telegram de la persona.

    Personal actual:
    { $staff }
role-grant-unchanged = Sin cambios: { $telegram_id } ya es { $role ->
        [admin] administrador
       *[secretariat] funcionario de la secretaría
    }.
role-revoke-unchanged = Sin cambios: { $telegram_id } { $role ->
        [admin] es administrador (los administradores se definen en la configuración, ADMIN_IDS)
       *[other] no es funcionario de la secretaría
    }.
role-granted = { $telegram_id } es ahora funcionario de la secretaría y se le ha notificado.
role-granted-not-told = { $telegram_id } es ahora funcionario de la secretaría. No se le ha podido notificar: debe enviar /start al bot.
role-revoked = { $telegram_id } ha dejado de ser funcionario de la secretaría y se le ha notificado.
role-revoked-not-told = { $telegram_id } ha dejado de ser funcionario de la secretaría.
role-granted-you = Se le ha asignado la función de funcionario de la secretaría para esta consulta.
role-revoked-you = Su función de funcionario de la secretaría para esta consulta ha finalizado.
