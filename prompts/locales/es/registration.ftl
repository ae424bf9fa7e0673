## Inscripción de los coordinadores nacionales (handlers/registration.py).

reg-ask-country = ¿Qué país u organización representa usted? Sírvase escribir su nombre en cualquiera de los seis idiomas oficiales, o su código ISO (por ejemplo, «Kenya», «UK», «中国» o «KE»).
reg-ask-name = Sírvase escribir su nombre completo tal como debe figurar en los registros de la secretaría.
reg-ask-title = Sírvase escribir su título o cargo (por ejemplo, «Director de Gestión de Productos Químicos»).
reg-ask-organisation = Sírvase escribir el nombre de su ministerio u organización.
reg-ask-email = Sírvase escribir su dirección de correo electrónico oficial.
reg-current-value = Valor actual: { $value }

reg-privacy-notice =
    Aviso de privacidad

    La secretaría del Programa de las Naciones Unidas para el Medio Ambiente (PNUMA) recopila su nombre, título, ministerio u organización, dirección de correo electrónico, país, idioma preferido y número de cuenta de Telegram con el fin de confirmar que usted habla en nombre de su Gobierno u organización en esta consulta, ponerse en contacto con usted al respecto y atribuir las observaciones de su Gobierno.

    Solo el personal de la secretaría encargado de esta consulta puede ver estos datos. Se conservan durante el proceso consultivo y su seguimiento, y no se comunican a terceros.

    Usted puede consultar y corregir sus datos en cualquier momento con /profile, y suprimirlos con /forget. Las observaciones ya presentadas se mantienen como aportación de su Gobierno, sin sus datos personales.

    ¿Acepta usted estas condiciones?
reg-consent-yes = Acepto
reg-consent-no = No acepto
reg-consent-declined = Sin su aceptación del aviso de privacidad no podemos inscribirlo. Lo que ha escrito se conserva, de modo que aún puede aceptar a continuación, o bien descartarlo.
reg-discard = Descartar lo que escribí
reg-discarded = Lo que había escrito ha sido descartado. Puede volver a empezar en cualquier momento con /start.
reg-cancelled = Inscripción en pausa. Lo que ha escrito está guardado: envíe /start para continuar donde lo dejó.
reg-resumed = Bienvenido de nuevo. Su inscripción continúa donde la dejó.
reg-not-in-progress = No hay ninguna inscripción en curso. Sírvase enviar /start.

reg-summary = Sírvase verificar sus datos:
reg-summary-invited = Dado que fue invitado mediante un enlace, su inscripción surtirá efecto en cuanto la confirme.
reg-summary-review = Una vez que la confirme, su inscripción será examinada por la secretaría.
reg-confirm = ✓ Confirmar
reg-edit-lang = Modificar el idioma
reg-edit-country = Modificar el país
reg-edit-name = Modificar el nombre
reg-edit-title = Modificar el título
reg-edit-org = Modificar la organización
reg-edit-email = Modificar el correo electrónico

reg-link-invited = Ha sido invitado en calidad de coordinador nacional para { $country }.
reg-link-expired = Este enlace de invitación ha caducado. Aun así puede inscribirse: la secretaría examinará su inscripción antes de que surta efecto.
reg-link-revoked = Este enlace de invitación ha sido retirado por la secretaría. Aun así puede inscribirse: la secretaría examinará su inscripción antes de que surta efecto.
reg-link-used_up = Este enlace de invitación ya se ha utilizado el número de veces permitido. Aun así puede inscribirse: la secretaría examinará su inscripción antes de que surta efecto.
reg-link-unknown = Este enlace de invitación no es válido (quizá esté incompleto). Aun así puede inscribirse: la secretaría examinará su inscripción antes de que surta efecto.

reg-country-set = País: { $country }.
reg-country-suggest = No se ha reconocido exactamente «{ $text }». ¿Se refería usted a alguno de los siguientes? Si no es así, sírvase escribir de nuevo el nombre.
reg-country-which = «{ $text }» puede designar a más de un Estado. Sírvase elegir el que representa.
reg-country-unknown = «{ $text }» no corresponde a ningún país ni organización que reconozcamos.

reg-empty = La respuesta está vacía.
reg-no-letter = Esto no parece un nombre: no contiene ninguna letra.
reg-bad-email = Esta dirección de correo electrónico no es válida (por ejemplo: nombre@ministerio.gob).
reg-not-text = No he comprendido este mensaje: aquí solo puedo leer texto escrito.
reg-use-buttons = Sírvase responder con uno de los botones.

reg-done-approved = Gracias. Queda usted inscrito como coordinador nacional para { $country }.
reg-done-pending = Gracias. Su inscripción como coordinador nacional para { $country } se ha enviado a la secretaría para su aprobación. Se le notificará aquí en cuanto haya sido examinada.
