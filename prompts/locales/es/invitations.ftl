## Enlaces de invitación y paquete de cartas (handlers/invitations.py).

inv-invite-usage =
    Para crear un enlace de invitación: /invite seguido del país y, opcionalmente, del número de usos y de la validez en días.
    Ejemplo: /invite Kenya 2 30
    Sin estos números: número de usos { $uses }, validez en días { $days }. Número máximo de usos: { $max_uses }; validez máxima en días: { $max_days }.
inv-country-suggest = No se ha reconocido exactamente «{ $text }». ¿A qué país se refería?
inv-country-which = «{ $text }» puede designar a más de un Estado. Sírvase elegir aquel para el que se ha de crear el enlace de invitación.
inv-country-unknown = «{ $text }» no corresponde a ningún país ni organización que reconozcamos. Sírvase escribir su nombre en uno de los seis idiomas, o su código ISO.
inv-created =
    Enlace de invitación para { $country }:
    { $link }

    Válido hasta: { $expires }
    Número de usos permitidos: { $uses }
inv-qr-caption = { $country }: { $link }
inv-revoke = Revocar este enlace
inv-revoke-number = Revocar { $number }
inv-list-empty = No hay enlaces de invitación activos.
inv-list-title = Enlaces de invitación activos: { $count } (página { $page } de { $pages })
inv-list-entry = { $country }: utilizado { $uses } de { $max_uses }, válido hasta { $expires }
    { $link }
inv-page-previous = ‹ Anterior
inv-page-next = Siguiente ›
inv-revoke-confirm =
    ¿Revocar el enlace de invitación para { $country }?
    { $link }

    Dejará de funcionar de inmediato; las inscripciones ya realizadas con él no se verán afectadas.
inv-revoke-yes = Sí, revocarlo
inv-revoke-no = No, volver a la lista
inv-revoke-already = Este enlace ya había sido revocado.
inv-revoked = Se ha revocado el enlace de invitación para { $country }.

inv-letters-unknown = No reconocido: { $codes }
inv-letters-usage = Uso: /letters all para todos los países invitados, o /letters seguido de códigos ISO (por ejemplo: /letters KE FR EU). Cada país recibe un enlace nuevo (número de usos: { $uses }; validez en días: { $days }).
inv-letters-done = Paquete de cartas para combinación de correspondencia. Número de países: { $count }. Número de usos por enlace: { $uses }. Válido hasta: { $expires }.
inv-letters-readme =
    Paquete de cartas de invitación

    letters.csv es la fuente de datos para una combinación de correspondencia (UTF-8): una fila por país, con las columnas code, country, country_in_letter_language, language, link, valid_until, max_uses, qr_image, letter_text y links_per_consultation. El texto de la carta está en el idioma preferido del país. Cuando hay varias consultas abiertas al país, la columna links_per_consultation ofrece un enlace para cada una, que conduce directamente a esa consulta una vez realizada la inscripción.

    La carpeta qr contiene un código QR por país (por ejemplo, qr/KE.png para Kenya); la columna qr_image indica el nombre del archivo, para utilizarlo con un campo INCLUDEPICTURE.

    Número de usos por enlace: { $uses }. Los enlaces pueden consultarse y revocarse en el bot con /invites.
inv-letter-text =
    { $country }

    La secretaría del Programa de las Naciones Unidas para el Medio Ambiente saluda atentamente y tiene el honor de invitar a su Gobierno u organización a contribuir al { $title }.

    Las observaciones pueden presentarse hasta el { $deadline } mediante el bot de Telegram de la consulta. Para inscribir a su coordinador nacional, sírvase abrir el siguiente enlace en un dispositivo en el que esté instalado Telegram, o escanear el código QR adjunto:
    { $link }

    Este enlace está reservado a su Gobierno u organización y es válido hasta el { $expires }.

    La secretaría aprovecha esta oportunidad para reiterarle el testimonio de su más alta consideración.
