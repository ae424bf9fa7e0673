## Textos propios del entorno de prueba del terminal (consultbot sandbox): avisos en torno a la conversación con el bot.

sandbox-banner = consultbot sandbox: sin conexión, sin token. Base de datos: { $database }
sandbox-dates = Las fechas de la consulta de ejemplo se han desplazado para que esté abierta ahora: fecha límite { $deadline } UTC.
sandbox-places = Registro: { $log }. Los archivos que envía el bot se guardan en { $files }, en una carpeta por persona.
sandbox-help =
    Escriba como lo haría un usuario de Telegram: cada línea se envía al bot como un mensaje, también un número.
      #N o :press N      pulsar el botón N de los últimos botones mostrados
      :as NOMBRE [PAÍS] [IDIOMA]
                         escribir como NOMBRE (se crea si es nuevo; con un país, NOMBRE abre el enlace de invitación de ese país)
      :fp, :officer, :admin    el coordinador nacional de Kenya, un funcionario de la secretaría, el administrador
      :inbox [NOMBRE]    mostrar de nuevo lo que ha recibido NOMBRE (o usted)
      :link              abrir de nuevo su enlace de invitación
      :paste             un texto largo en varias líneas, hasta una línea que solo contenga un punto
      :file RUTA         enviar un documento; :sticker, :photo envían uno
      :lang CÓDIGO       su idioma de Telegram (ar, zh, en, fr, ru, es u otro)
      :clock +7d, :clock +3h, :clock 2027-01-20 09:00    adelantar el reloj del bot (UTC)
      :expect TEXTO      esperar unos segundos una respuesta que contenga TEXTO
      :help              este texto; :quit para salir (también Ctrl-D)
sandbox-people = Personas: { $people }. Está escribiendo como { $persona }.
sandbox-link-hint = Para inscribirse como coordinador nacional de Kenya con un enlace de invitación, escriba :link (/start { $token }), o solo /start: la inscripción queda entonces pendiente de la aprobación de la secretaría.
sandbox-label = { $own ->
    [yes] bot>
   *[no] bot → { $persona }>
}
sandbox-label-edited = { $own ->
    [yes] bot (editado)>
   *[no] bot → { $persona } (editado)>
}
sandbox-label-deleted = { $own ->
    [yes] (El bot ha eliminado uno de sus mensajes.)
   *[no] (El bot ha eliminado uno de sus mensajes a { $persona }.)
}
sandbox-file-saved = [archivo { $name }, { $size } bytes, guardado como { $path }]
sandbox-image-saved = [imagen, { $size } bytes, guardada como { $path }]
sandbox-unknown-command = (No existe el comando del entorno de prueba { $command }; :help los enumera.)
sandbox-bot-slow = (El bot no ha terminado de responder al cabo de 30 segundos; su registro puede indicar el motivo.)
sandbox-split = (Su texto tiene { $length } caracteres y Telegram admite como máximo { $limit } en un mensaje: se envía en { $parts } mensajes, cortado en los espacios, como lo envía una aplicación de Telegram.)
sandbox-name-bad = (El nombre de una persona es una sola palabra de letras, cifras, puntos o guiones: «{ $name }» no lo es.)
sandbox-country-unknown = (Ningún país se llama «{ $text }». Nombres parecidos: { $suggestions }.)
sandbox-persona-new = (Nueva persona: { $persona }, idioma de Telegram { $code }.)
sandbox-typing-as = (Ahora está escribiendo como { $persona }.)
sandbox-persona-link = ({ $persona } abre el enlace de invitación para el país siguiente: { $country }.)
sandbox-language-set = (Idioma de Telegram ahora: { $code }.)
sandbox-language-usage = (Sírvase indicar un código de idioma, por ejemplo :lang es.)
sandbox-no-link = ({ $persona } no tiene enlace de invitación; :as NOMBRE PAÍS crea una persona que lo tiene.)
sandbox-unknown-persona = (Nadie se llama { $persona }; :as { $persona } crea a esa persona.)
sandbox-inbox = { $count ->
    [one] (Lo que ha recibido { $persona }, del más antiguo al más reciente: un mensaje.)
   *[other] (Lo que ha recibido { $persona }, del más antiguo al más reciente: { $count } mensajes.)
}
sandbox-press-usage = (Sírvase indicar el número del botón, por ejemplo #3 o :press 3.)
sandbox-no-button = { $highest ->
    [0] (No hay ningún botón { $number }: no se muestra ningún botón.)
   *[other] (No hay ningún botón { $number }: los últimos botones están numerados del 1 al { $highest }.)
}
sandbox-button-gone = (El botón { $number } ya no existe: su mensaje ha cambiado.)
sandbox-link-button = (Este botón abre una dirección web: { $url })
sandbox-paste-start = (Sírvase pegar o escribir el texto; una línea que solo contenga un punto le pone fin.)
sandbox-paste-empty = (No había ningún texto que enviar.)
sandbox-no-file = (No hay ningún archivo en { $path }.)
sandbox-clock-usage = (Sírvase escribir, por ejemplo, :clock +7d, :clock +3h, :clock +1d 12h o :clock 2027-01-20 09:00 (UTC).)
sandbox-clock-backwards = (El reloj solo puede avanzar; ahora indica { $now } UTC.)
sandbox-reminder-ran = (Se ha ejecutado el recordatorio previsto { $days ->
    [one] un día
   *[other] { $days } días
} antes de la fecha límite. Puntos focales a los que recordar: { $recipients }, de ellos en el próximo horario de oficina de su país: { $deferred }. Ya recordados: { $already }. Sin hora adecuada antes de la fecha límite: { $late }.)
sandbox-clock = (El reloj del bot indica { $now } UTC; la fecha límite es { $deadline } UTC.)
sandbox-expect-usage = (Sírvase indicar el texto esperado, por ejemplo :expect Gracias.)
sandbox-expect-failed = No ha llegado ninguna respuesta que contenga «{ $text }» en { $seconds } segundos.
sandbox-goodbye = Hasta luego.
