## El espacio de trabajo de la secretaría (issue 15): /read, el examen de cada comunicación, /tags, y
## la respuesta que reciben los coordinadores de un Estado. Las claves son identificadores estables.

help-review =
    /read: leer una comunicación y examinarla
    /tags: los ejes temáticos del documento de debate

review-read-usage = Indique la referencia de una comunicación después de /read, por ejemplo: /read { $example }
review-read-not-found = No hay ninguna comunicación con la referencia { $reference }.
review-unknown-person = (desconocido)
review-none-value = ninguno

## Una comunicación tal como la envió el país.
review-card-title = { $reference }: { $country }
review-card-version = Versión { $version } de { $versions }, presentada el { $time } por { $author }
review-card-consultation = Consulta: { $title }
review-card-withdrawn = Retirada por el país el { $time }.
review-card-topic = Tema: { $topic }
review-card-type = Tipo de observación: { $type }
review-card-paragraph = Párrafo { $number } del documento:
review-card-no-paragraph = Párrafo: ninguno (observación general)
review-card-language = Idioma detectado: { $detected }
review-card-language-confidence = Idioma detectado: { $detected } (grado de confianza: { $percent } %)
review-card-language-unknown = Idioma detectado: indeterminado
review-card-comment = Observación ({ $length } { $length ->
        [one] carácter
       *[other] caracteres
    }):
review-card-proposed = Texto propuesto:
review-card-no-proposed = Texto propuesto: ninguno
review-card-attachments = { $count ->
        [one] Archivo adjunto
       *[other] Archivos adjuntos
    }: { $names }
review-card-no-attachments = Archivos adjuntos: ninguno

## El estado del examen.
review-status-received = Recibida
review-status-under_review = En examen
review-status-addressed = Atendida
review-status-noted = Se toma nota, sin medidas
review-card-status = Estado del examen: { $status }
review-card-status-by = Estado del examen: { $status } (fijado el { $time } por { $officer })
review-card-reopened = El país revisó esta comunicación después de su examen (versión { $version }); por ello su estado pasó de nuevo de «{ $previous }» a «Recibida».
review-card-tags = Ejes temáticos: { $tags }
review-card-no-tags = Ejes temáticos: ninguno
review-card-notes = Notas internas: { $notes }; respuestas al país: { $replies }
review-status-set = { $reference }: { $status }

## Botones.
review-btn-tags = Ejes temáticos
review-btn-note = Añadir una nota interna
review-btn-reply = Responder al país
review-btn-notes = Notas y respuestas
review-btn-versions = Versiones y cambios
review-btn-files = { $count ->
        [one] Archivo adjunto
       *[other] Archivos adjuntos ({ $count })
    }
review-btn-country = Todas las comunicaciones: { $country }
review-btn-back = Volver a la comunicación
review-btn-open = { $reference } · { $topic } · { $status }
review-btn-cancel = Cancelar
review-btn-send-reply = Enviar la respuesta
review-btn-new-tag = Nuevo eje temático
review-btn-rename-tag = Cambiar el nombre de «{ $name }»

## Las comunicaciones de un Estado.
review-country-title = Comunicaciones de { $country }. Elija una para leerla:
review-country-none = { $country } no tiene ninguna comunicación vigente.

## Archivos adjuntos.
review-file-caption = { $reference }, versión { $version }: { $name }
review-file-missing = El archivo «{ $name }» ya no se encuentra en el depósito de archivos adjuntos.
review-files-none = La versión actual de { $reference } no tiene archivos adjuntos.

## Las versiones y lo que cambió.
review-versions-title = { $reference }: { $count ->
        [one] una versión
       *[other] { $count } versiones
    }
review-version-heading = Versión { $version }, presentada el { $time } por { $author }
review-version-first = Tal como se presentó inicialmente.
review-change-none = El contenido no cambió; la comunicación se envió de nuevo tal cual.
review-change-topic = Tema modificado: { $before } → { $after }
review-change-type = Tipo de observación modificado: { $before } → { $after }
review-change-paragraph = Párrafo modificado: { $before } → { $after }
review-change-attachments = Archivos adjuntos modificados: { $before } → { $after }
review-change-comment = Observación modificada:
review-change-proposed = Texto propuesto modificado:
review-change-removed = − suprimido: { $text }
review-change-added = + añadido: { $text }
review-history-title = Historial del estado del examen:
review-history-officer = { $time }: { $previous } → { $status }, por { $person } (versión { $version })
review-history-revised = { $time }: { $previous } → { $status }, porque el país revisó la comunicación (versión { $version })

## Notas y respuestas.
review-notes-title = { $reference }: notas internas y respuestas al país
review-notes-none = Todavía no hay notas internas ni respuestas.
review-note-line = Nota interna de { $author }, { $time } (versión { $version }):
review-reply-line = Respuesta de { $author }, { $time } (versión { $version }), enviada a { $count ->
        [one] un coordinador
       *[other] { $count } coordinadores
    }:
review-note-ask = Escriba la nota interna sobre { $reference }. Las notas internas solo las lee la secretaría, nunca los coordinadores. Para detenerse, pulse Cancelar o envíe /cancel.
review-note-saved = Se ha guardado la nota interna sobre { $reference }.
review-reply-ask = Escriba la respuesta a { $country } sobre { $reference }. Se enviará { $count ->
        [one] al coordinador aprobado del Estado
       *[other] a los { $count } coordinadores aprobados del Estado
    } ({ $languages }), con un encabezado en el idioma de cada uno; su texto se envía tal como lo escriba. Para detenerse, pulse Cancelar o envíe /cancel.
review-reply-ask-nobody = { $country } no tiene actualmente ningún coordinador aprobado: la respuesta sobre { $reference } se conservará con la comunicación, pero no se enviará a nadie. Escríbala, o pulse Cancelar.
review-reply-preview = Respuesta a { $country } sobre { $reference }, que se enviará a { $count ->
        [one] un coordinador
       *[other] { $count } coordinadores
    } ({ $languages }):

    { $text }
review-reply-queued = La respuesta sobre { $reference } se está enviando { $count ->
        [one] al coordinador
       *[other] a los { $count } coordinadores
    } de { $country } y se conserva con la comunicación.
review-reply-kept = La respuesta sobre { $reference } se conserva con la comunicación; { $country } no tiene ningún coordinador aprobado a quien enviarla.
review-type-text = Escriba el texto en un mensaje, o envíe /cancel.
review-use-buttons = Utilice los botones que figuran bajo la vista previa, o envíe /cancel.
review-cancelled = Cancelado; no se ha guardado nada.
review-draft-gone = Este paso ya no está abierto. Vuelva a empezar desde la comunicación.

## Lo que recibe un coordinador.
review-reply-message = La secretaría ha respondido a su comunicación { $reference } ({ $consultation }):

    { $text }

## Ejes temáticos.
review-tags-title = Ejes temáticos de { $reference }. Pulse un eje para añadirlo o quitarlo:
review-tags-none-yet = La secretaría todavía no tiene ejes temáticos para esta consulta. Cree el primero para { $reference }.
review-tags-list-title = Ejes temáticos del documento de debate: { $title } ({ $count })
review-tags-list-empty = Todavía no hay ejes temáticos.
review-tags-list-line = • { $name }: { $count ->
        [one] una comunicación
       *[other] { $count } comunicaciones
    }
review-tag-ask-name = Escriba el nombre del nuevo eje temático en { $name }. Puede añadir su nombre en otros idiomas oficiales, uno por línea, cada uno precedido del código del idioma, por ejemplo: fr: Financement
review-tag-ask-rename = Escriba el nuevo nombre de «{ $tag }» en { $name }, o sus nombres en otros idiomas oficiales, uno por línea, cada uno precedido del código del idioma (ar, zh, en, fr, ru, es).
review-tag-created = Se ha creado el eje temático «{ $name }».
review-tag-renamed = El eje temático se denomina ahora «{ $name }».
review-unknown-consultation = No existe la consulta n.º { $number }. /consultations las enumera.

## Lo que no puede aceptarse.
review-error-note-empty = La nota está vacía. Escriba su texto.
review-error-note-too-long = Una nota puede tener como máximo { $max } caracteres; esta tiene { $length }. Abréviela.
review-error-reply-empty = La respuesta está vacía. Escriba su texto.
review-error-reply-too-long = Una respuesta puede tener como máximo { $max } caracteres; esta tiene { $length }. Abréviela.
review-error-tag-empty = El nombre está vacío. Escriba el nombre del eje temático.
review-error-tag-too-long = El nombre de un eje temático puede tener como máximo { $max } caracteres. Abrévielo.
review-error-tag-taken = Otro eje temático de esta consulta ya tiene ese nombre. Elija otro.
review-error-tag-language = Solo los códigos de los seis idiomas oficiales pueden encabezar una línea: ar, zh, en, fr, ru, es.
review-error-tag-lines = Indique como máximo un nombre sin código de idioma; anteponga su código a las demás líneas, por ejemplo: fr: Financement

## Exportaciones (XLSX, CSV, JSON Lines, la recopilación DOCX) y los filtros de /export.
review-col-title = Título
review-col-name = Nombre
review-col-email = Correo electrónico
review-col-status = Estado del examen
review-col-themes = Ejes temáticos
review-col-notes = Notas internas
review-col-replies = Respuestas al país
review-docx-col-response = Respuesta de la secretaría
review-export-entry = { $time }, { $author }: { $text }
review-filter-themes = Ejes temáticos: { $value }
review-filter-notes = Se incluyen las notas internas y las respuestas (solo para la secretaría)
review-export-btn-themes = Ejes temáticos
review-export-btn-notes-off = Notas y respuestas: no
review-export-btn-notes-on = Notas y respuestas: sí
review-export-pick-tags = Marque los ejes temáticos que desee incluir (si no marca ninguno: todas las comunicaciones, con o sin eje temático).
review-export-no-tags = La secretaría todavía no tiene ejes temáticos para esta consulta (/tags permite crearlos).

## La comunicación vista por un coordinador (/mycomments): las respuestas que se conservan con ella.
review-mycomments-reply = Respuesta de la secretaría, { $time }:
    { $text }
