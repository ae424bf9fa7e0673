## Perfil y privacidad (handlers/profile.py).

prof-title = Su perfil
prof-not-given = —
prof-details =
    País: { $country }
    Nombre: { $name }
    Título: { $title }
    Organización: { $organisation }
    Correo electrónico: { $email }
    Idioma: { $chosen }
prof-status-new = Situación: inscripción no finalizada.
prof-status-pending = Situación: pendiente de la aprobación de la secretaría.
prof-status-approved = Situación: coordinador nacional inscrito.
prof-status-rejected = Situación: inscripción no aprobada por la secretaría.
prof-status-erased = Situación: datos personales suprimidos.
prof-role-secretariat = Función: funcionario de la secretaría.
prof-role-admin = Función: administrador.
prof-telegram-id = Su identificador de Telegram: { $telegram_id }
prof-edit-name = Modificar el nombre
prof-edit-title = Modificar el título
prof-edit-org = Modificar la organización
prof-edit-email = Modificar el correo electrónico
prof-forget-button = Suprimir mis datos
prof-not-registered = Usted no está inscrito. Sírvase enviar /start para inscribirse.
prof-edit-cancel-hint = Para no modificar nada, envíe /cancel.
prof-no-edit = No hay ninguna corrección en curso. Sírvase enviar /profile.
prof-updated = Su perfil ha sido actualizado.
prof-edit-cancelled = No se ha modificado nada.

prof-forget-nothing = No conservamos ningún dato personal suyo.
prof-forget-confirm =
    ¿Desea suprimir sus datos personales?

    Se suprimirán su nombre, título, organización y dirección de correo electrónico, y dejará de estar inscrito como coordinador.

    Las observaciones ya presentadas en nombre de su país se mantendrán como aportación de su Gobierno, sin sus datos personales.
prof-forget-confirm-staff =
    ¿Desea suprimir sus datos personales?

    Se suprimirán su nombre, título, organización y dirección de correo electrónico, y esta cuenta dejará de tener acceso a las funciones de la secretaría.
prof-forget-yes = Sí, suprimir mis datos
prof-forget-no = No, conservar mis datos
prof-forget-done =
    Sus datos personales han sido suprimidos: ya no se conservan su nombre, título, organización ni dirección de correo electrónico, y usted ha dejado de estar inscrito.

    Las observaciones ya presentadas en nombre de su país se mantienen como aportación de su Gobierno, sin sus datos personales.

    Puede volver a inscribirse en cualquier momento con /start.
prof-forget-kept = Sus datos se han conservado; no se ha modificado nada.
