## Observaciones: /comment (redacción, vista previa, acuse de recibo), /mycomments (revisión, retiro), /verify.

## Apertura y fechas

comment-intro = { $title }
    Está a punto de presentar una observación en nombre de su país. Se le guiará en seis breves pasos; todo lo que escriba se guarda a medida que avanza, y podrá revisarlo todo antes de enviarlo.
comment-closed = Le agradecemos su interés. La consulta se cerró el { $deadline }: ya no es posible presentar ni modificar observaciones. Si necesita más tiempo, sírvase ponerse en contacto con la secretaría, que puede prorrogar el plazo.
comment-not-open = La consulta aún no está abierta: las observaciones podrán presentarse a partir del { $opens }.

## Los pasos

comment-ask-topic = Paso 1 de 6. ¿Sobre qué tema versa su observación?
comment-ask-type = Paso 2 de 6. ¿Qué tipo de observación es? (Tema: { $topic })
comment-ask-paragraph = Paso 3 de 6. ¿Se refiere su observación a un párrafo concreto del informe «{ $document }»? Sírvase elegir su número (del { $first } al { $last }) o escribirlo, o pulsar «Ningún párrafo en particular».
comment-paragraph-shown = Párrafo { $number } del informe:
    { $text }
comment-paragraph-invalid = El informe no tiene ningún párrafo «{ $input }». Sírvase elegir un número del { $first } al { $last }, o pulsar «Ningún párrafo en particular».
comment-paragraph-expected = Sírvase elegir el párrafo con los botones, o escribir su número.
comment-ask-comment = Paso 4 de 6. Sírvase escribir su observación. Un texto largo puede enviarse en varios mensajes: se unirán en orden. Longitud máxima: { $max } { $max ->
        [one] carácter
       *[other] caracteres
    }.
comment-ask-new-comment = Sírvase enviar el nuevo texto de su observación: sustituirá al texto actual ({ $length } { $length ->
        [one] carácter
       *[other] caracteres
    }). Longitud máxima: { $max } caracteres. También puede conservar el texto actual.
comment-part-received = Recibido. Longitud actual de su observación: { $length } { $length ->
        [one] carácter
       *[other] caracteres
    } (máximo { $max }); número de mensajes: { $parts }. Puede enviar más texto para continuarla, o pulsar «Mi observación está completa».
comment-too-long = Este mensaje no se ha añadido: llevaría su observación a { $length } caracteres, por encima del máximo de { $max }. Se conserva el texto recibido anteriormente ({ $current } { $current ->
        [one] carácter
       *[other] caracteres
    }). Sírvase enviar un texto más breve, o adjuntar un documento más extenso en el paso de los archivos adjuntos.
comment-empty = Este mensaje está vacío. Sírvase escribir su texto.
comment-need-text = Su observación sigue vacía. Sírvase escribirla antes de continuar.
comment-ask-proposed = Paso 5 de 6. Si propone un texto de sustitución para el informe, sírvase enviarlo ahora en un solo mensaje. De lo contrario, pulse el botón que figura a continuación.
comment-proposed-received = Texto propuesto recibido ({ $length } { $length ->
        [one] carácter
       *[other] caracteres
    }).
comment-proposed-too-long = Este texto propuesto tiene { $length } caracteres, por encima del máximo de { $max }. Sírvase enviar un texto más breve.
comment-ask-attachments = Paso 6 de 6. Puede adjuntar documentos: PDF, DOC, DOCX u ODT, de hasta 20 MB cada uno, { $max_files } como máximo. Sírvase enviarlos ahora como archivos. Documentos adjuntos: { $count }.
comment-size-kb = { $size } KB
comment-file-received = Documento recibido: { $name } ({ $size }).
    SHA-256: { $sha256 }
comment-file-type = No se puede aceptar el archivo «{ $name }»: solo se aceptan documentos PDF, DOC, DOCX y ODT (tanto el nombre del archivo como su tipo deben indicarlo). Sírvase convertirlo y enviarlo de nuevo.
comment-file-too-big = No se puede aceptar el archivo «{ $name }»: tiene más de 20 MB, el tamaño máximo que el bot puede recibir. Sírvase enviar una versión más ligera, o remitirlo a la secretaría por correo electrónico.
comment-file-empty = El archivo «{ $name }» está vacío. Sírvase enviarlo de nuevo.
comment-file-content = No se puede aceptar el archivo «{ $name }»: su contenido no es un documento PDF, DOC, DOCX u ODT válido, aunque su nombre así lo indique. Sírvase verificar el archivo y enviarlo de nuevo.
comment-file-too-many = No se ha añadido el archivo «{ $name }»: una observación puede tener como máximo { $max_files } documentos. Puede quitar uno primero.
comment-file-duplicate = El archivo «{ $name }» ya está adjunto.
comment-file-download-failed = No se ha podido recibir el archivo «{ $name }» debido a un problema de conexión. Sírvase enviarlo de nuevo.
comment-file-photo = No se pueden adjuntar fotografías. Sírvase enviar su documento como archivo (PDF, DOC, DOCX u ODT).
comment-files-expected = En este paso, envíe los documentos como archivos, o pulse el botón que figura a continuación para continuar.

## Vista previa

comment-preview-title = Sírvase revisar su observación antes de enviarla.
comment-preview-revision = Se trata de una revisión de { $reference }: se registrará como una nueva versión, y se conservan las versiones anteriores.
comment-preview-topic = Tema: { $topic }
comment-preview-type = Tipo: { $type }
comment-preview-paragraph = Párrafo del informe: { $paragraph }
comment-preview-no-paragraph = Párrafo del informe: ninguno
comment-preview-comment = Observación ({ $length } { $length ->
        [one] carácter
       *[other] caracteres
    }):
comment-preview-shortened = (abreviada aquí; se registrará el texto completo)
comment-preview-proposed = Texto propuesto:
comment-preview-no-proposed = Texto propuesto: ninguno
comment-preview-attachments = Archivos adjuntos ({ $count }):
comment-preview-no-attachments = Archivos adjuntos: ninguno
comment-preview-question = ¿Desea enviarla ahora?
comment-edit-which = ¿Qué parte desea modificar?

## Envío y acuse de recibo

comment-receipt = Muchas gracias. Su observación ha quedado registrada.
    Referencia: { $reference }
    Versión: { $version }
    Fecha de registro: { $time }
    Huella digital (SHA-256): { $fingerprint }
    Sírvase conservar este acuse de recibo. Envíe /verify { $reference } en cualquier momento para comprobar que lo almacenado conserva esta huella. Cualquier coordinador de su país puede consultarla con /mycomments.
comment-receipt-revision = Muchas gracias. Ha quedado registrada la nueva versión de la observación de su país; se conservan las versiones anteriores.
    Referencia: { $reference }
    Versión: { $version }
    Fecha de registro: { $time }
    Huella digital (SHA-256): { $fingerprint }
    Envíe /verify { $reference } en cualquier momento para comprobar que lo almacenado conserva esta huella.
comment-receipt-repeat = Referencia: { $reference }
    Versión: { $version }
    Fecha de registro: { $time }
    Huella digital (SHA-256): { $fingerprint }
comment-already-submitted = Esta observación ya fue enviada; quedó registrada una sola vez. A continuación figura de nuevo su acuse de recibo.
comment-concurrent-revision = Tenga en cuenta que otro coordinador de su país también revisó { $reference } mientras usted la modificaba. Se conservan ambas versiones; la suya es la versión { $version }. Puede compararlas en /mycomments.
comment-submit-withdrawn = Un coordinador de su país retiró { $reference } mientras usted la modificaba, por lo que ya no puede revisarse. Su texto se conserva: puede enviarlo como una nueva observación.
comment-incomplete = Faltan algunas partes obligatorias de su observación. Sírvase completarlas.

## Borradores, cancelación, reanudación

comment-no-draft = No tiene ninguna observación en curso. Envíe /comment para comenzar una.
comment-draft-open = Tiene una observación sin terminar (tema: { $topic }; { $length } { $length ->
        [one] carácter
       *[other] caracteres
    }; guardada por última vez el { $saved }). ¿Desea continuarla, o descartarla y comenzar una nueva?
comment-draft-open-revision = Tiene una revisión sin terminar de { $reference } (guardada por última vez el { $saved }). ¿Desea continuarla, o descartarla y volver a empezar?
comment-resumed = Continuemos donde lo dejó.
comment-cancel-confirm = ¿Realmente desea descartar este borrador? Se suprimirá todo lo que haya escrito en él.
comment-discarded = Su borrador ha sido descartado.
comment-draft-kept-continue = Su borrador se conserva. Continuemos.
comment-revise-intro = Está revisando { $reference }. La revisión parte del texto actual; modifique cualquier parte con «Modificar» y envíela como versión { $version }.
comment-revise-unavailable = Esta comunicación no está disponible.
comment-revise-withdrawn = { $reference } ha sido retirada y ya no puede revisarse.

## Entradas no válidas

comment-button-stale = Este botón corresponde a un paso anterior. No se ha modificado nada; a continuación figura de nuevo la pregunta en curso.
comment-text-only = En este paso solo puedo leer texto escrito. Su borrador se conserva; sírvase escribir su respuesta.
comment-use-buttons = Sírvase responder con los botones que figuran a continuación. Su borrador se conserva.

## Botones

comment-btn-no-paragraph = Ningún párrafo en particular
comment-btn-comment-done = Mi observación está completa
comment-btn-keep-comment = Conservar el texto actual
comment-btn-skip-proposed = Sin texto propuesto
comment-btn-keep-proposed = Conservar el texto propuesto
comment-btn-remove-proposed = Suprimir el texto propuesto
comment-btn-no-attachment = Sin archivos adjuntos
comment-btn-files-done = Continuar
comment-btn-remove-file = Quitar { $name }
comment-btn-submit = Enviar
comment-btn-full-text = Mostrar el texto completo
comment-btn-edit = Modificar
comment-btn-cancel = Cancelar
comment-btn-edit-topic = Tema
comment-btn-edit-type = Tipo
comment-btn-edit-paragraph = Párrafo
comment-btn-edit-comment = Observación
comment-btn-edit-proposed = Texto propuesto
comment-btn-edit-attachments = Archivos adjuntos
comment-btn-back-to-preview = Volver a la vista previa
comment-btn-continue = Continuar mi borrador
comment-btn-start-new = Descartarlo y volver a empezar
comment-btn-discard = Sí, descartarlo
comment-btn-keep-draft = No, conservarlo
comment-btn-submit-as-new = Enviar como nueva observación

## /mycomments

mycomments-title = Observaciones presentadas por { $country }. Número de comunicaciones: { $count }. Elija una para consultarla, revisarla o retirarla.
mycomments-none = Aún no se ha presentado ninguna observación por { $country }. Envíe /comment para presentar una.
mycomments-item = { $reference } · { $topic } · versión { $version }
mycomments-item-withdrawn = { $reference } · { $topic } · retirada
mycomments-detail = { $reference } — versión { $version } de { $versions }
    Estado: { $status }
    Tema: { $topic }
    Tipo: { $type }
    Párrafo del informe: { $paragraph }
    Presentada por: { $author }, el { $time }
    Idioma detectado: { $detected }
    Archivos adjuntos: { $attachments }
    Huella digital (SHA-256): { $fingerprint }
mycomments-excerpt = Observación ({ $length } { $length ->
        [one] carácter
       *[other] caracteres
    }):
mycomments-proposed = Texto propuesto:
mycomments-status-submitted = presentada
mycomments-status-withdrawn = retirada el { $time }
mycomments-none-value = ninguno
mycomments-none-attachments = ninguno
mycomments-language-und = indeterminado
mycomments-unknown-author = un coordinador
mycomments-version-line = Versión { $version }: { $time }, { $author }
    Huella digital: { $fingerprint }
mycomments-versions-title = Todas las versiones de { $reference }:
mycomments-withdraw-confirm = ¿Realmente desea retirar { $reference }? Permanecerá en el expediente, marcada como retirada, y la secretaría no la examinará.
mycomments-withdrawn = { $reference } ha sido retirada. Permanece en el expediente, marcada como retirada.
mycomments-already-withdrawn = { $reference } ya había sido retirada.
mycomments-unavailable = Esta comunicación no está disponible.
mycomments-closed = La consulta se cerró el { $deadline }: las comunicaciones ya no pueden revisarse ni retirarse. Sírvase ponerse en contacto con la secretaría si es necesario.
mycomments-btn-full = Texto completo
mycomments-btn-versions = Todas las versiones
mycomments-btn-revise = Revisar
mycomments-btn-withdraw = Retirar
mycomments-btn-back = Volver a la lista
mycomments-btn-withdraw-yes = Sí, retirarla
mycomments-btn-withdraw-no = No, conservarla

## /verify

verify-usage = Sírvase enviar la referencia junto con el comando, por ejemplo: /verify { $example }
verify-not-found = No tiene acceso a ninguna comunicación con la referencia { $reference }.
verify-intact = { $reference }: lo almacenado sigue coincidiendo con sus huellas digitales.
verify-altered = Atención: { $reference } ya no coincide con lo que se registró. Sírvase conservar su acuse de recibo y ponerse en contacto con la secretaría.
verify-version-ok = Versión { $version }: ✓ sin cambios
    Huella digital: { $fingerprint }
verify-version-altered = Versión { $version }: ✗ MODIFICADA
    Huella digital registrada: { $fingerprint }
    Huella digital de lo almacenado ahora: { $computed }
verify-files-altered = Versión { $version }: ✗ un documento adjunto ha cambiado o falta.
verify-withdrawn = Esta comunicación fue retirada el { $time }.

# Several consultations open to the State at once (issue 13).
comment-choose-consultation = ¿A qué consulta corresponde su observación?
comment-receipt-consultation = Consulta: { $title }
